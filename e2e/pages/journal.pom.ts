import { expect, type Locator, type Page } from "@playwright/test";

export class JournalPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/journal");
    await expect(this.page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  }

  async filter(options: { person?: string; kind?: string; territory?: string }): Promise<void> {
    const form = this.page.getByRole("form", { name: "Filtrer le journal" });
    if (options.territory)
      await form.getByRole("combobox", { name: "Territoire" }).selectOption({ label: options.territory });
    if (options.person) await form.getByRole("combobox", { name: /^Personne/ }).selectOption({ label: options.person });
    if (options.kind)
      await form.getByRole("combobox", { name: "Type d'événement" }).selectOption({ label: options.kind });
    await form.getByRole("button", { name: "Filtrer" }).click();
  }

  rows(): Locator {
    return this.page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader") });
  }

  exportLink(): Locator {
    return this.page.getByRole("link", { name: "Exporter ce journal (CSV)" });
  }
}
