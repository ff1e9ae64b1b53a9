import { expect, type Locator, type Page } from "@playwright/test";

export type FundingLine = { funder: string; requested: string; granted: string };
export type IndicatorRow = { label: string; unit?: string; target?: string; value?: string };

/** The create and edit form of an action (/territoires/[slug]/actions/nouvelle and …/modifier). */
export class ActionFormPage {
  constructor(private readonly page: Page) {}

  async gotoNew(territorySlug: string): Promise<void> {
    await this.page.goto(`/territoires/${territorySlug}/actions/nouvelle`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Nouvelle action" })).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  select(name: string): Locator {
    return this.page.getByRole("combobox", { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  async chooseLever(lever: string, subTheme?: string): Promise<void> {
    await this.select("Levier").selectOption({ label: lever });
    if (subTheme) await this.select("Sous-thème").selectOption({ label: subTheme });
  }

  async fillDate(label: string, isoDay: string): Promise<void> {
    await this.page.getByLabel(label).fill(isoDay);
  }

  async checkPilot(name: string): Promise<void> {
    const pilots = this.page.getByRole("group", { name: /^Pilotes/ });
    // The DSFR draws the box over the native input: click its label, as a person does.
    await pilots.getByText(name).click();
    await expect(pilots.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(name)}`) })).toBeChecked();
  }

  fundingLine(position: number): Locator {
    return this.page.getByRole("group", { name: `Financement ${position}`, exact: true });
  }

  async addFundingLine(position: number, line: FundingLine): Promise<void> {
    await this.page.getByRole("button", { name: "Ajouter un financement" }).click();
    const row = this.fundingLine(position);
    await expect(row.getByRole("combobox", { name: "Financeur" })).toBeFocused();
    await row.getByRole("combobox", { name: "Financeur" }).selectOption({ label: line.funder });
    await row.getByRole("textbox", { name: /^Montant demandé/ }).fill(line.requested);
    await row.getByRole("textbox", { name: /^Montant accordé/ }).fill(line.granted);
  }

  indicator(position: number): Locator {
    return this.page.getByRole("group", { name: `Indicateur ${position}`, exact: true });
  }

  async addIndicator(position: number, indicator: IndicatorRow): Promise<void> {
    await this.page.getByRole("button", { name: "Ajouter un indicateur" }).click();
    const row = this.indicator(position);
    await row.getByRole("textbox", { name: /^Libellé/ }).fill(indicator.label);
    if (indicator.unit) await row.getByRole("textbox", { name: /^Unité/ }).fill(indicator.unit);
    if (indicator.target) await row.getByRole("textbox", { name: /^Cible/ }).fill(indicator.target);
    if (indicator.value) await row.getByRole("textbox", { name: /^Valeur/ }).fill(indicator.value);
  }

  async submitNew(): Promise<void> {
    await this.page.getByRole("button", { name: "Créer l'action" }).click();
  }

  async submitChanges(): Promise<void> {
    await this.page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  }

  /** The form's own alert (Next.js keeps a route-announcer alert outside it on every page). */
  formAlert(): Locator {
    return this.page.locator("form").getByRole("alert");
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
