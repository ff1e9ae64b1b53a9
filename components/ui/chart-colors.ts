// Colours of every chart, taken from the DSFR palette (no new colours). Each one reaches 3:1 against
// white (WCAG 1.4.11 for graphical objects). Red and green, or orange and red, are confused by
// colour-blind people: those series also get a pattern, a fixed order and a written label, so that
// colour is never the only cue.

export type ChartPattern = "none" | "diagonal" | "crosshatch" | "dots";

export type SeriesStyle = { color: string; pattern: ChartPattern };

export const dsfrColors = {
  blueFrance: "#000091",
  blueFranceMain525: "#6a6af4",
  success425: "#18753c",
  info425: "#0063cb",
  warning425: "#b34000",
  error425: "#ce0500",
  grey625: "#929292",
  grey425: "#666666",
  /** yellow-tournesol-sun-407: "En pause" has a colour of its own, never the warning of "En retard". */
  yellowTournesol407: "#716043",
} as const;

/** Status colours of PRODUCT.md: Réalisée success, En cours info, À venir neutral, En pause
 * yellow-tournesol (an illustrative colour, so that it never looks like "En retard", which is the
 * warning), Bloquée error, Abandonnée grey. The order of the keys is the stacking order of the bars. */
export const statusStyles: Record<string, SeriesStyle> = {
  REALISEE: { color: dsfrColors.success425, pattern: "none" },
  EN_COURS: { color: dsfrColors.info425, pattern: "none" },
  A_VENIR: { color: dsfrColors.grey625, pattern: "dots" },
  EN_PAUSE: { color: dsfrColors.yellowTournesol407, pattern: "diagonal" },
  BLOQUEE: { color: dsfrColors.error425, pattern: "crosshatch" },
  ABANDONNEE: { color: dsfrColors.grey425, pattern: "none" },
};

export const fallbackStyle: SeriesStyle = { color: dsfrColors.blueFrance, pattern: "none" };

export function statusStyle(code: string): SeriesStyle {
  return statusStyles[code] ?? fallbackStyle;
}

/** Statuses in the chart order above, unknown ones last (new statuses are reference data). */
export function orderStatuses<T extends { code: string }>(statuses: T[]): T[] {
  const order = Object.keys(statusStyles);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...statuses].sort((a, b) => rank(a.code) - rank(b.code));
}

/**
 * Money is drawn and named the same way on every page: requested in a light blue with stripes,
 * granted in the DSFR's blue, the planned budget in grey with dots.
 */
export const fundingSeries = {
  requested: { label: "Montant demandé", color: dsfrColors.blueFranceMain525, pattern: "diagonal" },
  granted: { label: "Montant accordé", color: dsfrColors.blueFrance, pattern: "none" },
  plannedBudget: { label: "Budget prévisionnel", color: dsfrColors.grey425, pattern: "dots" },
} as const satisfies Record<string, SeriesStyle & { label: string }>;
