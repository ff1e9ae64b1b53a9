import type { ChartPattern } from "@/components/ui/chart-colors";

type PatternedSeries = { key: string; color: string; pattern?: ChartPattern };

function patternId(prefix: string, key: string): string {
  return `${prefix}-motif-${key}`;
}

/** The fill of a series: its plain colour, or its pattern drawn over that colour. */
export function patternFill(prefix: string, series: PatternedSeries): string {
  return series.pattern && series.pattern !== "none" ? `url(#${patternId(prefix, series.key)})` : series.color;
}

/**
 * SVG patterns shared by the chart and its legend (a `fill="url(#…)"` reaches any SVG of the
 * document), so that series confused by colour-blind people still look different.
 */
export function ChartPatterns({ prefix, series }: { prefix: string; series: PatternedSeries[] }) {
  const patterned = series.filter((serie) => serie.pattern && serie.pattern !== "none");
  if (patterned.length === 0) return null;
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        {patterned.map((serie) => (
          <pattern key={serie.key} id={patternId(prefix, serie.key)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={serie.color} />
            {serie.pattern === "diagonal" && (
              <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" strokeWidth="1.5" />
            )}
            {serie.pattern === "crosshatch" && <path d="M0,0 l8,8 M8,0 l-8,8" stroke="#ffffff" strokeWidth="1.25" />}
            {serie.pattern === "dots" && <circle cx="4" cy="4" r="1.5" fill="#ffffff" />}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
