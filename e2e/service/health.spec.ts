import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { HealthPage } from "../pages/health.pom";

test("the status page says the database answers, with where the time went in Server-Timing", async ({ page }) => {
  const health = new HealthPage(page);
  const response = await health.goto();
  await expect(health.heading()).toBeVisible();
  await expect(health.status()).toHaveText("Le service fonctionne : la base de données répond.");
  const serverTiming = (await response!.headerValue("server-timing")) ?? "";
  expect(serverTiming).toMatch(/db;dur=\d+(\.\d+)?;desc="Database \(\d+ quer(y|ies)\)"/);
  expect(serverTiming).toMatch(/render;dur=\d+(\.\d+)?/);
  await expectNoSeriousAccessibilityViolation(page);
});
