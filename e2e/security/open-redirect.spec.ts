import { expect, test } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "../pages/login.pom";

// A return URL comes from the link someone followed: after signing in, it may only lead to a page
// of ours, whatever form a browser would read as another site.
const hostileReturnUrls = [
  "/%5Cevil.example",
  "/%09/evil.example",
  "//evil.example",
  "/.//evil.example",
  "https://evil.example/",
  "https:evil.example",
  "javascript:alert(document.domain)",
];

test.describe("Return URL after sign-in", () => {
  for (const callbackUrl of hostileReturnUrls) {
    test(`stays on the site with callbackUrl=${callbackUrl}`, async ({ page, baseURL }) => {
      const login = new LoginPage(page);
      await page.goto(`/connexion?callbackUrl=${callbackUrl}`);
      await login.submit(accounts.region, "Pilotage-Demo-2026");
      await expect(page.getByRole("heading", { level: 1, name: "Comparaison des territoires" })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("still leads to the page asked for when it is ours", async ({ page }) => {
    await page.goto("/connexion?callbackUrl=%2Fcompte");
    await new LoginPage(page).submit(accounts.region, "Pilotage-Demo-2026");
    await expect(page).toHaveURL(/\/compte$/);
  });
});
