"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartProps, ChartValueFormat } from "@/components/ui/chart-types";
import { ChartPatterns, patternFill } from "@/components/ui/chart-patterns";
import { formatEuros, formatInteger, formatPercent } from "@/lib/format";

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

type ChartDrawingProps = Pick<
  ChartProps,
  "kind" | "data" | "series" | "xKey" | "xLabel" | "yLabel" | "valueFormat" | "height" | "width"
> & { patternPrefix: string };

/** Dark enough on white for text (WCAG 1.4.3): recharts draws its axis titles in a light grey. */
const AXIS_TEXT = "#3a3a3a";

/** Splits a label into lines of at most `width` characters, on spaces. */
function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value: unknown } };

/** A category label written whole, on as many lines as it needs: no label is ever dropped. */
function WrappedTick({
  x: rawX = 0,
  y = 0,
  payload,
  anchor,
  width,
}: TickProps & { anchor: "middle" | "end"; width: number }) {
  const x = Number(rawX);
  const lines = wrapLabel(String(payload?.value ?? ""), width);
  const first = anchor === "end" ? -((lines.length - 1) * 14) / 2 : 12;
  return (
    <text x={x} y={y} textAnchor={anchor} fill={AXIS_TEXT} fontSize={12}>
      {lines.map((line, index) => (
        <tspan key={index} x={anchor === "end" ? x - 6 : x} dy={index === 0 ? first + 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Months: a regular rhythm of labels (every month, every second, every third…), never an irregular one. */
function monthInterval(count: number): number {
  if (count <= 6) return 0;
  return Math.ceil(count / 6) - 1;
}

/** Many or long categories read better as horizontal bars, with their names written in full. */
function isHorizontal(kind: ChartProps["kind"], categories: string[]): boolean {
  return kind !== "line" && (categories.length > 4 || categories.some((category) => category.length > 14));
}

const noSubscription = () => () => {};

/**
 * False on the server and while hydrating, true after. A responsive chart has no width on the
 * server, so recharts drew an empty box there after building its whole chart (its store, axes,
 * scales): a fifth of a dashboard's render time (BENCHMARKS.md). The server sends the empty box.
 */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The recharts drawing of a chart (see components/ui/chart.tsx), in the browser for its tooltips. */
export function ChartDrawing({
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
}: ChartDrawingProps) {
  const inBrowser = useInBrowser();
  const format = formatters[valueFormat];
  const axisFormat = axisFormatters[valueFormat];
  const categories = data.map((row) => String(row[xKey] ?? ""));
  const horizontal = isHorizontal(kind, categories);
  const labelWidth = Math.min(Math.max(...categories.map((category) => category.length), 8), 18);
  const drawingHeight = horizontal ? Math.max(height, categories.length * 44 + 70) : height;
  const tick = { fill: AXIS_TEXT, fontSize: 12 };
  const axisTitle = { fill: AXIS_TEXT, fontSize: 12 };
  const valueDomain = valueFormat === "percent" ? [0, 100] : undefined;
  const common = {
    data,
    accessibilityLayer: false,
    layout: horizontal ? ("vertical" as const) : ("horizontal" as const),
    margin: horizontal ? { top: 8, right: 24, bottom: 28, left: 8 } : { top: 8, right: 16, bottom: 24, left: 24 },
  };
  const valueAxisProps = {
    tickFormatter: (value: number) => axisFormat(value),
    domain: valueDomain,
    allowDecimals: false,
    tick,
  };
  const axes = horizontal ? (
    <>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        {...valueAxisProps}
        label={{ value: yLabel, position: "insideBottom", offset: -20, style: axisTitle }}
      />
      <YAxis
        type="category"
        dataKey={xKey}
        interval={0}
        width={labelWidth * 7 + 16}
        tick={(props: TickProps) => <WrappedTick {...props} anchor="end" width={labelWidth} />}
        label={{
          value: xLabel,
          angle: -90,
          position: "insideLeft",
          offset: 0,
          style: { ...axisTitle, textAnchor: "middle" },
        }}
      />
    </>
  ) : (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey={xKey}
        interval={kind === "line" ? monthInterval(categories.length) : 0}
        height={kind === "line" ? 40 : 56}
        tick={kind === "line" ? tick : (props: TickProps) => <WrappedTick {...props} anchor="middle" width={12} />}
        label={{ value: xLabel, position: "insideBottom", offset: -16, style: axisTitle }}
      />
      <YAxis
        {...valueAxisProps}
        width={valueFormat === "euros" ? 80 : 56}
        label={{
          value: yLabel,
          angle: -90,
          position: "insideLeft",
          offset: -8,
          style: { ...axisTitle, textAnchor: "middle" },
        }}
      />
    </>
  );
  const tooltip = <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : String(value ?? "—"))} />;
  let drawing: ReactNode;
  if (kind === "line") {
    drawing = (
      <LineChart {...common} width={width} height={width ? drawingHeight : undefined}>
        {axes}
        {tooltip}
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
      <BarChart {...common} width={width} height={width ? drawingHeight : undefined}>
        {axes}
        {tooltip}
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
            maxBarSize={horizontal ? 28 : 72}
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
      ) : inBrowser ? (
        <ResponsiveContainer width="100%" height={drawingHeight}>
          {drawing}
        </ResponsiveContainer>
      ) : (
        <div className="recharts-responsive-container" style={{ width: "100%", height: drawingHeight, minWidth: 0 }} />
      )}
    </div>
  );
}
