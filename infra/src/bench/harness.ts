/**
 * What the benchmark scripts share: their settings, the GraphQL client they call the gateway with,
 * and the timed loop that measures a read path under load.
 */

/** Students on the generated campus (BENCH_STUDENTS, default 40,000). */
export const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 40_000);
/** Seconds each scenario runs (BENCH_SECONDS, default 10). */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Requests in flight during a scenario (BENCH_CONCURRENCY, default 8). */
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

/** The value at percentile `p` (0–100) of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * A GraphQL call through the gateway: the data, or an Error carrying the errors (or the HTTP status).
 * `T` is the shape the caller's query selects; the gateway validated the query against the schema.
 */
export type Post = <T = unknown>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The gateway answered with something that is not a GraphQL response (e.g. 413 for a body over its limit). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body}`);
  }
}

/** Posts operations to `graphqlUrl` with `token` as the bearer; GraphQL errors and non-JSON answers throw. */
export function poster(graphqlUrl: string, token: string): Post {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: T; errors?: unknown[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new HttpError(res.status, text.slice(0, 200));
    }
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
}

/**
 * Runs `run` from CONCURRENCY loops for SECONDS and prints one line: requests, requests/s, p50,
 * p95, p99 and failures. `i` counts calls, so a scenario can spread its arguments.
 */
export async function scenario(name: string, run: (i: number) => Promise<void>): Promise<void> {
  const latencies: number[] = [];
  let failures = 0;
  let i = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await run(i++);
          latencies.push(performance.now() - t);
        } catch {
          failures++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(42)} ${String(latencies.length).padStart(6)} req  ${(latencies.length / elapsed).toFixed(1).padStart(7)} req/s  ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  failures ${failures}`,
  );
}
