import type { MapIndicator } from "@/lib/map/indicators";

export type MapEntry = { name: string; value: number | null };

/** The map in one sentence, like the charts: the range of the figure and where it lies. */
export function mapSummary(indicator: MapIndicator, entries: MapEntry[]): string {
  const measured = entries.filter((entry): entry is { name: string; value: number } => entry.value !== null);
  const unmeasured = entries.length - measured.length;
  const without =
    unmeasured > 0 ? ` ${unmeasured} ${unmeasured > 1 ? "territoires n'ont" : "territoire n'a"} aucune action.` : "";
  if (measured.length === 0) return `${indicator.label} : aucun territoire n'a d'action à mesurer.`;
  const sorted = [...measured].sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, "fr"));
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  if (low.value === high.value) {
    return `${indicator.label} : ${indicator.format(low.value)} pour ${measured.length > 1 ? "chacun des territoires" : low.name}.${without}`;
  }
  return (
    `${indicator.label} : de ${indicator.format(low.value)} (${low.name}) ` +
    `à ${indicator.format(high.value)} (${high.name}).${without}`
  );
}
