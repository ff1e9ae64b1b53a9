// Builds a territory's demo action plan from its profile, without touching the database: the same
// slug, context and day always give the same plan.
import type { College } from "../../../lib/generated/prisma/client";
import type { ActionStatusCode, FunderCode } from "../../reference/action-reference";
import type { LeverCode } from "../../reference/territories";
import { seededRandom, type Random } from "./random";
import { leverTemplates } from "./templates";
import { buildTimeline, type TimelineStep } from "./timeline";
import type { ActionTemplate, IndicatorTemplate, TerritoryProfile } from "./types";

type CarrierCollege = Exclude<College, "ADMIN">;

/** What the plan needs from the database: the territory's intercommunalities and demo members. */
export type TerritoryContext = {
  epciNames: readonly string[];
  pilots: readonly { id: string; college: College }[];
};

export type DemoAction = {
  leverCode: LeverCode;
  subThemeCode: string;
  title: string;
  description: string;
  expectedResults: string;
  statusCode: ActionStatusCode;
  progress: number;
  plannedStartDate: string;
  plannedEndDate: string;
  carrierCollege: CarrierCollege;
  carrierOrganisation: string;
  partners: string;
  plannedBudget: number;
  pilotIds: string[];
  fundingLines: { funderCode: FunderCode; amountRequested: number; amountGranted: number }[];
  indicators: { label: string; unit: string; target: number; latestValue: number | null }[];
  progressUpdates: TimelineStep[];
};

type Selected = { lever: LeverCode; template: ActionTemplate; title: string };

function fill(text: string, profile: TerritoryProfile, epci = ""): string {
  return text
    .replaceAll("{of}", profile.of)
    .replaceAll("{in}", profile.in)
    .replaceAll("{town}", profile.town)
    .replaceAll("{sectors}", profile.sectors)
    .replaceAll("{wasteland}", profile.wasteland)
    .replaceAll("{park}", profile.park)
    .replaceAll("{club}", profile.club)
    .replaceAll("{epci}", epci);
}

/**
 * Which templates a territory gets. Its own random stream, seeded by the slug alone: the titles never
 * depend on the database, so they can tell whether a territory is already seeded.
 */
function selectTemplates(profile: TerritoryProfile): Selected[] {
  const random = seededRandom(profile.slug);
  return (Object.keys(leverTemplates) as LeverCode[]).flatMap((lever) => {
    const { always, pool, count } = leverTemplates[lever];
    const own = profile.own.filter((item) => item.lever === lever).map((item) => item.template);
    const wanted = Math.max(random.int(count[0], count[1]), always.length + own.length);
    const drawn = random.shuffle(pool).slice(0, wanted - always.length - own.length);
    return [...always, ...own, ...drawn].map((template) => ({
      lever,
      template,
      title: fill(template.title, profile),
    }));
  });
}

export function demoActionTitles(profile: TerritoryProfile): string[] {
  return selectTemplates(profile).map((selected) => selected.title);
}

/** Mostly "en cours", a few done, one blocked, one paused, one upcoming, sometimes one abandoned. */
function drawStatuses(random: Random, count: number): ActionStatusCode[] {
  const statuses: ActionStatusCode[] = ["REALISEE", "REALISEE", "BLOQUEE", "EN_PAUSE", "A_VENIR"];
  if (random.chance(0.4)) statuses.push("REALISEE");
  if (random.chance(0.3)) statuses.push("ABANDONNEE");
  while (statuses.length < count) statuses.push("EN_COURS");
  return random.shuffle(statuses.slice(0, count));
}

/** The carrier is never listed among its own partners. */
function partnersOf(template: ActionTemplate, profile: TerritoryProfile, epci: string, carrier: string): string {
  const partners = fill(template.partners, profile, epci)
    .split(", ")
    .filter((partner) => partner !== "" && partner !== carrier)
    .join(", ");
  return partners.charAt(0).toUpperCase() + partners.slice(1);
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function carrierOf(
  random: Random,
  template: ActionTemplate,
  profile: TerritoryProfile,
  context: TerritoryContext,
): { college: CarrierCollege; organisation: string } {
  if (template.carrier) return template.carrier;
  const kind = random.pick(template.carriers);
  if (kind === "epci") return { college: "ELU", organisation: random.pick(context.epciNames) };
  if (kind === "state") return { college: "ETAT", organisation: random.pick(profile.stateOffices) };
  if (kind === "club") return { college: "INDUSTRIEL", organisation: profile.club };
  if (kind === "company") return { college: "INDUSTRIEL", organisation: random.pick(profile.companies) };
  const other = profile.regions.length > 1 && random.chance(0.3);
  return { college: "REGION", organisation: other ? random.pick(profile.regions.slice(1)) : profile.regions[0]! };
}

/** The pilot of the carrier's college first (an industriel pilots what industry carries). */
function pilotsOf(random: Random, context: TerritoryContext, college: CarrierCollege): string[] {
  if (context.pilots.length === 0) return [];
  const first = context.pilots.find((pilot) => pilot.college === college) ?? random.pick(context.pilots);
  const second = context.pilots.find((pilot) => pilot.id !== first.id);
  return second && random.chance(0.4) ? [first.id, second.id] : [first.id];
}

function fundingOf(random: Random, template: ActionTemplate, budget: number, statusCode: ActionStatusCode) {
  const [first, second, ...others] = template.funders;
  const funders = [first!, second!, ...others.filter(() => random.chance(0.5))].slice(0, 4);
  const weights = funders.map((_, index) => random.between(1, 3) / (index + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const requested = weights.map((weight) => roundTo((budget * weight) / total, 1000));
  requested[0]! += budget - requested.reduce((sum, amount) => sum + amount, 0);
  const blocker = statusCode === "BLOQUEE" ? random.int(0, funders.length - 1) : -1;
  return funders.map((funderCode, index) => {
    const amountRequested = requested[index]!;
    let share: number;
    if (statusCode === "ABANDONNEE" || index === blocker) share = 0;
    else if (statusCode === "A_VENIR") share = funderCode === "INTERCOMMUNALITE" && random.chance(0.5) ? 1 : 0;
    else if (statusCode === "REALISEE") share = random.chance(0.8) ? 1 : random.between(0.8, 0.95);
    else {
      const draw = random.next();
      share = draw < 0.6 ? 1 : draw < 0.85 ? random.between(0.5, 0.9) : 0;
    }
    return { funderCode, amountRequested, amountGranted: roundTo(amountRequested * share, 1000) };
  });
}

function indicatorOf(random: Random, indicator: IndicatorTemplate, statusCode: ActionStatusCode, progress: number) {
  const step = indicator.step ?? 1;
  const target = Math.max(step, roundTo(random.between(indicator.target[0], indicator.target[1]), step));
  const reached =
    statusCode === "A_VENIR"
      ? null
      : statusCode === "REALISEE"
        ? target * random.between(0.9, 1.15)
        : target * (progress / 100) * random.between(0.6, 1.05);
  return {
    label: indicator.label,
    unit: indicator.unit,
    target,
    latestValue: reached === null ? null : roundTo(reached, step),
  };
}

export function buildTerritoryPlan(profile: TerritoryProfile, context: TerritoryContext, today: string): DemoAction[] {
  const selected = selectTemplates(profile);
  const random = seededRandom(`${profile.slug}:details`);
  const statuses = drawStatuses(random, selected.length);
  const open = statuses.flatMap((status, index) => (status === "EN_COURS" ? [index] : []));
  // At least one late action per territory: the dashboards' "points de vigilance" need one.
  const late = new Set(random.shuffle(open).slice(0, random.int(1, 2)));
  statuses.forEach((status, index) => {
    if (status === "BLOQUEE" && random.chance(0.5)) late.add(index);
  });

  return selected.map(({ lever, template, title }, index) => {
    const statusCode = statuses[index]!;
    const carrier = carrierOf(random, template, profile, context);
    const pilotIds = pilotsOf(random, context, carrier.college);
    const timeline = buildTimeline(random, { statusCode, late: late.has(index), lever, authorIds: pilotIds, today });
    const otherEpcis = context.epciNames.filter((name) => name !== carrier.organisation);
    const partnerEpci = otherEpcis.length ? random.pick(otherEpcis) : (context.epciNames[0] ?? "");
    const budget = roundTo(random.between(template.budget[0], template.budget[1]), 5000);
    return {
      leverCode: lever,
      subThemeCode: template.subTheme,
      title,
      description: fill(template.description, profile),
      expectedResults: fill(template.expectedResults, profile),
      statusCode: timeline.statusCode,
      progress: timeline.progress,
      plannedStartDate: timeline.plannedStartDate,
      plannedEndDate: timeline.plannedEndDate,
      carrierCollege: carrier.college,
      carrierOrganisation: carrier.organisation,
      partners: partnersOf(template, profile, partnerEpci, carrier.organisation),
      plannedBudget: budget,
      pilotIds,
      fundingLines: fundingOf(random, template, budget, statusCode),
      indicators: template.indicators.map((indicator) => indicatorOf(random, indicator, statusCode, timeline.progress)),
      progressUpdates: timeline.steps,
    };
  });
}
