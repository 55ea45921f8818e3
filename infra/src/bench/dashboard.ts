/**
 * `npm run bench:dashboard`: the dashboards' queries on a campus of 40,000 students (BENCH_STUDENTS)
 * with a year of early-warning work (one more warning per student over 2024-09 to 2025-08, one
 * assistance case in fifty), through the real gateway over HTTP, on real PostgreSQL, as an
 * administrator (every student counted). Bounded like `npm run bench:inprocess`: BENCH_SECONDS per scenario,
 * BENCH_CONCURRENCY requests in flight.
 */
import { callers, startTestPostgres } from "@campus/testkit";
import { startTestStack } from "../stack";
import { subgraphModules } from "../subgraphs";
import { generateCampus } from "./campus";
import { CONCURRENCY, SECONDS, STUDENTS, poster, scenario } from "./harness";

const YEAR = { from: "2024-09-01T00:00:00+08:00", to: "2025-09-01T00:00:00+08:00" };

const FIGURES = `students raised handled closed overdue suppressed`;
const WARNING_STATISTICS = `total { ${FIGURES} }
  byMonth { month figures { ${FIGURES} } }
  byCategory { category figures { ${FIGURES} } }
  byLevel { level medianHoursToClose meanHoursToClose figures { ${FIGURES} } }`;
const CASE_FIGURES = `students opened graded assisted closed suppressed`;

/** The university dashboard: the year's warnings and cases, campus-wide. */
const UNIVERSITY = `query UniversityDashboard($from: DateTimeISO!, $to: DateTimeISO!) {
  warningStatistics(from: $from, to: $to) { ${WARNING_STATISTICS} }
  assistanceCaseStatistics(from: $from, to: $to) {
    total { ${CASE_FIGURES} }
    byYear { year figures { ${CASE_FIGURES} } }
    byKind { kind figures { ${CASE_FIGURES} } }
    byGrade { grade figures { ${CASE_FIGURES} } }
    byStatus { status cases suppressed }
    overdueMeasuresByTier { tier measures }
  } }`;
/** The college comparison: each residential college's year (its students' ids cross the gateway). */
const COLLEGES = `query CollegeComparison($from: DateTimeISO!, $to: DateTimeISO!) {
  orgUnits(kind: RESIDENTIAL_COLLEGE) { id name warningStatistics(from: $from, to: $to) { total { ${FIGURES} } byLevel { level figures { ${FIGURES} } } } } }`;
/** The school comparison: 25 schools. */
const SCHOOLS = `query SchoolComparison($from: DateTimeISO!, $to: DateTimeISO!) {
  orgUnits(kind: SCHOOL) { id name warningStatistics(from: $from, to: $to) { total { ${FIGURES} } } } }`;
/** One college's dashboard. */
const COLLEGE = `query CollegeDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  orgUnit(id: $id) { id name warningStatistics(from: $from, to: $to) { ${WARNING_STATISTICS} } } }`;
/** The building → floor heat map of open warnings (the web app's OpenWarningsDashboard). */
const HEAT_MAP = `query OpenWarningsDashboard { campuses { id name buildings { id name grids { id name
  floors warningStats { residents counted open overdue } } } } }`;
/** A college's warnings of the year, first page: where a dashboard's figure links to. */
const COLLEGE_LIST = `query CollegeWarnings($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  orgUnit(id: $id) { warnings(first: 50, filter: { raisedFrom: $from, raisedBefore: $to }) {
    totalCount edges { node { id category level status raisedAt person { id name number } } } } } }`;

async function main() {
  const stopPostgres = await startTestPostgres(); // DATABASE_URL, or a throwaway embedded server
  const t0 = performance.now();
  const { dataset, students } = generateCampus(STUDENTS, { yearOfWarnings: true });
  const stack = await startTestStack(subgraphModules, {
    dataset,
    logLevel: "warn",
    gateway: { rateLimits: { userRequests: Number.MAX_SAFE_INTEGER } },
  });
  console.log(
    `campus of ${students.length} students, ${dataset.warnings.length} warnings, ${dataset.assistanceCases.length} assistance cases; seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `${CONCURRENCY} requests in flight, ${SECONDS} s per scenario, node ${process.version}, all services in one process\n`,
  );
  try {
    const post = poster(stack.gateway.graphqlUrl, await stack.token(callers.admin()));
    const colleges = dataset.orgUnits.filter((unit) => unit.kind === "RESIDENTIAL_COLLEGE");
    const college = (i: number) => colleges[i % colleges.length].id;
    // One answer each first: a query the API refuses fails here, not as a row of failures.
    const year = await post<{ warningStatistics: { total: { raised: number; handled: number } } }>(
      UNIVERSITY,
      YEAR,
    );
    console.log(
      `the year: ${year.warningStatistics.total.raised} warnings raised, ${year.warningStatistics.total.handled} handled\n`,
    );
    await post(COLLEGES, YEAR);
    await post(SCHOOLS, YEAR);
    await post(COLLEGE, { id: college(0), ...YEAR });
    await post(HEAT_MAP);
    await post(COLLEGE_LIST, { id: college(0), ...YEAR });

    await scenario("university dashboard (warnings + cases)", async () => {
      await post(UNIVERSITY, YEAR);
    });
    await scenario("college comparison (9 colleges)", async () => {
      await post(COLLEGES, YEAR);
    });
    await scenario("school comparison (25 schools)", async () => {
      await post(SCHOOLS, YEAR);
    });
    await scenario("one college's dashboard", async (i) => {
      await post(COLLEGE, { id: college(i), ...YEAR });
    });
    await scenario("a college's warnings of the year, page 1", async (i) => {
      await post(COLLEGE_LIST, { id: college(i), ...YEAR });
    });
    await scenario("heat map: buildings × floors", async () => {
      await post(HEAT_MAP);
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
