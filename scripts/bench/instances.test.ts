import { describe, expect, it } from "vitest";
import { renderInstancesSection, type InstancesRun } from "./instances";

const run = (instances: number, requestsPerSecond: number, processes: [string, number][]): InstancesRun => ({
  page: "Territory dashboard",
  instances,
  connections: 10,
  requests: requestsPerSecond * 5,
  requestsPerSecond,
  p50: 80,
  p95: 120,
  p99: 150,
  errors: 0,
  processes: processes.map(([name, cores]) => ({ name, cores })),
  machineCores: 1.9,
});

describe("the report's section on several instances", () => {
  it("puts one and two instances side by side, with each process's CPU and the gain", () => {
    const section = renderInstancesSection(
      [
        run(1, 40, [
          ["instance 1", 0.9],
          ["proxy (caddy)", 0.2],
        ]),
        run(2, 46, [
          ["instance 1", 0.55],
          ["instance 2", 0.5],
          ["proxy (caddy)", 0.25],
        ]),
      ],
      5,
    );
    expect(section).toContain("## Several instances behind one proxy (`--instances 2`)");
    expect(section).toContain(
      "| page | instances | req/s | p50 (ms) | p95 (ms) | errors | CPU instance 1 | CPU instance 2 | CPU proxy (caddy) | CPU machine |",
    );
    expect(section).toContain("| Territory dashboard | 1 | 40.0 | 80.0 | 120.0 | 0 | 0.90 | — | 0.20 | 1.90 |");
    expect(section).toContain("| Territory dashboard | 2 | 46.0 | 80.0 | 120.0 | 0 | 0.55 | 0.50 | 0.25 | 1.90 |");
    expect(section).toContain("- Territory dashboard: 2 instances serve 1.15× the requests per second of one.");
  });
});
