import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { AccountPage } from "../pages/account.pom";
import { LoginPage } from "../pages/login.pom";

test("the API refuses an anonymous caller and publishes its OpenAPI document", async ({ request }) => {
  const anonymous = await request.get("/api/v1/territories");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });

  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(await document.json()).toMatchObject({
    openapi: "3.1.0",
    paths: { "/api/v1/territories": { get: expect.anything() } },
  });
});

test("an élu creates a personal token on the account page, uses it, then revokes it", async ({ page, request }) => {
  await new LoginPage(page).signIn(accounts.eluAxeSeine);
  const account = new AccountPage(page);
  await account.goto();

  const token = await account.createApiToken("Tableur du comité");
  expect(token).toMatch(/^tip_[A-Za-z0-9_-]{43}$/);
  await expect(
    account.apiTokensSection().getByText("Copiez ce jeton maintenant : il ne sera plus affiché."),
  ).toBeVisible();
  await expect(account.tokenRow("Tableur du comité")).toContainText(token.slice(0, 8));
  await expect(account.tokenRow("Tableur du comité")).toContainText("Jamais");
  await expectNoSeriousAccessibilityViolation(page);

  // The request fixture carries no cookie: the token alone authenticates.
  const withToken = { headers: { Authorization: `Bearer ${token}` } };
  const territories = await request.get("/api/v1/territories", withToken);
  expect(territories.status()).toBe(200);
  const body = (await territories.json()) as { items: { slug: string; name: string }[] };
  expect(body.items.map((territory) => territory.name)).toEqual(["Axe Seine"]);
  const plan = await request.get("/api/v1/territories/axe-seine/actions", withToken);
  expect(plan.status()).toBe(200);
  expect((await request.get("/api/v1/territories/caen-industrie/actions", withToken)).status()).toBe(404);

  // Shown once: after a reload only the prefix remains, and the last use is recorded.
  await page.reload();
  await expect(account.newTokenField("Tableur du comité")).toHaveCount(0);
  await expect(account.tokenRow("Tableur du comité")).not.toContainText("Jamais");

  await account.revokeApiToken("Tableur du comité");
  expect((await request.get("/api/v1/territories", withToken)).status()).toBe(401);
});
