"use client";

import Link from "next/link";
import { useId, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartPatterns, patternFill } from "@/components/ui/chart-patterns";
import type { ChartPattern } from "@/components/ui/chart-colors";
import { formatEuros, formatInteger, formatPercent } from "@/lib/format";

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

const formatters: Record<ChartValueFormat, (value: number) => string> = {
  integer: formatInteger,
  percent: formatPercent,
  euros: formatEuros,
};

const compactEuros = new Intl.NumberFormat("fr-FR", {
  notation: "compact",
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 1,
});

const axisFormatters: Record<ChartValueFormat, (value: number) => string> = {
  integer: formatInteger,
  percent: formatPercent,
  euros: (value) => compactEuros.format(value),
};

/**
 * The one recharts wrapper of the application: title, summary in words, the drawing, a legend in
 * text and the data table. The drawing is hidden from assistive technologies because the table
 * says the same thing in an accessible way.
 */
export function Chart(props: ChartProps) {
  const { title, summary, headingLevel = "h3", empty, table, tableOpen } = props;
  const Heading = headingLevel;
  const id = useId().replace(/:/g, "");
  const headingId = `${id}-titre`;
  return (
    <figure aria-labelledby={headingId} className="ti-chart fr-mb-6w fr-mx-0">
      <Heading id={headingId} className="fr-h5 fr-mb-1w">
        {title}
      </Heading>
      {empty ? (
        <ChartEmptyState message={empty.message} action={empty.action} />
      ) : (
        <>
          <p className="fr-mb-2w">{summary}</p>
          <ChartDrawing {...props} patternPrefix={id} />
          <ChartLegend series={props.series} patternPrefix={id} />
          <details className="ti-chart__data fr-mt-2w" open={tableOpen}>
            <summary className="fr-link">Voir les données du graphique</summary>
            <ChartDataTable table={table} />
          </details>
        </>
      )}
    </figure>
  );
}

function ChartDrawing({
  kind,
  data,
  series,
  xKey,
  xLabel,
  yLabel,
  valueFormat = "integer",
  height = 300,
  width,
  patternPrefix,
}: ChartProps & { patternPrefix: string }) {
  const format = formatters[valueFormat];
  const axisFormat = axisFormatters[valueFormat];
  const common = { data, accessibilityLayer: false, margin: { top: 8, right: 16, bottom: 24, left: 24 } };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={xKey} label={{ value: xLabel, position: "insideBottom", offset: -16 }} />
      <YAxis
        tickFormatter={(value: number) => axisFormat(value)}
        domain={valueFormat === "percent" ? [0, 100] : undefined}
        allowDecimals={false}
        width={valueFormat === "euros" ? 80 : 56}
        label={{ value: yLabel, angle: -90, position: "insideLeft", offset: -8, style: { textAnchor: "middle" } }}
      />
      <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : String(value ?? "—"))} />
    </>
  );
  let drawing: ReactNode;
  if (kind === "line") {
    drawing = (
      <LineChart {...common} width={width} height={width ? height : undefined}>
        {axes}
        {series.map((serie) => (
          <Line
            key={serie.key}
            dataKey={serie.key}
            name={serie.label}
            stroke={serie.color}
            strokeWidth={3}
            dot={{ r: 4, fill: serie.color }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  } else {
    drawing = (
      <BarChart {...common} width={width} height={width ? height : undefined}>
        {axes}
        {series.map((serie) => (
          <Bar
            key={serie.key}
            dataKey={serie.key}
            name={serie.label}
            stackId={kind === "stackedBar" ? "stack" : undefined}
            fill={patternFill(patternPrefix, serie)}
            // A white edge keeps adjacent segments apart whatever their colours.
            stroke="#ffffff"
            strokeWidth={1}
            maxBarSize={72}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    );
  }
  return (
    <div aria-hidden="true" className="ti-chart__drawing">
      <ChartPatterns prefix={patternPrefix} series={series} />
      {width ? (
        drawing
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {drawing}
        </ResponsiveContainer>
      )}
    </div>
  );
}

function ChartLegend({ series, patternPrefix }: { series: ChartSeries[]; patternPrefix: string }) {
  return (
    <ul className="ti-chart__legend fr-raw-list fr-mt-1w" aria-label="Légende">
      {series.map((serie) => (
        <li key={serie.key} className="fr-mr-3w fr-text--sm fr-mb-1v" style={{ display: "inline-flex", gap: "0.5rem" }}>
          <svg width="16" height="16" aria-hidden="true" focusable="false" style={{ flexShrink: 0, marginTop: 3 }}>
            <rect width="16" height="16" fill={patternFill(patternPrefix, serie)} stroke="#3a3a3a" />
          </svg>
          {serie.label}
        </li>
      ))}
    </ul>
  );
}

export function ChartDataTable({ table }: { table: ChartTable }) {
  return (
    <div className="fr-table fr-table--sm fr-mb-0">
      {/* The DSFR lets a wide table scroll sideways: focusable, so that the keyboard can scroll it. */}
      <table tabIndex={0}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.header}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index + 1] ?? index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChartEmptyState({ message, action }: { message: string; action?: { label: string; href: string } }) {
  return (
    <p className="fr-mb-2w">
      {message}
      {action && (
        <>
          {" — "}
          <Link href={action.href}>{action.label}</Link>
        </>
      )}
    </p>
  );
}
