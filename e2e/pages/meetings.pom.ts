import { expect, type Locator, type Page } from "@playwright/test";

/** The séances of a territory (/territoires/[slug]/seances) and the form that plans one. */
export class MeetingsPage {
  constructor(private readonly page: Page) {}

  async goto(territorySlug: string): Promise<void> {
    await this.page.goto(`/territoires/${territorySlug}/seances`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Séances du comité" })).toBeVisible();
  }

  planButton(): Locator {
    return this.page.getByRole("link", { name: "Planifier une séance" });
  }

  upcomingTable(): Locator {
    return this.page.getByRole("table", { name: "Séances à venir" });
  }

  /** Fills the planning form (the participants keep their defaults) and sends it. */
  async plan(values: { day: string; time: string; place: string }): Promise<void> {
    await this.planButton().click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Planifier une séance" })).toBeVisible();
    await this.page.getByLabel("Date").fill(values.day);
    await this.page.getByLabel("Heure de début").fill(values.time);
    await this.page.getByLabel("Lieu").fill(values.place);
    await this.page.getByRole("button", { name: "Planifier la séance" }).click();
  }
}

/** One séance (/territoires/[slug]/seances/[id]): its ordre du jour and participants. */
export class MeetingPage {
  constructor(private readonly page: Page) {}

  /** The points in order (a point's own buttons are list items too: keep those that state a reason). */
  points(): Locator {
    return this.page
      .getByRole("list", { name: "Points de l'ordre du jour" })
      .getByRole("listitem")
      .filter({
        hasText:
          /Décision d'une séance précédente|En retard ou bloquée|Sans point d'avancement récent|Statut changé|Signalée « à discuter en séance »|Point ajouté/,
      });
  }

  point(title: string): Locator {
    return this.points().filter({ hasText: title });
  }

  async addPoint(title: string): Promise<void> {
    await this.page.getByLabel("Ajouter un point à l'ordre du jour").fill(title);
    await this.page.getByRole("button", { name: "Ajouter le point" }).click();
  }

  async sendConvocation(): Promise<void> {
    await this.page.getByRole("button", { name: /(Envoyer|Renvoyer) la convocation/ }).click();
    await expect(this.page.getByText(/^Convocation envoyée à \d+ participants?\.$/)).toBeVisible();
  }

  async answer(response: "Présent·e" | "Excusé·e"): Promise<void> {
    const choices = this.page.getByRole("group", { name: "Votre réponse à la convocation" });
    // The DSFR draws its own radio over the input: a person clicks the label.
    await choices.getByText(response, { exact: true }).click();
    await expect(choices.getByRole("radio", { name: response })).toBeChecked();
    await this.page.getByRole("button", { name: "Enregistrer ma réponse" }).click();
    await expect(this.page.getByText("Votre réponse est enregistrée.")).toBeVisible();
  }

  /** Ticks this participant as present (the DSFR draws its own box: a person clicks the label). */
  async recordPresence(present: string): Promise<void> {
    const group = this.page.getByRole("group", { name: "Présents à la séance" });
    const box = group.getByRole("checkbox", { name: new RegExp(`^${present}`) });
    if (!(await box.isChecked())) await group.getByText(present).first().click();
    await expect(box).toBeChecked();
    await this.page.getByRole("button", { name: "Enregistrer la présence" }).click();
    await expect(this.page.getByText("Présence enregistrée.")).toBeVisible();
  }

  /** Writes what the séance said of a point. */
  async recordSummary(point: Locator, summary: string): Promise<void> {
    await point.getByText("Rédiger la synthèse").click();
    await point.getByLabel(/^Synthèse des échanges sur le point/).fill(summary);
    await point.getByRole("button", { name: "Enregistrer la synthèse" }).click();
    await expect(point.getByText("Synthèse enregistrée.")).toBeVisible();
  }

  minutes(): Locator {
    return this.page.getByRole("region", { name: "Relevé de décisions" });
  }

  async compileMinutes(): Promise<void> {
    await this.minutes()
      .getByRole("button", { name: /Établir (à nouveau )?le relevé/ })
      .click();
    await expect(this.page.getByText("Relevé de décisions établi : le binôme peut le valider.")).toBeVisible();
  }

  async addReview(text: string): Promise<void> {
    await this.minutes().getByLabel("Avis sur le relevé").fill(text);
    await this.minutes().getByRole("button", { name: "Ajouter l'avis" }).click();
    await expect(this.page.getByText("Avis ajouté au relevé.")).toBeVisible();
  }

  /** The binôme's validation by `who`; the second one locks the relevé. */
  async validateMinutes(who: "Élu·e" | "Industriel·le"): Promise<void> {
    await this.minutes().getByRole("button", { name: "Valider le relevé" }).click();
    // The button goes once the user's college has validated: the relevé's own list says who did.
    await expect(
      this.minutes()
        .getByRole("listitem")
        .filter({ hasText: `${who} du binôme` }),
    ).toContainText("validé par");
  }

  /** Opens the decision form of a point and records a decision. */
  async recordDecision(point: Locator, decision: { kind: string; text: string; status?: string }): Promise<void> {
    await point.getByText("Enregistrer une décision").click();
    await point.getByLabel("Type de décision").selectOption({ label: decision.kind });
    await point.getByLabel("Décision", { exact: true }).fill(decision.text);
    if (decision.status) await point.getByLabel("Nouveau statut de l'action").selectOption({ label: decision.status });
    await point.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(point.getByText("Décision enregistrée.")).toBeVisible();
  }
}

/** The decision log of a territory (/territoires/[slug]/decisions): its filters and its rows. */
export class DecisionLogPage {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: "Suivi des décisions" })).toBeVisible();
  }

  async filterByState(label: string): Promise<void> {
    await this.page.getByLabel("État", { exact: true }).selectOption({ label });
    await this.page.getByRole("button", { name: "Filtrer" }).click();
  }

  /** The first row still open (with its closing form) whose decision reads `text`. */
  openRow(text: string): Locator {
    return this.page
      .getByRole("row")
      .filter({ hasText: text })
      .filter({ has: this.page.getByText("Solder la décision", { exact: true }) })
      .first();
  }

  /** Closes the decision of a row with a note, then waits for the row that shows the note. */
  async close(row: Locator, note: string): Promise<Locator> {
    await row.getByText("Solder la décision", { exact: true }).first().click();
    await row.getByLabel(/Note de clôture/).fill(note);
    await row.getByRole("button", { name: "Solder la décision" }).click();
    const closed = this.page.getByRole("row").filter({ hasText: note });
    await expect(closed).toContainText("Soldée le");
    return closed;
  }
}
