import { median } from "./stats";

export type ServerTimingFigures = { db: number; queries: number; render: number; total: number };

/** Reads our Server-Timing header (lib/observability/server-timing.ts); NaN for a missing metric. */
export function parseServerTiming(header: string): ServerTimingFigures {
  const duration = (name: string) => Number(header.match(new RegExp(`(?:^|, )${name};dur=([\\d.]+)`))?.[1] ?? NaN);
  return {
    db: duration("db"),
    queries: Number(header.match(/\((\d+) quer(?:y|ies)\)/)?.[1] ?? NaN),
    render: duration("render"),
    total: duration("total"),
  };
}

/** One request tells little on a noisy machine: the median of each metric over nine requests. */
export async function medianServerTiming(url: string, cookie: string): Promise<ServerTimingFigures> {
  const samples: ServerTimingFigures[] = [];
  for (let i = 0; i < 9; i += 1) {
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    samples.push(parseServerTiming(response.headers.get("server-timing") ?? ""));
  }
  const of = (key: keyof ServerTimingFigures) => median(samples.map((sample) => sample[key]));
  return { db: of("db"), queries: of("queries"), render: of("render"), total: of("total") };
}
