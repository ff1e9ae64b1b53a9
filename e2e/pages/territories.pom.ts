import type { Locator, Page } from "@playwright/test";

export class TerritoriesPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/territoires");
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Les Territoires d'industrie" });
  }

  regionSection(name: string): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^${name} :`) });
  }

  territory(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  territories(): Locator {
    return this.page.getByRole("article");
  }

  intercommunalityRow(territoryName: string, historicalName: string): Locator {
    return this.territory(territoryName).getByRole("row", { name: new RegExp(`^${escapeRegExp(historicalName)}\\b`) });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
