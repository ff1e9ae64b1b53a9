// The CPU a process (and the processes it started) used, and how busy the whole machine was, read
// from Linux's /proc: what `npm run bench -- --instances N` reports for each instance and the proxy.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type ProcStat = { pid: number; ppid: number; cpuTicks: number };

/**
 * One /proc/<pid>/stat line. The command name (field 2) is in parentheses and may itself hold spaces
 * and parentheses, so the fields are counted from the last ")": state, ppid, ... utime (14th field)
 * and stime (15th), in clock ticks.
 */
export function parseProcStat(line: string): ProcStat {
  const end = line.lastIndexOf(")");
  const fields = line.slice(end + 2).split(" ");
  return {
    pid: Number(line.slice(0, line.indexOf(" "))),
    ppid: Number(fields[1]),
    cpuTicks: Number(fields[11]) + Number(fields[12]),
  };
}

/** Clock ticks per second (USER_HZ), the unit of /proc's CPU times. */
export const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.push(parseProcStat(readFileSync(`/proc/${entry}/stat`, "utf8")));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return stats;
}

/** The processes of a tree: `rootPid` and its descendants, from (pid, ppid) pairs. */
export function treeOf(rootPid: number, stats: ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const pending = stats.filter((stat) => stat.pid === rootPid);
  while (pending.length > 0) {
    const stat = pending.pop()!;
    tree.push(stat);
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/** CPU seconds (user + system) used so far by `rootPid` and the processes it started that still run. */
export function processTreeCpuSeconds(rootPid: number): number {
  const ticks = treeOf(rootPid, readAllStats()).reduce((sum, stat) => sum + stat.cpuTicks, 0);
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** The first line of /proc/stat: every CPU's time so far, in ticks, and how much of it was idle. */
export function parseMachineStat(text: string): { busy: number; total: number } {
  const [, ...values] = text.split("\n")[0]!.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal (guest times are already counted in user).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number) as number[];
  const total = user! + nice! + system! + idle! + iowait! + irq! + softirq! + (steal ?? 0);
  return { busy: total - idle! - iowait!, total };
}

/** CPU seconds the whole machine (every process, every core) spent busy so far. */
export function machineBusySeconds(): number {
  return parseMachineStat(readFileSync("/proc/stat", "utf8")).busy / CLOCK_TICKS_PER_SECOND;
}
