import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../fixtures/accounts";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/connexion");
    await expect(this.page.getByRole("heading", { level: 1, name: "Connexion à TI Pilotage" })).toBeVisible();
  }

  async submit(email: string, password: string): Promise<void> {
    await this.page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
    await this.page.getByLabel("Mot de passe", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Se connecter" }).click();
  }

  /** Signs in and waits until the app has left the login page. */
  async signIn(email: string, password: string = DEMO_PASSWORD): Promise<void> {
    await this.goto();
    await this.submit(email, password);
    await expect(this.page).not.toHaveURL(/\/connexion/);
  }

  error(): Locator {
    // Next.js keeps an empty route-announcer alert on every page.
    return this.page.getByRole("alert").filter({ hasText: /\S/ });
  }

  /** "Mot de passe oublié ?" from the login page, then the request for a link. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.goto();
    await this.page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
    await this.page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
    await this.page.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Si un compte actif correspond" })).toBeVisible();
  }

  /** On a one-time link's page (invitation or reset): chooses the password. */
  async choosePassword(password: string): Promise<void> {
    await this.page.getByLabel("Nouveau mot de passe").fill(password);
    await this.page.getByLabel("Confirmation du mot de passe").fill(password);
    await this.page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  }
}
