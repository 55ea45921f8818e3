/**
 * CPU time of processes, from Linux's /proc/<pid>/stat (user + system time in clock ticks). For a
 * server with children (PostgreSQL: the postmaster and one backend per connection, plus its
 * workers) the sum of the live ones and of the children it has already reaped, so a backend that
 * ends between two readings is still counted.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!Number.isFinite(ticksPerSecond) || ticksPerSecond <= 0) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

interface Stat {
  ppid: number;
  /** utime + stime, in ticks. */
  own: number;
  /** cutime + cstime: children already waited for. */
  reaped: number;
}

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const n = (i: number) => Number(fields[i - 3]);
  return { ppid: n(4), own: n(14) + n(15), reaped: n(16) + n(17) };
}

/** CPU milliseconds a process has used so far; undefined when it is not running. */
export function processCpuMs(pid: number): number | undefined {
  const stat = readStat(pid);
  return stat ? (stat.own * 1000) / clockTicks() : undefined;
}

/** CPU milliseconds a server and all its children have used so far (live and reaped). */
export function processTreeCpuMs(pid: number): number | undefined {
  const root = readStat(pid);
  if (!root) return undefined;
  let ticks = root.own + root.reaped;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === pid) ticks += stat.own;
  }
  return (ticks * 1000) / clockTicks();
}
