import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { accounts } from "../fixtures/accounts";
import { LoginPage } from "./login.pom";

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

  /** Invites an élu of one territory from the form under the table. */
  async inviteElu(person: {
    name: string;
    email: string;
    organisation: string;
    territory: string;
    /** Without a mail server the invitation is "created", its link shown to pass on. */
    message?: string;
  }): Promise<void> {
    await this.page.getByRole("textbox", { name: "Prénom et nom" }).fill(person.name);
    await this.page.getByRole("textbox", { name: /Adresse électronique/ }).fill(person.email);
    await this.page.getByRole("textbox", { name: /Organisation/ }).fill(person.organisation);
    await this.page.getByRole("combobox", { name: "Collège" }).selectOption({ label: "Élu·e" });
    const committees = this.page.getByRole("group", { name: "Comités de pilotage" });
    // The DSFR draws the box over the native input: click its label, as a person does.
    await committees.getByText(person.territory).click();
    await this.page.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
    await expect(
      this.page.getByRole("status").filter({ hasText: person.message ?? "Invitation créée." }),
    ).toBeVisible();
  }

  async resendInvitation(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name: "Renvoyer l'invitation" }).click();
    await expect(this.row(name).getByRole("status").first()).toHaveText(
      /Invitation renvoyée\.|Nouvelle invitation créée\./,
    );
  }
}

/**
 * Disables a member as the État officer, in a browser context of its own; `reactivate` puts the
 * shared demo data back as it was for the other tests.
 */
export async function disableMember(browser: Browser, name: string): Promise<{ reactivate(): Promise<void> }> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await new LoginPage(admin).signIn(accounts.etat);
  const users = new UsersAdminPage(admin);
  await users.goto();
  await users.disable(name);
  await expect(users.statusOf(name)).toHaveText("Désactivé");
  return {
    async reactivate() {
      await users.reactivate(name);
      await expect(users.statusOf(name)).toHaveText("Actif");
      await context.close();
    },
  };
}
