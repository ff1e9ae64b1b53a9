import { expect, type Locator, type Page } from "@playwright/test";

/** The follow-up campaigns: the list, the opening form, a campaign's completion and a territory's report. */
export class CampaignsPage {
  constructor(private readonly page: Page) {}

  async open(options: { name: string; asOf: string; deadline: string; territories: string[] }): Promise<string> {
    await this.page.goto("/campagnes");
    await this.page.getByRole("link", { name: "Ouvrir une campagne" }).click();
    await this.page.getByRole("textbox", { name: /^Nom de la campagne/ }).fill(options.name);
    await this.page.getByLabel(/^Chiffres arrêtés au/).fill(options.asOf);
    await this.page.getByLabel(/^Échéance/).fill(options.deadline);
    const territories = this.page.getByRole("group", { name: /^Territoires concernés/ });
    // The DSFR draws its own boxes: a person clicks the labels.
    for (const box of await territories.getByRole("checkbox").all()) {
      const name = (await box.getAttribute("id"))!;
      const label = territories.locator(`label[for="${name}"]`);
      const wanted = options.territories.includes((await label.textContent())!.trim());
      if ((await box.isChecked()) !== wanted) await label.click();
      await expect(box).toBeChecked({ checked: wanted });
    }
    await this.page.getByRole("button", { name: "Ouvrir la campagne" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: options.name })).toBeVisible();
    return this.page.url();
  }

  completionTable(): Locator {
    return this.page.getByRole("table", { name: "Avancement des bilans par territoire" });
  }

  completionRow(territory: string): Locator {
    return this.completionTable()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: territory }) });
  }
}

/** One territory's report in a campaign (/campagnes/[id]/territoires/[slug]). */
export class CampaignReportPage {
  constructor(private readonly page: Page) {}

  actionsTable(): Locator {
    return this.page.getByRole("table", { name: "Actions concernées par la campagne" });
  }

  actionRow(title: string): Locator {
    return this.actionsTable().getByRole("row").filter({ hasText: title });
  }

  submittedActions(): Locator {
    return this.page.getByRole("table", { name: /telles que transmises$/ });
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Transmettre le bilan" }).click();
    await expect(this.stateAlert()).toContainText("Bilan transmis, en attente de l'avis");
  }

  async returnWith(comment: string): Promise<void> {
    await this.page.getByRole("textbox", { name: /^Ce qu'il faut compléter/ }).fill(comment);
    await this.page.getByRole("button", { name: "Renvoyer pour compléments" }).click();
    await expect(this.stateAlert()).toContainText("Bilan renvoyé pour compléments");
  }

  async accept(): Promise<void> {
    await this.page.getByRole("button", { name: "Accepter le bilan" }).click();
    await expect(this.stateAlert()).toContainText("Bilan accepté");
  }

  /** Where the report stands, said at the top of the page. */
  stateAlert(): Locator {
    return this.page.getByRole("status").filter({ has: this.page.getByRole("heading", { level: 2 }) });
  }
}
