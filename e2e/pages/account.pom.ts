import { expect, type Locator, type Page } from "@playwright/test";

export class AccountPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/compte");
    await expect(this.page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  }

  apiTokensSection(): Locator {
    return this.page.getByRole("region", { name: "Jetons d'API" });
  }

  newTokenField(name: string): Locator {
    return this.apiTokensSection().getByRole("textbox", { name: `Jeton « ${name} », affiché une seule fois` });
  }

  /** Creates a token and returns it, read from the field where it is shown once. */
  async createApiToken(name: string): Promise<string> {
    const section = this.apiTokensSection();
    await section.getByRole("textbox", { name: /^Nom du jeton/ }).fill(name);
    await section.getByRole("button", { name: "Créer un jeton" }).click();
    await expect(this.newTokenField(name)).toBeVisible();
    return this.newTokenField(name).inputValue();
  }

  tokenRow(name: string): Locator {
    return this.apiTokensSection()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  async revokeApiToken(name: string): Promise<void> {
    await this.tokenRow(name)
      .getByRole("button", { name: `Révoquer le jeton « ${name} »` })
      .click();
    await expect(this.tokenRow(name)).toHaveCount(0);
  }
}
