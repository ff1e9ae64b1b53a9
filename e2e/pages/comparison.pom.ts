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

  /** The line under the title naming what is compared ("Normandie", "Toutes les régions"…). */
  scope(label: string): Locator {
    return this.page.getByRole("paragraph").and(this.page.getByText(label, { exact: true }));
  }

  /** The territory (or region, national view) × lever grid of average progress. */
  grid(unit: "territoire" | "région" = "territoire"): Locator {
    return this.page.getByRole("table", { name: new RegExp(`^Avancement moyen par ${unit} et par levier`) });
  }

  /** One row per territory or region (the header row excluded). */
  gridRows(unit: "territoire" | "région" = "territoire"): Locator {
    return this.grid(unit)
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader") });
  }

  gridColumns(): Locator {
    return this.grid().getByRole("columnheader");
  }

  async openTerritory(name: string): Promise<void> {
    await this.grid().getByRole("link", { name, exact: true }).click();
  }

  /** National view: a region's row leads to the comparison of its territories. */
  async openRegion(name: string): Promise<void> {
    await this.grid("région").getByRole("link", { name, exact: true }).click();
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
