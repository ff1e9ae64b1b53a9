import { expect, type Locator, type Page } from "@playwright/test";

export class ComparisonPage {
  constructor(private readonly page: Page) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/comparaison${query}`);
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Comparaison des territoires" });
  }

  scope(label: string): Locator {
    return this.page.getByText(label, { exact: true });
  }

  /** The territory × lever grid of average progress. */
  grid(): Locator {
    return this.page.getByRole("table", { name: /^Avancement moyen par territoire et par levier/ });
  }

  /** One row per territory (the header row excluded). */
  gridRows(): Locator {
    return this.grid()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader") });
  }

  gridColumns(): Locator {
    return this.grid().getByRole("columnheader");
  }

  async openTerritory(name: string): Promise<void> {
    await this.grid().getByRole("link", { name, exact: true }).click();
  }

  async filterByLever(label: string): Promise<void> {
    const form = this.page.getByRole("form", { name: /^Filtrer/ });
    await form.getByRole("combobox", { name: "Levier" }).selectOption({ label });
    await form.getByRole("button", { name: /filtr/i }).click();
  }

  chart(title: string): Locator {
    return this.page.getByRole("figure", { name: title });
  }
}
