import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ActionFormPage } from "../pages/action-form.pom";
import { ActionPage } from "../pages/action.pom";
import { DashboardPage } from "../pages/dashboard.pom";
import { LoginPage } from "../pages/login.pom";
import { pdfPages } from "../fixtures/pdf";

const stamp = () => Date.now().toString(36);
const LEVER_CHART = "Actions par levier et par statut";

test.describe("Territory dashboard and committee report", () => {
  test("a new action and its progress show on the dashboard: tiles and chart tables", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const dashboard = new DashboardPage(page);
    await dashboard.goto("axe-seine", "Axe Seine");
    const before = await dashboard.tileNumber("Actions");
    expect(before).toBeGreaterThan(0);
    const leverTable = await dashboard.openChartData(LEVER_CHART);
    const competencesRow = dashboard.dataRow(leverTable, "Compétences");
    const totalBefore = Number((await competencesRow.getByRole("cell").last().innerText()).replace(/\D/g, ""));
    await expectNoSeriousAccessibilityViolation(page);

    const form = new ActionFormPage(page);
    await form.gotoNew("axe-seine");
    const title = `Parcours découverte des métiers ${stamp()}`;
    await form.chooseLever("Compétences", "Attractivité des métiers");
    await form.field("Titre").fill(title);
    await form.select("Collège du porteur").selectOption({ label: "Élus" });
    await form.field("Organisation porteuse").fill("Métropole Rouen Normandie");
    await form.submitNew();
    const action = new ActionPage(page);
    await expect(action.heading(title)).toBeVisible();
    await action.recordProgress("40", "En cours", "Trois collèges inscrits.");

    await dashboard.goto("axe-seine", "Axe Seine");
    await expect(dashboard.tile("Actions")).toContainText(String(before + 1));
    expect(await dashboard.tileNumber("Actions")).toBe(before + 1);
    const leverTableAfter = await dashboard.openChartData(LEVER_CHART);
    await expect(dashboard.dataRow(leverTableAfter, "Compétences").getByRole("cell").last()).toHaveText(
      String(totalBefore + 1),
    );
    await expect(dashboard.chart(LEVER_CHART)).toContainText(`sur ${before + 1}`);
  });

  test("the lever filter is kept in the URL and every chart follows it", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const dashboard = new DashboardPage(page);
    await dashboard.goto("axe-seine", "Axe Seine");
    await page.getByRole("combobox", { name: /^Levier/ }).selectOption({ label: "Infrastructures" });
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/lever=INFRASTRUCTURES/);
    const table = await dashboard.openChartData(LEVER_CHART);
    await expect(dashboard.dataRow(table, "Compétences").getByRole("cell").last()).toHaveText("0");
    await expect(dashboard.reportLink()).toHaveAttribute("href", /lever=INFRASTRUCTURES/);
  });

  test("the committee report is dated, accessible, and downloads as a real A4 PDF with every action", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
    const dashboard = new DashboardPage(page);
    await dashboard.goto("axe-seine", "Axe Seine");
    const average = (await dashboard.tile("Avancement moyen").locator(".ti-tile__value").textContent())!.trim();
    await dashboard.reportLink().click();
    await expect(dashboard.reportHeading()).toHaveText(
      /^Rapport du comité de pilotage — Axe Seine — \d{1,2} [a-zéû]+ \d{4}$/,
    );
    await expect(dashboard.tile("Actions")).toBeVisible();
    await expect(dashboard.chart(LEVER_CHART).getByRole("table")).toBeVisible();
    await expect(dashboard.vigilance()).toBeVisible();
    const titles = await page
      .getByRole("region", { name: "Les actions du plan" })
      .getByRole("rowheader")
      .allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(10);
    await expectNoSeriousAccessibilityViolation(page);

    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent("download"), dashboard.pdfLink().click()]);
    const bytes = new Uint8Array(Buffer.concat(await (await download.createReadStream()).toArray()));
    console.info(`report PDF: ${bytes.length} bytes in ${Date.now() - started} ms`);
    expect(download.suggestedFilename()).toMatch(/^rapport-axe-seine-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, text] of pages.entries()) {
      expect(text).toContain("Rapport du comité de pilotage — Axe Seine");
      const footer = `TI Pilotage — page ${index + 1} sur ${pages.length}`;
      expect(text).toContain(footer);
      // No page holds only its header and footer.
      const body = text
        .replace(/Rapport du comité de pilotage — Axe Seine — [^—]+ — édité le [^T]+/, "")
        .replace(footer, "");
      expect(body.trim().length, `page ${index + 1}`).toBeGreaterThan(0);
    }
    // Lines wrap anywhere in a PDF: compare without spaces.
    const compact = (text: string) => text.replace(/\s+/g, "");
    const whole = compact(pages.join(""));
    for (const label of ["Chiffres clés", "Avancement moyen", average, "Points de vigilance", "Comité de pilotage"]) {
      expect(whole).toContain(compact(label));
    }
    for (const title of titles) expect(whole).toContain(compact(title));
  });
});
