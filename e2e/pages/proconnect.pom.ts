import { expect, type Page } from "@playwright/test";

/** The ProConnect button on /connexion and the local provider's pages (scripts/proconnect-local.ts). */
export class ProConnectFlow {
  constructor(private readonly page: Page) {}

  /** From /connexion to the provider's login page. */
  async start(): Promise<void> {
    await this.page.goto("/connexion");
    await this.page.getByRole("button", { name: /S’identifier avec\s*ProConnect/ }).click();
    await expect(this.page.getByLabel("Adresse e-mail professionnelle")).toBeVisible();
  }

  /** On the provider's page: who the person says they are; back to the app. */
  async identifyAs(email: string): Promise<void> {
    await this.page.getByLabel("Adresse e-mail professionnelle").fill(email);
    await this.page.getByRole("button", { name: "Continuer" }).click();
  }

  async signIn(email: string): Promise<void> {
    await this.start();
    await this.identifyAs(email);
  }
}
