import { expect, type Download, type Locator, type Page } from "@playwright/test";

export class ImportPage {
  constructor(private readonly page: Page) {}

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/territoires/${slug}/actions/import`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Importer des actions" })).toBeVisible();
  }

  /** Clicks an export link (the current plan, as a model) and returns the file the browser received. */
  async downloadTemplate(format: "CSV" | "Excel" = "CSV"): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("link", { name: new RegExp(`Télécharger le plan d'actions actuel.*${format}`) }).click();
    return download;
  }

  /** Chooses a file and asks what the import would do (nothing is written yet). */
  async check(name: string, content: Buffer | string): Promise<void> {
    const xlsx = name.endsWith(".xlsx");
    await this.page.getByLabel(/Fichier du plan d'actions/).setInputFiles({
      name,
      mimeType: xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
      buffer: typeof content === "string" ? Buffer.from(content, "utf-8") : content,
    });
    await this.page.getByRole("button", { name: "Vérifier le fichier" }).click();
    await expect(this.summary()).toBeVisible();
  }

  async apply(): Promise<void> {
    await this.page.getByRole("button", { name: /^Importer :/ }).click();
    await expect(this.summary()).toHaveText(/^Import terminé/);
  }

  summary(): Locator {
    return this.page.getByRole("heading", { level: 2, name: /^(Aperçu|Import terminé|Rien)/ });
  }

  report(): Locator {
    return this.page.getByRole("table", { name: "Rapport d'import, ligne par ligne" });
  }

  /** The report's row for a line of the file. */
  reportRow(line: number): Locator {
    return this.report().getByRole("row", { name: new RegExp(`^${line} `) });
  }
}
