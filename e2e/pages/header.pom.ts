import type { Locator, Page } from "@playwright/test";

export class SiteHeader {
  constructor(private readonly page: Page) {}

  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await this.page.waitForURL(/\/connexion/);
  }

  accountLink(): Locator {
    return this.page.getByRole("link", { name: /Mon compte/ }).first();
  }
}
