import { expect, type Locator, type Page } from "@playwright/test";

/** The map of the territories on /comparaison, and the map of a territory's intercommunalités. */
export class TerritoryMap {
  constructor(private readonly page: Page) {}

  /** The SVG map, named after the indicator it is coloured by ("Carte : avancement moyen par territoire"). */
  map(): Locator {
    return this.page.getByRole("group", { name: /^Carte : .* par territoire$/ });
  }

  /** One link per territory drawn, named "<territory>, <indicator> : <figure>". */
  shapes(): Locator {
    return this.map().getByRole("link");
  }

  shape(territory: string): Locator {
    return this.map().getByRole("link", { name: new RegExp(`^${territory},`) });
  }

  /** The table beside the map: the same figures, one row per territory. */
  table(indicator: string): Locator {
    return this.page.getByRole("table", { name: `${indicator} par territoire`, exact: true });
  }

  tableRows(indicator: string): Locator {
    return this.table(indicator)
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader") });
  }

  indicatorChoices(): Locator {
    return this.page.getByRole("navigation", { name: "Indicateur de la carte" }).getByRole("link");
  }

  async chooseIndicator(label: string): Promise<void> {
    await this.indicatorChoices().filter({ hasText: label }).click();
    await expect(this.indicatorChoices().filter({ hasText: label })).toHaveAttribute("aria-current", "true");
  }

  tooltip(): Locator {
    return this.page.locator(".ti-map__tip");
  }

  attribution(): Locator {
    return this.page.getByText("Source : IGN – Admin Express COG 2018, Licence Ouverte");
  }

  /** The territory dashboard's map: its intercommunalités, numbered, with their population. */
  intercommunalities(territory: string): Locator {
    return this.page.getByRole("figure", { name: `Carte des intercommunalités du territoire ${territory}` });
  }
}
