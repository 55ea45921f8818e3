/**
 * Which SQL statements a page costs PostgreSQL (BENCH_PG_STATEMENTS=1): pg_stat_statements,
 * preloaded in the embedded server, is reset before a page's timed cells and read after them,
 * each statement's execution time divided by the page's requests. The statements keep the label
 * comment each subgraph puts on them, so a line names its repository method.
 */
import { Client } from "pg";

/** Flags for the embedded server: the extension must be loaded when the server starts. */
export const PG_STATEMENTS_FLAGS = [
  "-c",
  "shared_preload_libraries=pg_stat_statements",
  "-c",
  "pg_stat_statements.track=top",
];

export interface StatementCost {
  calls: number;
  totalMs: number;
  rows: number;
  query: string;
}

export interface StatementProbe {
  reset(): Promise<void>;
  /** The costliest statements since the reset, by total execution time. */
  top(limit: number): Promise<StatementCost[]>;
  close(): Promise<void>;
}

/** The probe on the bench's database; undefined (with the reason printed) if the server lacks the extension. */
export async function statementProbe(url: string): Promise<StatementProbe | undefined> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("create extension if not exists pg_stat_statements");
    await client.query("select pg_stat_statements_reset()");
  } catch (error) {
    console.log(
      `BENCH_PG_STATEMENTS: pg_stat_statements is not available on this server (${error instanceof Error ? error.message : String(error)})`,
    );
    await client.end();
    return undefined;
  }
  return {
    async reset() {
      await client.query("select pg_stat_statements_reset()");
    },
    async top(limit) {
      const { rows } = await client.query<{
        calls: string;
        total: number;
        rows: string;
        query: string;
      }>(
        `select calls, total_exec_time as total, rows, query from pg_stat_statements
          where dbid = (select oid from pg_database where datname = current_database())
            and query not ilike '%pg_stat_statements%'
          order by total_exec_time desc limit $1`,
        [limit],
      );
      return rows.map((r) => ({
        calls: Number(r.calls),
        totalMs: r.total,
        rows: Number(r.rows),
        query: r.query,
      }));
    },
    close: () => client.end(),
  };
}

/** One line per statement: execution ms and calls per request, rows per call, the text's start. */
export function statementLines(costs: StatementCost[], requests: number): string[] {
  const per = (n: number) => (requests > 0 ? n / requests : 0);
  return costs.map((c) => {
    const text = c.query.replace(/\s+/g, " ").slice(0, 150);
    return `  ${per(c.totalMs).toFixed(2).padStart(7)} ms/request ${per(c.calls).toFixed(2).padStart(6)} calls/request ${(c.calls ? c.rows / c.calls : 0).toFixed(0).padStart(6)} rows/call  ${text}`;
  });
}
