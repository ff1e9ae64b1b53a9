import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ImportPage } from "../pages/import.pom";
import { LoginPage } from "../pages/login.pom";

test.describe("Export and import of an action plan", () => {
  test.beforeEach(async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
  });

  test("an élu downloads the plan as a CSV file for French spreadsheets, with a column per funder", async ({
    page,
  }) => {
    const importPage = new ImportPage(page);
    await importPage.goto("axe-seine");
    const download = await importPage.downloadTemplate();

    expect(download.suggestedFilename()).toMatch(/^plan-actions-axe-seine-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.subarray(3).toString("utf-8").split("\r\n")[0]!;
    expect(header).toMatch(/^Identifiant;Version;Titre;Levier;Sous-thème;Statut;Avancement \(%\);/);
    expect(header).toContain("Demandé – État (€);Accordé – État (€)");
    expect(header).toContain("Indicateur 1;Unité 1;Cible 1;Valeur 1");
  });

  test("an élu edits the Excel export, sees what will change, imports it, and a second import changes nothing", async ({
    page,
  }) => {
    const importPage = new ImportPage(page);
    await importPage.goto("axe-seine");
    const download = await importPage.downloadTemplate("Excel");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).map(String);
    const partners = header.indexOf("Partenaires");
    const newPartners = `AFPA, France Travail ${Date.now()}`;
    sheet.getRow(2).getCell(partners).value = newPartners;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    await importPage.check("plan.xlsx", edited);
    await expect(importPage.summary()).toHaveText(/^Aperçu : 1 mise à jour, \d+ actions inchangées\.$/);
    await expect(importPage.reportRow(2)).toContainText("À mettre à jour");
    await expect(importPage.reportRow(2)).toContainText("Change : Partenaires");
    await expectNoSeriousAccessibilityViolation(page);
    await importPage.apply();
    await expect(importPage.reportRow(2)).toContainText("Mise à jour");

    await importPage.goto("axe-seine");
    await importPage.check("plan.xlsx", edited);
    await expect(importPage.summary()).toHaveText("Rien à importer : le fichier est identique au plan.");
    await expect(page.getByRole("button", { name: /^Importer :/ })).toHaveCount(0);
  });

  test("an élu uploads a file with a bad row and reads, in French, which line and column to fix", async ({ page }) => {
    const importPage = new ImportPage(page);
    await importPage.goto("axe-seine");
    const header =
      "Titre;Levier;Sous-thème;Statut;Avancement (%);Début prévu;Fin prévue;Collège du porteur;Organisation porteuse";
    const csv = [
      header,
      "Forum des métiers de l'industrie;Compétences;;À venir;0;15/03/2027;;Élus;Le Havre Seine Métropole",
      "Navette vers la zone portuaire;Infrastructures;;En cours;150;;;Industriels;Port du Havre",
    ].join("\r\n");
    await importPage.check("plan.csv", `\ufeff${csv}\r\n`);

    await expect(
      page.getByRole("heading", { level: 2, name: "Rien ne sera importé : 1 ligne à corriger." }),
    ).toBeVisible();
    await expect(importPage.reportRow(2)).toContainText("À créer");
    const badRow = importPage.reportRow(3);
    await expect(badRow).toContainText("Navette vers la zone portuaire");
    await expect(badRow).toContainText("À corriger");
    await expect(badRow).toContainText("Colonne « Avancement (%) » : L'avancement ne peut pas dépasser 100 %.");
    await expect(page.getByRole("button", { name: /^Importer :/ })).toHaveCount(0);
    await expectNoSeriousAccessibilityViolation(page);
  });
});
