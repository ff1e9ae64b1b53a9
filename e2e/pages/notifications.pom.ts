import { expect, type Locator, type Page } from "@playwright/test";

export class NotificationsPage {
  constructor(private readonly page: Page) {}

  /** The header's bell: "Notifications, 3 non lues" to a screen reader. */
  bell(): Locator {
    return this.page.getByRole("link", { name: /^Notifications/ }).first();
  }

  async unreadCount(): Promise<number> {
    const name = (await this.bell().getAttribute("aria-label")) ?? (await this.bell().innerText());
    return Number(/(\d+)/.exec(name)?.[1] ?? 0);
  }

  async openFromBell(): Promise<void> {
    await this.bell().click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  }

  async markFirstRead(): Promise<void> {
    await this.page
      .getByRole("button", { name: /^Marquer comme lue/ })
      .first()
      .click();
  }
}

export class NotificationPreferences {
  constructor(private readonly page: Page) {}

  group(kindLabel: string): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^${kindLabel}`) });
  }

  async choose(kindLabel: string, modeLabel: string): Promise<void> {
    // The DSFR draws the radio over the native input: click its label, as a person does.
    await this.group(kindLabel).getByText(modeLabel, { exact: true }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Vos préférences sont enregistrées." })).toBeVisible();
  }

  choice(kindLabel: string, modeLabel: string): Locator {
    return this.group(kindLabel).getByRole("radio", { name: modeLabel, exact: true });
  }
}
