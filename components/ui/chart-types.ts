import type { ChartPattern } from "@/components/ui/chart-colors";

// The chart's props, apart from the components, so that the server wrapper (chart.tsx) and the
// browser drawing (chart-drawing.tsx) both read them without importing each other.

export type ChartSeries = { key: string; label: string; color: string; pattern?: ChartPattern };

/** A name rather than a function: charts are rendered by server components, which cannot pass functions. */
export type ChartValueFormat = "integer" | "percent" | "euros";

export type ChartTable = {
  caption: string;
  columns: string[];
  /** The first cell of each row is its header (`th scope="row"`); cells are already formatted. */
  rows: { header: string; cells: string[] }[];
};

export type ChartProps = {
  title: string;
  /** One sentence in words saying what the chart shows, for everyone who does not read charts. */
  summary: string;
  /** One short line saying what the chart counts (lib/dashboard/definitions.ts). */
  definition?: string;
  kind: "stackedBar" | "bar" | "line";
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  xKey: string;
  xLabel: string;
  yLabel: string;
  valueFormat?: ChartValueFormat;
  table: ChartTable;
  /** When set, the chart is replaced by this message saying what to do. */
  empty?: { message: string; action?: { label: string; href: string } };
  headingLevel?: "h2" | "h3";
  height?: number;
  /** A fixed width (printed report); otherwise the chart follows its container. */
  width?: number;
  /** Opens the data table (printed report, where a closed table would print nothing). */
  tableOpen?: boolean;
};
