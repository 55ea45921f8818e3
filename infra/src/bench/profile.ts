/**
 * `npm run bench:inprocess`: the platform on a campus of 40,000 students (BENCH_STUDENTS), every
 * service in this one process (the test harness), through the real gateway over HTTP, on real
 * PostgreSQL. Prints throughput and latency for the pages people use. Bounded: BENCH_SECONDS per
 * scenario (default 10), BENCH_CONCURRENCY requests in flight (8). `npm run bench` measures the
 * deployment as it runs, each service its own process (deployment.ts).
 */
import { callers, startTestPostgres } from "@campus/testkit";
import { startTestStack } from "../stack";
import { generateCampus } from "./campus";
import { CONCURRENCY, SECONDS, STUDENTS, poster, scenario } from "./harness";
import { subgraphModules } from "../subgraphs";

const PROFILE = `query StudentProfile($id: ID!) { person(id: $id) { id name kind number cohort degreeLevel politicalStatus
  school { id name } college { id name }
  residence { id bed movedInOn room { id number floor building { id name } } }
  grid { id name branch { id name } } branch { id name kind }
  enrolments { id status enrolledAt session { id startsAt endsAt location course { id code title category } } }
  warnings { id category level status summary raisedAt } } }`;
const LIST_PAGE = `query($first: Int!, $after: String) { people(first: $first, after: $after, filter: { kind: STUDENT }) { totalCount pageInfo { endCursor hasNextPage }
  edges { node { id name number grid { name } warnings { level } } } } }`;
const SEARCH = `query($s: String) { people(first: 20, filter: { search: $s }) { totalCount edges { node { id name number } } } }`;

async function main() {
  const stopPostgres = await startTestPostgres(); // DATABASE_URL, or a throwaway embedded server
  const t0 = performance.now();
  const { dataset, students } = generateCampus(STUDENTS);
  // The per-user limit still counts every request (its cost is measured) but never refuses the load.
  const stack = await startTestStack(subgraphModules, {
    dataset,
    logLevel: "warn",
    gateway: { rateLimits: { userRequests: Number.MAX_SAFE_INTEGER } },
  });
  console.log(
    `campus of ${students.length} students, ${dataset.residences.length} residences, ${dataset.enrolments.length} enrolments, ${dataset.warnings.length} warnings; seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `${CONCURRENCY} requests in flight, ${SECONDS} s per scenario, node ${process.version}, all services in one process\n`,
  );
  try {
    const token = await stack.token(callers.admin());
    const post = poster(stack.gateway.graphqlUrl, token);
    // Cursors spread over the whole list, so deep pages are measured too.
    const cursors: (string | null)[] = [null];
    let after: string | null = null;
    for (let page = 0; page < 40; page++) {
      const data: { people: { pageInfo: { endCursor: string | null } } } = await post(LIST_PAGE, {
        first: 100,
        after,
      });
      after = data.people.pageInfo.endCursor;
      cursors.push(after);
    }
    await scenario("student profile (all 4 subgraphs)", async (i) => {
      await post(PROFILE, { id: students[(i * 7919) % students.length].id });
    });
    await scenario("student list page (50 rows, 3 subgraphs)", async (i) => {
      await post(LIST_PAGE, { first: 50, after: cursors[i % cursors.length] });
    });
    await scenario("search by name/number prefix", async (i) => {
      await post(SEARCH, {
        s:
          i % 2
            ? `学生${i % 4000}`
            : `24${String(i % 40000)
                .padStart(8, "0")
                .slice(0, 6)}`,
      });
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
