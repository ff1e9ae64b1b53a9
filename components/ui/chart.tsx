import Link from "next/link";
import { useId } from "react";
import { ChartDrawing } from "@/components/ui/chart-drawing";
import { DataTable } from "@/components/ui/data-table";
import { patternFill } from "@/components/ui/chart-patterns";
import type { ChartPattern } from "@/components/ui/chart-colors";

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

/**
 * The one recharts wrapper of the application: title, summary in words, the drawing, a legend in
 * text and the data table. The drawing is hidden from assistive technologies because the table
 * says the same thing in an accessible way. Only the drawing runs in the browser: the rest is
 * rendered on the server and not sent a second time as the drawing's props.
 */
export function Chart(props: ChartProps) {
  const { title, summary, definition, headingLevel = "h3", empty, table, tableOpen } = props;
  const Heading = headingLevel;
  const id = useId().replace(/:/g, "");
  const headingId = `${id}-titre`;
  return (
    <figure aria-labelledby={headingId} className="ti-chart fr-mb-6w fr-mx-0">
      <Heading id={headingId} className="fr-h5 fr-mb-1w">
        {title}
      </Heading>
      {definition && <p className="fr-text--xs fr-mb-1w ti-definition">{definition}</p>}
      {empty ? (
        <ChartEmptyState message={empty.message} action={empty.action} />
      ) : (
        <>
          <p className="fr-mb-2w">{summary}</p>
          <ChartDrawing
            kind={props.kind}
            data={props.data}
            series={props.series}
            xKey={props.xKey}
            xLabel={props.xLabel}
            yLabel={props.yLabel}
            valueFormat={props.valueFormat}
            height={props.height}
            width={props.width}
            patternPrefix={id}
          />
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
    <DataTable size="sm" className="fr-mb-0" caption={table.caption}>
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
    </DataTable>
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
