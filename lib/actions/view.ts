import "server-only";
import { dateToDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

// One view of an action, mapped from its database row in one place: the action page, the edit
// form, the export, the import's comparison, the history snapshots and the API read this, and
// components take this type, never a Prisma one. Calendar days are YYYY-MM-DD strings.

export const actionViewInclude = {
  territory: { select: { id: true, slug: true, name: true } },
  lever: { select: { code: true, label: true } },
  subTheme: { select: { code: true, label: true } },
  status: { select: { code: true, label: true, isClosed: true } },
  carrierContact: { select: { id: true, name: true, organisation: true } },
  pilots: {
    orderBy: { userId: "asc" },
    include: { user: { select: { id: true, name: true, organisation: true } } },
  },
  fundingLines: { orderBy: { position: "asc" }, include: { funder: { select: { label: true } } } },
  indicators: { orderBy: { position: "asc" } },
} satisfies Prisma.ActionInclude;

/** With the timeline of points d'avancement: for the action's own page and the API. */
export const actionDetailViewInclude = {
  ...actionViewInclude,
  progressUpdates: {
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    include: { status: { select: { label: true } }, author: { select: { name: true } } },
  },
} satisfies Prisma.ActionInclude;

type ActionViewRow = Prisma.ActionGetPayload<{ include: typeof actionViewInclude }>;
type ActionDetailViewRow = Prisma.ActionGetPayload<{ include: typeof actionDetailViewInclude }>;

export type CodeAndLabel = { code: string; label: string };

export type ActionView = {
  id: string;
  version: number;
  territory: { id: string; slug: string; name: string };
  title: string;
  description: string;
  expectedResults: string;
  lever: CodeAndLabel;
  subTheme: CodeAndLabel | null;
  status: CodeAndLabel & { isClosed: boolean };
  /** Planned end passed and status not closed (Réalisée, Abandonnée), on the day given to the mapper. */
  isLate: boolean;
  progress: number;
  plannedStartDate: string | null;
  plannedEndDate: string | null;
  carrierCollege: string;
  carrierOrganisation: string;
  /** The porteur's contact person, when they have an account: reminders reach them too. */
  carrierContact: { id: string; name: string; organisation: string } | null;
  partners: string;
  plannedBudget: number | null;
  pilots: { id: string; name: string; organisation: string }[];
  fundingLines: {
    id: string;
    funderCode: string;
    funderLabel: string;
    amountRequested: number;
    amountGranted: number;
  }[];
  fundingTotals: { requested: number; granted: number };
  indicators: { id: string; label: string; unit: string; target: number | null; latestValue: number | null }[];
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type ActionDetailView = ActionView & {
  /** Newest first (by date, then by recording time). */
  progressUpdates: {
    id: string;
    date: string;
    progress: number;
    statusCode: string;
    statusLabel: string;
    comment: string;
    authorName: string | null;
    createdAt: Date;
  }[];
};

const dayOrNull = (date: Date | null) => (date ? dateToDay(date) : null);

export function isLateOn(action: { plannedEndDate: string | null; status: { isClosed: boolean } }, today: string) {
  return action.plannedEndDate !== null && action.plannedEndDate < today && !action.status.isClosed;
}

export function toActionView(row: ActionViewRow, today: string): ActionView {
  const status = { code: row.status.code, label: row.status.label, isClosed: row.status.isClosed };
  const plannedEndDate = dayOrNull(row.plannedEndDate);
  const fundingLines = row.fundingLines.map((line) => ({
    id: line.id,
    funderCode: line.funderCode,
    funderLabel: line.funder.label,
    amountRequested: line.amountRequested,
    amountGranted: line.amountGranted,
  }));
  return {
    id: row.id,
    version: row.version,
    territory: row.territory,
    title: row.title,
    description: row.description,
    expectedResults: row.expectedResults,
    lever: { code: row.lever.code, label: row.lever.label },
    subTheme: row.subTheme ? { code: row.subTheme.code, label: row.subTheme.label } : null,
    status,
    isLate: isLateOn({ plannedEndDate, status }, today),
    progress: row.progress,
    plannedStartDate: dayOrNull(row.plannedStartDate),
    plannedEndDate,
    carrierCollege: row.carrierCollege,
    carrierOrganisation: row.carrierOrganisation,
    carrierContact: row.carrierContact,
    partners: row.partners,
    plannedBudget: row.plannedBudget,
    pilots: row.pilots.map(({ user }) => ({ id: user.id, name: user.name, organisation: user.organisation })),
    fundingLines,
    fundingTotals: {
      requested: fundingLines.reduce((sum, line) => sum + line.amountRequested, 0),
      granted: fundingLines.reduce((sum, line) => sum + line.amountGranted, 0),
    },
    indicators: row.indicators.map(({ id, label, unit, target, latestValue }) => ({
      id,
      label,
      unit,
      target,
      latestValue,
    })),
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toActionDetailView(row: ActionDetailViewRow, today: string): ActionDetailView {
  return {
    ...toActionView(row, today),
    progressUpdates: row.progressUpdates.map((update) => ({
      id: update.id,
      date: dateToDay(update.date),
      progress: update.progress,
      statusCode: update.statusCode,
      statusLabel: update.status.label,
      comment: update.comment,
      authorName: update.author?.name ?? null,
      createdAt: update.createdAt,
    })),
  };
}

/**
 * The fields a person edits, as plain comparable data (codes, not labels or ids): what the history
 * records and what an import compares. Pilots are by user id.
 */
export function editableFieldsOf(view: ActionView) {
  return {
    title: view.title,
    description: view.description,
    expectedResults: view.expectedResults,
    leverCode: view.lever.code,
    subThemeCode: view.subTheme?.code ?? null,
    statusCode: view.status.code,
    progress: view.progress,
    plannedStartDate: view.plannedStartDate,
    plannedEndDate: view.plannedEndDate,
    carrierCollege: view.carrierCollege,
    carrierOrganisation: view.carrierOrganisation,
    partners: view.partners,
    plannedBudget: view.plannedBudget,
    pilotIds: view.pilots.map((pilot) => pilot.id),
    fundingLines: view.fundingLines.map(({ funderCode, amountRequested, amountGranted }) => ({
      funderCode,
      amountRequested,
      amountGranted,
    })),
    indicators: view.indicators.map(({ label, unit, target, latestValue }) => ({ label, unit, target, latestValue })),
  };
}
