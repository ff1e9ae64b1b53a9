// Shapes of the demo action plans' text (development and demonstrations only). Templates are generic
// actions filled in with each territory's profile. Placeholders: {of} "de l'Axe Seine", {in} "dans
// l'Axe Seine", {town}, {sectors}, {wasteland}, {park}, {club}, and in partners only {epci} (an
// intercommunality of the territory, read from the database).
import type { College } from "../../../lib/generated/prisma/client";
import type { FunderCode } from "../../reference/action-reference";
import type { LeverCode } from "../../reference/territories";

/** Who carries an action: resolved to a college and an organisation of the territory. */
export type CarrierKind = "epci" | "region" | "state" | "club" | "company";

export type IndicatorTemplate = {
  label: string;
  unit: string;
  target: readonly [number, number];
  /** Targets and values are rounded to this step (1 by default). */
  step?: number;
};

export type ActionTemplate = {
  subTheme: string;
  title: string;
  description: string;
  expectedResults: string;
  carriers: readonly CarrierKind[];
  /** A fixed carrier, for actions only one organisation can carry. */
  carrier?: { college: Exclude<College, "ADMIN">; organisation: string };
  partners: string;
  budget: readonly [number, number];
  /** In order of importance: the first two always fund the action. */
  funders: readonly FunderCode[];
  indicators: readonly IndicatorTemplate[];
};

/** What makes a territory's demo plan its own: places, organisations, its specific projects. */
export type TerritoryProfile = {
  slug: string;
  /** "de l'Axe Seine" */
  of: string;
  /** "dans l'Axe Seine" */
  in: string;
  town: string;
  sectors: string;
  /** Without article: "friche de l'ancienne raffinerie de Petit-Couronne". */
  wasteland: string;
  /** Without article, masculine: "parc d'activités de ...". */
  park: string;
  club: string;
  /** Fictional companies, plausible for the territory's industries. */
  companies: readonly string[];
  /** Préfectures and sous-préfectures of the territory's departments. */
  stateOffices: readonly string[];
  /** The lead region first, then the other regions the territory spans. */
  regions: readonly string[];
  /** Actions only this territory has (its transport link, sometimes one more). */
  own: readonly { lever: LeverCode; template: ActionTemplate }[];
};
