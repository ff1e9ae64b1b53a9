import { expect, type Locator, type Page } from "@playwright/test";

export class UsersAdminPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/utilisateurs");
    await expect(this.page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
  }

  statusOf(name: string): Locator {
    return this.row(name).getByRole("cell").nth(3);
  }

  async openAccess(name: string): Promise<void> {
    await this.row(name).getByRole("link", { name }).click();
  }

  async disable(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name: "Désactiver" }).click();
  }

  async reactivate(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name: "Réactiver" }).click();
  }
}
