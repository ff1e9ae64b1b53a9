"use client";

import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartProps, ChartValueFormat } from "@/components/ui/chart";
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
