import { expect, type Locator, type Page } from "@playwright/test";

/** The territory dashboard (/territoires/[slug]) and its committee report (…/rapport). */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async goto(territorySlug: string, territoryName: string, query = ""): Promise<void> {
    await this.page.goto(`/territoires/${territorySlug}${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: territoryName })).toBeVisible();
    await expect(this.tile("Actions")).toBeVisible();
  }

  tile(title: string): Locator {
    return this.page.getByRole("group", { name: title, exact: true });
  }

  /** The figure a tile shows, as a number (French thousands separators removed). */
  async tileNumber(title: string): Promise<number> {
    const text = await this.tile(title).getByRole("paragraph").first().innerText();
    return Number(text.replace(/\D/g, ""));
  }

  chart(title: string): Locator {
    return this.page.getByRole("figure", { name: title });
  }

  /** Opens a chart's data table (a disclosure, as a keyboard user does) and returns it. */
  async openChartData(title: string): Promise<Locator> {
    const chart = this.chart(title);
    const summary = chart.getByText("Voir les données du graphique");
    await summary.focus();
    await this.page.keyboard.press("Enter");
    const table = chart.getByRole("table");
    await expect(table).toBeVisible();
    return table;
  }

  /** A row of a chart's data table, by its header cell (a lever, a month, a funder). */
  dataRow(table: Locator, header: string): Locator {
    return table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: header, exact: true }) });
  }

  vigilance(): Locator {
    return this.page.getByRole("region", { name: "Points de vigilance" });
  }

  reportLink(): Locator {
    return this.page.getByRole("link", { name: "Rapport du comité" });
  }

  reportHeading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: /^Rapport du comité de pilotage — / });
  }

  pdfLink(): Locator {
    return this.page.getByRole("link", { name: "Télécharger en PDF" });
  }
}
