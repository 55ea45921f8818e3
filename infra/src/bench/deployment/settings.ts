import { join } from "node:path";
import { repoRoot } from "../../env";
import { SCENARIO_KEYS } from "./scenarios";
import { VARIANTS, type VariantName } from "./variants";

/** What `npm run bench` measures, from BENCH_* variables; every problem reported at once. */
export interface BenchSettings {
  students: number;
  /** Seconds each (page, in-flight, variant) measurement runs. */
  seconds: number;
  /** Seconds each variant runs a page before its first measurement (not counted). */
  warmupSeconds: number;
  levels: number[];
  scenarios: string[];
  variants: VariantName[];
  /** Where CPU profiles go, when asked for. */
  profileDir?: string;
  /** Print each page's costliest SQL statements (pg_stat_statements; BENCH_PG_STATEMENTS=1). */
  pgStatements: boolean;
  /** Write the section of docs/BENCHMARKS.md (BENCH_DOCS=0: only print). */
  writeDocs: boolean;
  /** A line shown above the results, e.g. that the machine was busy. */
  note?: string;
  /** The command as typed, for the report. */
  command: string;
}

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const problems: string[] = [];
  const positive = (name: string, fallback: number, integer: boolean) => {
    const text = env[name];
    const value = text === undefined || text === "" ? fallback : Number(text);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
      problems.push(`${name} is not a positive ${integer ? "whole " : ""}number: ${text}`);
    return value;
  };
  const list = <T extends string>(name: string, all: readonly T[]): T[] => {
    const text = env[name];
    if (!text) return [...all];
    const wanted = text.split(",").map((s) => s.trim());
    const unknown = wanted.filter((w) => !all.includes(w as T));
    if (unknown.length)
      problems.push(`${name} names ${unknown.join(", ")}; choose from ${all.join(", ")}`);
    return all.filter((a) => wanted.includes(a));
  };
  const levelsText = env.BENCH_LEVELS ?? "1,8,32";
  const levels = levelsText.split(",").map((s) => Number(s.trim()));
  if (levels.some((n) => !Number.isInteger(n) || n < 1))
    problems.push(`BENCH_LEVELS is not a list of whole numbers: ${levelsText}`);
  const profile = env.BENCH_PROFILE;
  const settings: BenchSettings = {
    students: positive("BENCH_STUDENTS", 40_000, true),
    seconds: positive("BENCH_SECONDS", 5, false),
    warmupSeconds: env.BENCH_WARMUP === "0" ? 0 : positive("BENCH_WARMUP", 1, false),
    levels,
    pgStatements: env.BENCH_PG_STATEMENTS === "1",
    scenarios: list("BENCH_SCENARIOS", SCENARIO_KEYS),
    variants: list("BENCH_VARIANTS", VARIANTS),
    profileDir:
      !profile || profile === "0"
        ? undefined
        : profile === "1"
          ? join(repoRoot, ".data/bench-profiles", new Date().toISOString().replace(/[:.]/g, "-"))
          : profile,
    writeDocs: env.BENCH_DOCS !== "0",
    note: env.BENCH_NOTE || undefined,
    command: [
      ...Object.keys(env)
        .filter((k) => k.startsWith("BENCH_") && k !== "BENCH_NOTE")
        .sort()
        .map((k) => `${k}=${env[k]}`),
      "npm run bench",
    ].join(" "),
  };
  if (problems.length) throw new Error(`benchmark settings:\n- ${problems.join("\n- ")}`);
  return settings;
}
