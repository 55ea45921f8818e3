/**
 * One measurement: `inFlight` loops sending requests for a fixed time, with the latency of each,
 * the CPU time every process of the deployment spent meanwhile (read before and after, outside
 * the timed window), and the SQL statements each subgraph sent (its campus_db_statements_total).
 */
import { processCpuMs, processTreeCpuMs } from "./cpu";

/** A process whose CPU time is read: our gateway or a peer, a subgraph, PostgreSQL. */
export interface Watched {
  key: string;
  pid: number;
  /** PostgreSQL: the postmaster and all its backends. */
  tree?: boolean;
}

export interface Probes {
  processes: Watched[];
  /** Statements sent so far, by subgraph. */
  statements(): Promise<Record<string, number>>;
}

export interface Cell {
  requests: number;
  failures: number;
  /** Answers that had data and also errors (a field refused, a subgraph's error). */
  withErrors: number;
  firstFailure?: string;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request, by process key, and `client` for the benchmark's own process. */
  cpuMs: Record<string, number>;
  /** SQL statements per request, by subgraph. */
  statements: Record<string, number>;
}

export type Send = (i: number) => Promise<{ errors: number }>;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function readCpu(processes: Watched[]): Record<string, number> {
  const readings: Record<string, number> = {};
  for (const p of processes) {
    const ms = p.tree ? processTreeCpuMs(p.pid) : processCpuMs(p.pid);
    if (ms === undefined) throw new Error(`${p.key} (pid ${p.pid}) is no longer running`);
    readings[p.key] = ms;
  }
  const own = process.cpuUsage();
  readings.client = (own.user + own.system) / 1000;
  return readings;
}

/**
 * Sends requests from `inFlight` loops for `seconds`, or until `limit` requests are sent when it
 * is given (a burst: each request once, e.g. each student's check-in); `next` numbers them
 * across calls.
 */
export async function measure(
  send: Send,
  inFlight: number,
  seconds: number,
  probes: Probes,
  next: { i: number },
  limit = Infinity,
): Promise<Cell> {
  const statementsBefore = await probes.statements();
  const cpuBefore = readCpu(probes.processes);
  const latencies: number[] = [];
  let failures = 0;
  let withErrors = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let issued = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline && issued < limit) {
        issued++;
        const t = performance.now();
        try {
          const { errors } = await send(next.i++);
          latencies.push(performance.now() - t);
          if (errors) withErrors++;
        } catch (error) {
          failures++;
          firstFailure ??= (error as Error).message;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = readCpu(probes.processes);
  const statementsAfter = await probes.statements();
  const requests = latencies.length + failures;
  latencies.sort((a, b) => a - b);
  const per = (x: number) => (requests ? x / requests : NaN);
  return {
    requests,
    failures,
    withErrors,
    firstFailure,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMs: Object.fromEntries(
      Object.keys(cpuAfter).map((key) => [key, per(cpuAfter[key] - cpuBefore[key])]),
    ),
    statements: Object.fromEntries(
      Object.keys(statementsAfter).map((name) => [
        name,
        per(statementsAfter[name] - (statementsBefore[name] ?? 0)),
      ]),
    ),
  };
}

/** Each subgraph's campus_db_statements_total, read from its /metrics. */
export function statementsFromMetrics(
  metricsUrls: Record<string, string>,
  token: string,
): () => Promise<Record<string, number>> {
  return async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(metricsUrls).map(async ([name, url]) => {
          const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
          const text = await response.text();
          const line = text
            .split("\n")
            .find((l) => l.startsWith(`campus_db_statements_total{service="${name}"} `));
          if (!response.ok || !line)
            throw new Error(
              `${name}'s /metrics has no campus_db_statements_total: ${text.slice(0, 200)}`,
            );
          return [name, Number(line.slice(line.lastIndexOf(" ") + 1))] as const;
        }),
      ),
    );
}
