import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";

// Pages read their path and query too: a NUL byte, an absurd value or a malformed id is a page
// that shows a plan with the filter ignored, or "not found" — never a server error.
const hostilePaths = [
  "/territoires/axe%00seine",
  "/territoires/axe-seine?lever=%00&from=2026-02-30",
  "/territoires/axe-seine/actions?q=a%00b&status=%00&page=99999999999",
  `/territoires/axe-seine/actions?q=${"x".repeat(3000)}`,
  "/territoires/axe-seine/actions/%00",
  "/territoires/axe-seine/actions/not-an-id/modifier",
  "/territoires/axe-seine/rapport?from=%00&to=9999-99",
  "/comparaison?region=%00",
  "/admin/utilisateurs/%00",
  "/admin/journal?person=%00&from=2026-02-30&kind=%00",
  "/connexion?callbackUrl=%00",
  "/connexion/invitation/%00",
  "/connexion/nouveau-mot-de-passe/%00",
];

test("no page answers a server error to hostile input", async ({ page }) => {
  await new LoginPage(page).signIn(accounts.admin);
  for (const path of hostilePaths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
  const exported = await page.request.get("/territoires/axe-seine/actions/export?format=csv&q=%00");
  expect(exported.status()).toBe(400);
  expect(await exported.text()).toContain("Paramètre « q »");
  const journal = await page.request.get("/admin/journal/export?territory=%00");
  expect(journal.status()).toBe(400);
});

test("the API answers 400 in French to hostile input, never 500", async ({ page }) => {
  await new LoginPage(page).signIn(accounts.eluAxeSeine);
  const list = await page.request.get("/api/v1/territories/axe-seine/actions?q=%00");
  expect(list.status()).toBe(400);
  expect((await list.json()).error.fieldErrors.q[0]).toContain("caractères invisibles");

  const created = await page.request.post("/api/v1/territories/axe-seine/actions", {
    data: { title: "Titre\u0000caché", leverCode: "COMPETENCES", statusCode: "EN_COURS", progress: 2 ** 40 },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(400);
  const { error } = await created.json();
  expect(error.fieldErrors.title).toEqual([expect.stringContaining("caractères invisibles")]);
  expect(error.fieldErrors.progress).toEqual([expect.stringMatching(/^L'avancement ne peut pas dépasser 100 %/)]);
});
