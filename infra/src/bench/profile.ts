/**
 * `npm run bench`: the platform on a campus of 40,000 students (BENCH_STUDENTS), through the real
 * gateway over HTTP, on real PostgreSQL. Prints throughput and latency for the pages people use.
 * Bounded: BENCH_SECONDS per scenario (default 10), BENCH_CONCURRENCY requests in flight (8).
 */
import { callers, startTestPostgres, startTestStack } from "@campus/testkit";
import { generateCampus } from "./campus";
import { subgraphModules } from "../subgraphs";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 40_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const PROFILE = `query StudentProfile($id: ID!) { person(id: $id) { id name kind number cohort degreeLevel politicalStatus
  school { id name } college { id name }
  residence { id bed movedInOn room { id number floor building { id name } } }
  grid { id name branch { id name } } branch { id name kind }
  enrolments { id status enrolledAt session { id startsAt endsAt location course { id code title category } } }
  warnings { id category level status summary raisedAt } } }`;
const LIST_PAGE = `query($first: Int!, $after: String) { people(first: $first, after: $after, filter: { kind: STUDENT }) { totalCount pageInfo { endCursor hasNextPage }
  edges { node { id name number grid { name } warnings { level } } } } }`;
const SEARCH = `query($s: String) { people(first: 20, filter: { search: $s }) { totalCount edges { node { id name number } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function scenario(name: string, run: (i: number) => Promise<void>) {
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

async function main() {
  const stopPostgres = await startTestPostgres(); // DATABASE_URL, or a throwaway embedded server
  const t0 = performance.now();
  const { dataset, students } = generateCampus(STUDENTS);
  const stack = await startTestStack(subgraphModules, { dataset, logLevel: "warn" });
  console.log(`campus of ${students.length} students, ${dataset.residences.length} residences, ${dataset.enrolments.length} enrolments, ${dataset.warnings.length} warnings; seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${CONCURRENCY} requests in flight, ${SECONDS} s per scenario, node ${process.version}, all services in one process\n`);
  try {
    const token = await stack.token(callers.admin());
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(stack.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    // Cursors spread over the whole list, so deep pages are measured too.
    const cursors: (string | null)[] = [null];
    let after: string | null = null;
    for (let page = 0; page < 40; page++) {
      const data = await post(LIST_PAGE, { first: 100, after });
      after = data.people.pageInfo.endCursor;
      cursors.push(after);
    }
    await scenario("student profile (all 4 subgraphs)", async (i) => {
      await post(PROFILE, { id: students[(i * 7919) % students.length]!.id });
    });
    await scenario("student list page (50 rows, 3 subgraphs)", async (i) => {
      await post(LIST_PAGE, { first: 50, after: cursors[i % cursors.length] });
    });
    await scenario("search by name/number prefix", async (i) => {
      await post(SEARCH, { s: i % 2 ? `学生${i % 4000}` : `24${String(i % 40000).padStart(8, "0").slice(0, 6)}` });
    });
  } finally {
    await stack.stop();
    await stopPostgres();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
