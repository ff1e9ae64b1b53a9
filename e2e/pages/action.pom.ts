import { expect, type Locator, type Page } from "@playwright/test";

/** The page of one action (/territoires/[slug]/actions/[id]). */
export class ActionPage {
  constructor(private readonly page: Page) {}

  heading(title: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: title });
  }

  /** The value next to a term of the summary (Statut, Avancement, Fin prévue, Porteur...). */
  summary(term: string): Locator {
    return this.page.locator("dl > div").filter({ has: this.page.getByRole("term").getByText(term, { exact: true }) });
  }

  fundingTable(): Locator {
    return this.page.getByRole("table", { name: "Financements de l'action" });
  }

  indicatorTable(): Locator {
    return this.page.getByRole("table", { name: "Indicateurs de l'action" });
  }

  progressSection(): Locator {
    return this.page.getByRole("region", { name: "Points d'avancement" });
  }

  historySection(): Locator {
    return this.page.getByRole("region", { name: "Historique" });
  }

  async recordInstitutionFunding(requested: string, granted: string): Promise<void> {
    await this.page.getByRole("textbox", { name: /^Montant demandé à/ }).fill(requested);
    await this.page.getByRole("textbox", { name: /^Montant accordé par/ }).fill(granted);
    await this.page.getByRole("button", { name: "Enregistrer l'engagement" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Engagement enregistré." })).toBeVisible();
  }

  link(name: string): Locator {
    return this.page.getByRole("link", { name, exact: true });
  }

  async recordProgress(progress: string, status: string, comment: string): Promise<void> {
    const section = this.progressSection();
    await section.getByRole("spinbutton", { name: /^Nouvel avancement/ }).fill(progress);
    await section.getByRole("combobox", { name: "Statut" }).selectOption({ label: status });
    await section.getByRole("textbox", { name: /^Commentaire/ }).fill(comment);
    await section.getByRole("button", { name: "Enregistrer le point d'avancement" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Point d'avancement enregistré." })).toBeVisible();
  }

  /** Submits the "new point" form as it is, and returns the error summary it shows. */
  async submitProgressForm(): Promise<Locator> {
    const section = this.progressSection();
    await section.getByRole("button", { name: "Enregistrer le point d'avancement" }).click();
    const summary = section.getByRole("alert").filter({ hasText: "Le formulaire contient" });
    await expect(summary).toBeFocused();
    return summary;
  }

  point(date: RegExp | string): Locator {
    return this.progressSection()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name: date }) });
  }

  async correctPoint(point: Locator, progress: string, comment: string): Promise<void> {
    await point.getByRole("button", { name: "Corriger ce point" }).click();
    await point.getByRole("spinbutton", { name: /^Avancement/ }).fill(progress);
    await point.getByRole("textbox", { name: /^Commentaire/ }).fill(comment);
    await point.getByRole("button", { name: "Enregistrer la correction" }).click();
    // The point now says something else: look for the confirmation in the whole section.
    await expect(
      this.progressSection().getByRole("status").filter({ hasText: "Point d'avancement corrigé." }),
    ).toBeVisible();
  }

  async withdrawPoint(point: Locator): Promise<void> {
    await point.getByRole("button", { name: "Retirer ce point" }).click();
    await point.getByRole("button", { name: "Confirmer le retrait" }).click();
  }

  async archive(): Promise<void> {
    await this.page.getByRole("button", { name: "Archiver", exact: true }).click();
    await expect(this.page.getByText(/^Archiver l'action « .* » \?$/)).toBeFocused();
    await this.page.getByRole("button", { name: "Confirmer l'archivage" }).click();
  }
}
