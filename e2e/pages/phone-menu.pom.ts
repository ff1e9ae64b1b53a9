import { expect, type Locator, type Page } from "@playwright/test";

/** The DSFR header on a phone: everything is behind the "Menu" button (a modal). */
export class PhoneMenu {
  constructor(private readonly page: Page) {}

  menu(): Locator {
    return this.page.getByRole("dialog").filter({ has: this.page.getByRole("button", { name: "Fermer" }) });
  }

  async open(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Menu" }).click();
    const menu = this.menu();
    await expect(menu).toBeVisible();
    return menu;
  }

  async navigate(name: string): Promise<void> {
    const menu = await this.open();
    await menu.getByRole("link", { name, exact: true }).click();
  }

  async signOut(): Promise<void> {
    const menu = await this.open();
    await menu.getByRole("button", { name: "Se déconnecter" }).click();
    await this.page.waitForURL(/\/connexion/);
  }
}
