import { z } from "@/lib/validation/zod";
import type { FigureDefinitions } from "@/lib/dashboard/definitions";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { formatEuros, formatInteger } from "@/lib/format";

// What the comparison's map colours the territories by: the comparison's own figures (one query,
// lib/dashboard/comparison-queries.ts), never a second computation. Client-safe.

export const mapIndicatorCodes = ["avancement", "vigilance", "financements", "decisions"] as const;
export type MapIndicatorCode = (typeof mapIndicatorCodes)[number];

export const DEFAULT_MAP_INDICATOR: MapIndicatorCode = "avancement";

/** The indicator chosen in the URL (`?carte=vigilance`), else the average progress. */
export const mapIndicatorParam = z.enum(mapIndicatorCodes).catch(DEFAULT_MAP_INDICATOR);

export type MapIndicator = {
  code: MapIndicatorCode;
  /** The choice's label, and the legend's title. */
  label: string;
  /** The figure of one territory, null when there is nothing to measure (no action). */
  value: (row: ComparisonRow) => number | null;
  format: (value: number) => string;
  /** Where the definition of the figure is read (the same sentence as the tiles). */
  definition: keyof FigureDefinitions;
  /** The largest value the figure can take (100 for a share): no class goes beyond it. */
  ceiling?: number;
  /** Whole numbers (counts): classes of whole numbers. */
  whole?: boolean;
};

const formatShare = (value: number) => `${formatInteger(value)} %`;

export const mapIndicators: Record<MapIndicatorCode, MapIndicator> = {
  avancement: {
    code: "avancement",
    label: "Avancement moyen",
    value: (row) => row.averageProgress,
    format: formatShare,
    definition: "averageProgress",
    ceiling: 100,
  },
  vigilance: {
    code: "vigilance",
    label: "Actions en retard ou bloquées",
    value: (row) => (row.actionCount === 0 ? null : Math.round((100 * row.vigilanceCount) / row.actionCount)),
    format: formatShare,
    definition: "lateOrBlocked",
    ceiling: 100,
  },
  financements: {
    code: "financements",
    label: "Financements accordés",
    value: (row) => row.fundingGranted,
    format: formatEuros,
    definition: "funding",
  },
  decisions: {
    code: "decisions",
    label: "Décisions en retard",
    value: (row) => row.governance.overdueDecisionCount,
    format: (value) => formatInteger(value),
    definition: "overdueDecisions",
    whole: true,
  },
};

export type MapClass = { index: number; min: number; max: number; label: string };

const CLASS_COUNT = 4;

/**
 * The legend's classes: four of equal, round width (5 %, 250 000 €, 2 décisions…) spanning the
 * values shown, so that territories a few points apart fall in different classes and a class reads
 * "de 50 % à moins de 55 %".
 */
export function mapClasses(indicator: MapIndicator, values: (number | null)[]): MapClass[] {
  const measured = values.filter((value): value is number => value !== null);
  const bounds = roundBounds(Math.min(...measured, Infinity), Math.max(...measured, 0), indicator);
  const { format } = indicator;
  return bounds.slice(0, -1).map((min, index) => {
    const max = bounds[index + 1]!;
    const isLast = index === bounds.length - 2;
    if (indicator.whole) {
      const upper = isLast ? max : max - 1;
      return { index, min, max, label: min === upper ? format(min) : `de ${format(min)} à ${format(upper)}` };
    }
    const label = isLast ? `de ${format(min)} à ${format(max)}` : `de ${format(min)} à moins de ${format(max)}`;
    return { index, min, max, label };
  });
}

/** The class of a value: the last one whose lower bound it reaches. */
export function classOf(classes: MapClass[], value: number): MapClass {
  return [...classes].reverse().find((mapClass) => value >= mapClass.min) ?? classes[0]!;
}

function roundBounds(smallest: number, largest: number, indicator: MapIndicator): number[] {
  const low = Number.isFinite(smallest) ? smallest : 0;
  // Shares and counts are whole numbers: a class narrower than 1 would read "de 97 % à moins de 97 %".
  const integers = indicator.whole || indicator.ceiling !== undefined;
  let step = niceStep((largest - low) / CLASS_COUNT, integers);
  let start = Math.floor(low / step) * step;
  // Starting lower may leave the largest value out of the four classes: widen the step.
  while (start + CLASS_COUNT * step < largest) {
    step = niceStep(step * 1.01, integers);
    start = Math.floor(low / step) * step;
  }
  if (indicator.ceiling !== undefined) start = Math.max(0, Math.min(start, indicator.ceiling - CLASS_COUNT * step));
  return Array.from({ length: CLASS_COUNT + 1 }, (_, index) => start + index * step);
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw` (whole numbers for counts). */
export function niceStep(raw: number, whole: boolean): number {
  if (raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw)!;
  return whole ? Math.ceil(step) : step;
}
