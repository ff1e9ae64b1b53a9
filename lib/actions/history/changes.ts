import { dayToDate } from "@/lib/dates";
import { formatDate, formatEuros, formatNumber, formatPercent } from "@/lib/format";
import { carrierCollegeLabels } from "../schemas";

// Turns two audit snapshots of an action (history/snapshot.ts) into the list of changes a
// person reads in the history: French field names, labels instead of codes.

export type HistoryLabels = {
  levers: ReadonlyMap<string, string>;
  subThemes: ReadonlyMap<string, string>;
  statuses: ReadonlyMap<string, string>;
  funders: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
};

export type FieldChange = { field: string; label: string; before: string; after: string };

type Snapshot = Record<string, unknown>;

const EMPTY = "(vide)";
const MAX_TEXT = 300;

function text(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") return EMPTY;
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}

function labelled(map: ReadonlyMap<string, string>) {
  return (value: unknown) => (typeof value === "string" && value ? (map.get(value) ?? value) : EMPTY);
}

function day(value: unknown): string {
  return typeof value === "string" && value ? formatDate(dayToDate(value)) : EMPTY;
}

function amount(value: unknown): string {
  return typeof value === "number" ? formatEuros(value) : EMPTY;
}

function number(value: unknown): string {
  return typeof value === "number" ? formatNumber(value) : "—";
}

function list(value: unknown, describe: (item: Record<string, unknown>) => string): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  return value.map((item) => describe((item ?? {}) as Record<string, unknown>)).join(" ; ");
}

/** The fields a person sees changing, in the order of the action page; version is bookkeeping. */
function fieldFormats(labels: HistoryLabels): [string, string, (value: unknown) => string][] {
  return [
    ["title", "Titre", text],
    ["leverCode", "Levier", labelled(labels.levers)],
    ["subThemeCode", "Sous-thème", labelled(labels.subThemes)],
    ["statusCode", "Statut", labelled(labels.statuses)],
    ["progress", "Avancement", (value) => (typeof value === "number" ? formatPercent(value) : EMPTY)],
    ["plannedStartDate", "Début prévu", day],
    ["plannedEndDate", "Fin prévue", day],
    ["carrierCollege", "Collège du porteur", labelled(new Map(Object.entries(carrierCollegeLabels)))],
    ["carrierOrganisation", "Porteur", text],
    [
      "carrierContactId",
      "Personne contact du porteur",
      (value) => (typeof value === "string" ? (labels.users.get(value) ?? "Compte supprimé") : EMPTY),
    ],
    ["pilotIds", "Pilotes", (value) => pilotNames(value, labels.users)],
    ["partners", "Partenaires", text],
    ["plannedBudget", "Budget prévisionnel", amount],
    ["description", "Description", text],
    ["expectedResults", "Résultats attendus", text],
    [
      "fundingLines",
      "Financements",
      (value) =>
        list(
          value,
          (line) =>
            `${labelled(labels.funders)(line.funderCode)} : ${amount(line.amountRequested)} demandés, ${amount(line.amountGranted)} accordés`,
        ),
    ],
    [
      "indicators",
      "Indicateurs",
      (value) =>
        list(value, (indicator) => {
          const unit = typeof indicator.unit === "string" && indicator.unit ? ` ${indicator.unit}` : "";
          return `${text(indicator.label)} : ${number(indicator.latestValue)} / ${number(indicator.target)}${unit}`;
        }),
    ],
  ];
}

function pilotNames(value: unknown, users: ReadonlyMap<string, string>): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  return value
    .map((id) => (typeof id === "string" ? (users.get(id) ?? "Compte supprimé") : "?"))
    .sort((a, b) => a.localeCompare(b, "fr"))
    .join(", ");
}

/** Fields whose value differs between two snapshots, formatted for reading. */
export function describeActionChanges(before: unknown, after: unknown, labels: HistoryLabels): FieldChange[] {
  if (!isSnapshot(before) || !isSnapshot(after)) return [];
  const changes: FieldChange[] = [];
  for (const [field, label, format] of fieldFormats(labels)) {
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) continue;
    changes.push({ field, label, before: format(before[field]), after: format(after[field]) });
  }
  return changes;
}

function isSnapshot(value: unknown): value is Snapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** User ids named in snapshots (pilots, the porteur's contact person), to look their names up once. */
export function snapshotUserIds(snapshots: unknown[]): string[] {
  const ids = new Set<string>();
  for (const snapshot of snapshots) {
    if (!isSnapshot(snapshot)) continue;
    if (typeof snapshot.carrierContactId === "string") ids.add(snapshot.carrierContactId);
    if (!Array.isArray(snapshot.pilotIds)) continue;
    for (const id of snapshot.pilotIds) if (typeof id === "string") ids.add(id);
  }
  return [...ids];
}
