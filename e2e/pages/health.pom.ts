import type { Page, Response } from "@playwright/test";

/** /sante: whether the service and its database answer. */
export class HealthPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<Response | null> {
    return this.page.goto("/sante");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1, name: "État du service" });
  }

  status() {
    return this.page.getByRole("status");
  }
}
