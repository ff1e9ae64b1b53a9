import Link from "next/link";
import { useId } from "react";
import { ChartDrawing } from "@/components/ui/chart-drawing";
import { DataTable } from "@/components/ui/data-table";
import { patternFill } from "@/components/ui/chart-patterns";
import type { ChartProps, ChartSeries, ChartTable } from "@/components/ui/chart-types";

export type { ChartProps, ChartSeries, ChartTable, ChartValueFormat } from "@/components/ui/chart-types";

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
