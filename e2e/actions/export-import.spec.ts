import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAccessibilityViolation } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ImportPage } from "../pages/import.pom";
import { LoginPage } from "../pages/login.pom";

const HEADER =
  "Titre;Levier;Sous-thème;Statut;Avancement (%);Début prévu;Fin prévue;Collège du porteur;Organisation porteuse;Partenaires;Budget prévisionnel (€);Description;Résultats attendus;Financements;Indicateurs";

test.describe("Export and import of an action plan", () => {
  test.beforeEach(async ({ page }) => {
    await new LoginPage(page).signIn(accounts.eluAxeSeine);
  });

  test("an élu downloads the plan as a CSV file for French spreadsheets", async ({ page }) => {
    const importPage = new ImportPage(page);
    await importPage.goto("axe-seine");
    const download = await importPage.downloadTemplate();

    expect(download.suggestedFilename()).toMatch(/^plan-actions-axe-seine-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf-8").split("\r\n")[0]).toBe(HEADER);
  });

  test("an élu uploads a file with a bad row and reads, in French, which line and column to fix", async ({ page }) => {
    const importPage = new ImportPage(page);
    await importPage.goto("axe-seine");
    const csv = [
      HEADER,
      "Forum des métiers de l'industrie;Compétences;;À venir;0;15/03/2027;;Élus;Le Havre Seine Métropole;;;;;;",
      "Navette vers la zone portuaire;Infrastructures;;En cours;150;;;Industriels;Port du Havre;;;;;État: 1000 / 500;",
    ].join("\r\n");
    await importPage.importFile("plan.csv", `\ufeff${csv}\r\n`);

    await expect(importPage.summary()).toHaveText("Aucune action importée : 1 ligne à corriger.");
    await expect(importPage.reportRow(2)).toContainText("Sans erreur");
    const badRow = importPage.reportRow(3);
    await expect(badRow).toContainText("Navette vers la zone portuaire");
    await expect(badRow).toContainText("À corriger");
    await expect(badRow).toContainText("Colonne « Avancement (%) » : L'avancement ne peut pas dépasser 100 %.");
    await expectNoSeriousAccessibilityViolation(page);
  });
});
