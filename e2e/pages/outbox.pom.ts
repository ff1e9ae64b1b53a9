import { expect, type Page } from "@playwright/test";

/** The administrator's outbox: where every email lands while no mail server is configured. */
export class OutboxPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/admin/boite-d-envoi");
    await expect(this.page.getByRole("heading", { level: 1, name: "Boîte d'envoi" })).toBeVisible();
  }

  /** The path of the newest link to `pathPrefix` sent to this address. */
  async newestLinkTo(email: string, pathPrefix: string): Promise<string> {
    await this.goto();
    const message = this.page.getByRole("article").filter({ hasText: email }).first();
    const text = (await message.textContent()) ?? "";
    const link = new RegExp(`https?://\\S+(${pathPrefix.replace(/\//g, "\\/")}[\\w-]+)`).exec(text)?.[1];
    expect(link, `a link to ${pathPrefix} sent to ${email}`).toBeTruthy();
    return link!;
  }

  /** The text of the newest attachment with this file name sent to this address. */
  async newestAttachmentTo(email: string, filename: string): Promise<string> {
    await this.goto();
    const message = this.page.getByRole("article").filter({ hasText: email }).first();
    await message.getByText(`Pièce jointe : ${filename}`).click();
    const content = message.getByRole("group").filter({ hasText: filename }).locator("pre");
    await expect(content).toBeVisible();
    return (await content.textContent()) ?? "";
  }
}
