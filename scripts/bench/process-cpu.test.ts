import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { parseMachineStat, parseProcStat, processTreeCpuSeconds, treeOf } from "./process-cpu";

describe("reading /proc", () => {
  it("counts a process's fields from the last parenthesis: its name may hold spaces and parentheses", () => {
    const line = "4242 (node (serve) x) S 4200 4242 4200 0 -1 4194304 101 0 0 0 1500 320 7 9 20 0 12 0 209535";
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, cpuTicks: 1820 });
  });

  it("finds a process's descendants, not its siblings", () => {
    const stats = [
      { pid: 10, ppid: 1, cpuTicks: 1 },
      { pid: 11, ppid: 10, cpuTicks: 2 },
      { pid: 12, ppid: 11, cpuTicks: 4 },
      { pid: 13, ppid: 1, cpuTicks: 8 },
    ];
    expect(
      treeOf(10, stats)
        .map((stat) => stat.pid)
        .sort(),
    ).toEqual([10, 11, 12]);
    expect(treeOf(99, stats)).toEqual([]);
  });

  it("counts the machine's busy time without idle and I/O wait", () => {
    expect(parseMachineStat("cpu  100 10 40 500 50 0 5 5 0 0\ncpu0 1 2 3 4")).toEqual({ busy: 160, total: 710 });
  });

  it("sees the CPU a running child process spent", { timeout: 20_000 }, async () => {
    const script =
      "const end = Date.now() + 500; while (Date.now() < end); console.log('spun'); setTimeout(() => {}, 20000);";
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await once(child.stdout, "data");
    try {
      expect(processTreeCpuSeconds(child.pid!)).toBeGreaterThanOrEqual(0.4);
    } finally {
      child.kill();
      await once(child, "exit");
    }
  });
});
