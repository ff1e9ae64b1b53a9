import type { Comparison, ComparisonRow, ComparisonUnit } from "@/lib/dashboard/types";
import { formatEuros, formatInteger, formatPercent } from "@/lib/format";

// The one-sentence summaries that say in words what each chart shows: screen-reader users and
// readers in a hurry get the point without reading the grid or the bars.

const DONE_STATUS = "REALISEE";
const BLOCKED_STATUS = "BLOQUEE";

/** How the interface names a row: a territory, or a region (national view), with its gender. */
export const unitWords: Record<
  ComparisonUnit,
  { one: string; many: string; column: string; most: [string, string]; least: [string, string] }
> = {
  territory: {
    one: "territoire",
    many: "territoires",
    column: "Territoire",
    most: ["est le plus avancé", "sont les plus avancés"],
    least: ["le moins avancé", "les moins avancés"],
  },
  region: {
    one: "région",
    many: "régions",
    column: "Région",
    most: ["est la plus avancée", "sont les plus avancées"],
    least: ["la moins avancée", "les moins avancées"],
  },
};

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}

/** "Réalisée" → "réalisées": status labels as they read inside a sentence. */
function statusInSentence(label: string, count: number): string {
  const lower = label.toLowerCase();
  return count > 1 ? lower.replace(/ée$/, "ées") : lower;
}

export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

export function totalActions(rows: ComparisonRow[]): number {
  return rows.reduce((sum, row) => sum + row.actionCount, 0);
}

/** "10 territoires, 123 actions dont 37 réalisées (30 %)." */
export function overviewSummary(comparison: Comparison): string {
  const actions = totalActions(comparison.rows);
  const words = unitWords[comparison.unit];
  const territories = plural(comparison.rows.length, words.one, words.many);
  if (actions === 0) return `${territories}, aucune action sur la période choisie.`;
  const done = comparison.rows.reduce((sum, row) => sum + (row.statusCounts[DONE_STATUS] ?? 0), 0);
  const late = comparison.rows.reduce((sum, row) => sum + row.lateCount, 0);
  const share = percentOf(done, actions) ?? 0;
  const doneText = `${formatInteger(done)} ${done > 1 ? "réalisées" : "réalisée"} (${formatPercent(share)})`;
  const lateText = late > 0 ? `, ${formatInteger(late)} en retard` : "";
  return `${territories}, ${plural(actions, "action")} dont ${doneText}${lateText}.`;
}

type Ranked = { name: string; value: number };

/** "Axe Seine", "Axe Seine et Caen Industrie", "Axe Seine, Caen Industrie et Sud Manche", "4 territoires". */
function names(entries: Ranked[], unit: ComparisonUnit): string {
  if (entries.length > 3) return `${entries.length} ${unitWords[unit].many}`;
  const list = entries.map((entry) => entry.name);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(", ")} et ${list.at(-1)}`;
}

/** The territories with the highest and the lowest value; ties are all named rather than one picked. */
function extremes(rows: ComparisonRow[], value: (row: ComparisonRow) => number | null) {
  const ranked: Ranked[] = rows
    .map((row) => ({ name: row.unit.name, value: value(row) }))
    .filter((entry): entry is Ranked => entry.value !== null);
  if (ranked.length === 0) return null;
  const max = Math.max(...ranked.map((entry) => entry.value));
  const min = Math.min(...ranked.map((entry) => entry.value));
  return {
    best: ranked.filter((entry) => entry.value === max),
    worst: ranked.filter((entry) => entry.value === min),
    max,
    min,
    count: ranked.length,
  };
}

/** One sentence per lever: the most and the least advanced territory. */
export function leverProgressSummary(
  rows: ComparisonRow[],
  levers: { code: string; label: string }[],
  unit: ComparisonUnit = "territory",
): string[] {
  const words = unitWords[unit];
  const sentences = levers.map((lever) => {
    const found = extremes(rows, (row) => row.progressByLever[lever.code] ?? null);
    if (!found) return `${lever.label} : aucune action.`;
    if (found.count === 1) return `${lever.label} : ${names(found.best, unit)}, ${formatPercent(found.max)}.`;
    if (found.max === found.min) return `${lever.label} : ${formatPercent(found.max)} dans chaque ${words.one}.`;
    const most = words.most[found.best.length > 1 ? 1 : 0];
    const least = words.least[found.worst.length > 1 ? 1 : 0];
    return (
      `${lever.label} : ${names(found.best, unit)} ${most} (${formatPercent(found.max)}), ` +
      `${names(found.worst, unit)} ${least} (${formatPercent(found.min)}).`
    );
  });
  return sentences;
}

/** "123 actions : 37 réalisées, 50 en cours… Le plus d'actions bloquées : Axe Seine (2)." */
export function statusSummary(
  rows: ComparisonRow[],
  statuses: { code: string; label: string }[],
  unit: ComparisonUnit = "territory",
): string {
  const actions = totalActions(rows);
  if (actions === 0) return "Aucune action sur la période choisie.";
  const parts = statuses
    .map((status) => {
      const count = rows.reduce((sum, row) => sum + (row.statusCounts[status.code] ?? 0), 0);
      return count > 0 ? `${formatInteger(count)} ${statusInSentence(status.label, count)}` : null;
    })
    .filter((part): part is string => part !== null);
  const blocked = extremes(rows, (row) => row.statusCounts[BLOCKED_STATUS] ?? 0);
  let blockedText = "";
  if (blocked && blocked.max > 0) {
    blockedText =
      blocked.best.length > 3
        ? ` Au plus ${plural(blocked.max, "action bloquée", "actions bloquées")} par ${unitWords[unit].one}.`
        : ` Le plus d'actions bloquées : ${names(blocked.best, unit)} (${formatInteger(blocked.max)}).`;
  }
  return `${plural(actions, "action")} : ${parts.join(", ")}.${blockedText}`;
}

/** "1 250 000 € accordés sur 3 000 000 € de budget prévisionnel (42 %)…" */
/** Granted over requested, as the dashboard's funding chart says it. */
export function fundingSummary(rows: ComparisonRow[], unit: ComparisonUnit = "territory"): string {
  const requested = rows.reduce((sum, row) => sum + row.fundingRequested, 0);
  const granted = rows.reduce((sum, row) => sum + row.fundingGranted, 0);
  if (requested === 0 && granted === 0) return "Aucun financement demandé.";
  const share = percentOf(granted, requested);
  const shareText = share === null ? "" : ` (${formatPercent(share)})`;
  const best = extremes(rows, (row) => percentOf(row.fundingGranted, row.fundingRequested));
  const bestText =
    best && best.count > 1 && best.best.length <= 3
      ? ` Part accordée la plus élevée : ${names(best.best, unit)} (${formatPercent(best.max)}).`
      : "";
  return `${formatEuros(granted)} accordés sur ${formatEuros(requested)} demandés${shareText}.${bestText}`;
}
