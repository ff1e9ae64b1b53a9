import { expect, type Download, type Locator, type Page } from "@playwright/test";

export class ImportPage {
  constructor(private readonly page: Page) {}

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/territoires/${slug}/actions/import`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Importer des actions" })).toBeVisible();
  }

  /** Clicks the template link (the current export) and returns the file the browser received. */
  async downloadTemplate(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("link", { name: /Télécharger le plan d'actions actuel/ }).click();
    return download;
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.page
      .getByLabel(/Fichier CSV du plan d'actions/)
      .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf-8") });
    await this.page.getByRole("button", { name: "Importer les actions" }).click();
  }

  summary(): Locator {
    return this.page.getByRole("heading", { level: 2, name: /importées?/ });
  }

  report(): Locator {
    return this.page.getByRole("table", { name: "Rapport d'import, ligne par ligne" });
  }

  /** The report's row for a line of the file. */
  reportRow(line: number): Locator {
    return this.report().getByRole("row", { name: new RegExp(`^${line} `) });
  }
}
