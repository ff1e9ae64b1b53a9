import { expect, type Locator, type Page } from "@playwright/test";

/** The action plan of a territory (/territoires/[slug]/actions): toolbar, filters, table. */
export class ActionPlanPage {
  constructor(private readonly page: Page) {}

  async goto(territorySlug: string, query = ""): Promise<void> {
    await this.page.goto(`/territoires/${territorySlug}/actions${query}`);
    await expect(this.heading()).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Plan d'actions" });
  }

  table(): Locator {
    return this.page.getByRole("table", { name: /^Actions du plan/ });
  }

  row(title: string): Locator {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: title, exact: true }) });
  }

  /** The plan's table, or the sentence saying the plan is empty. */
  tableOrEmptyState(): Locator {
    return this.table().or(this.page.getByText("Le plan d'actions ne contient encore aucune action."));
  }

  noMatch(): Locator {
    return this.page.getByText("Aucune action ne correspond à ces filtres.");
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: /^Rechercher/ }).fill(text);
  }

  async chooseFilter(name: "Levier" | "Statut" | "Porteur", label: string): Promise<void> {
    await this.page.getByRole("combobox", { name: new RegExp(`^${name}`) }).selectOption({ label });
  }

  async onlyLate(): Promise<void> {
    // The DSFR draws the box over the native input: click its label, as a person does.
    await this.page.getByText("En retard uniquement").click();
    await expect(this.page.getByRole("checkbox", { name: /^En retard uniquement/ })).toBeChecked();
  }

  async applyFilters(): Promise<void> {
    await this.page.getByRole("button", { name: "Filtrer" }).click();
    await expect(this.heading()).toBeVisible();
  }

  async sortBy(column: string): Promise<void> {
    await this.table()
      .getByRole("columnheader", { name: new RegExp(`^${column}`) })
      .getByRole("link")
      .click();
  }

  columnHeader(column: string): Locator {
    return this.table().getByRole("columnheader", { name: new RegExp(`^${column}`) });
  }

  link(name: string): Locator {
    return this.page.getByRole("link", { name, exact: true });
  }

  successNotice(): Locator {
    return this.page.getByText("L'action a été archivée.");
  }
}
