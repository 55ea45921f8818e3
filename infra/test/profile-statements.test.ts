import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { generateCampus } from "../src/bench/campus";
import { webOperation, type Operation } from "../src/bench/deployment/operations";

/**
 * The statements of one profile (a student with a residence, two enrolments, a warning and an
 * inbox), per subgraph, as `npm run bench` reads them from `campus_db_statements_total`:
 * - organisation 2, in one call: the current residence with its room, building, grid and branch
 *   in one join; the school and college (answered here beside the residence, `@requires` of their
 *   ids) in one.
 * - people 5: the person, the access records' page with its total, the person again for
 *   responsibleStaff (the plan's second hop), the staff on duty, and the audit of sensitive reads.
 * - curriculum 1: the enrolments with their sessions and courses joined.
 * - evaluation 8: warnings, cases, the inbox page with its total, the unread count, the resources
 *   pushed, the term's scheme, its points, the growth record's page with its total.
 * Before issue 9: organisation 7 in 3 calls, people 6, curriculum 3, evaluation 10.
 */
const PROFILE_STATEMENTS = { organisation: 2, people: 5, curriculum: 1, evaluation: 8 };
const PROFILE_CALLS = { organisation: 1, people: 2, curriculum: 1, evaluation: 1 };

/** One sample of a metric from Prometheus text, by name and exact label set. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(",");
  for (const line of text.split("\n")) {
    const match = line.match(/^([a-zA-Z_:][\w:]*)\{(.*)\} (\S+)$/);
    if (
      match &&
      match[1] === name &&
      match[2]
        .split(/,(?=[a-zA-Z_]+=")/)
        .sort()
        .join(",") === wanted
    )
      return Number(match[3]);
  }
  return 0;
}

async function metricsText(url: string): Promise<string> {
  const response = await fetch(new URL("/metrics", url));
  expect(response.status).toBe(200);
  return response.text();
}

/**
 * What the web app's own pages cost in SQL through the gateway, per subgraph, on the benchmark's
 * campus shape: the student profile (every subgraph) and a grid's page at 50 and at 500
 * residents. Counts, never timings: a change that adds a statement or a subgraph call per
 * profile, or makes a grid's statements grow with its residents, fails here.
 */
describe("SQL statements per page through the gateway", () => {
  const campus = generateCampus(620, { gridSizes: [50, 500] });
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: campus.dataset });
  }, 120_000);
  afterAll(() => stack?.stop());

  const names = () => Object.keys(stack.subgraphs);

  /** Statements (from each subgraph's /metrics) and subgraph calls (the gateway's) per subgraph. */
  async function counters() {
    const gateway = await metricsText(stack.gateway.url);
    const statements: Record<string, number> = {};
    const calls: Record<string, number> = {};
    for (const name of names()) {
      const text = await metricsText(stack.subgraphs[name].url);
      statements[name] = sample(text, "campus_db_statements_total", { service: name });
      calls[name] = sample(gateway, "campus_subgraph_request_duration_seconds_count", {
        service: "gateway",
        subgraph: name,
        outcome: "200",
      });
    }
    return { statements, calls };
  }

  async function costOf(operation: Operation, variables: Record<string, unknown>) {
    const before = await counters();
    const res = await stack.query(operation.text, variables);
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
    const after = await counters();
    const rise = (key: "statements" | "calls") =>
      Object.fromEntries(names().map((name) => [name, after[key][name] - before[key][name]]));
    return { statements: rise("statements"), calls: rise("calls") };
  }

  it("a student profile: 16 statements, organisation's 2 in one call", async () => {
    const calendar = await stack.query<{ campusCalendar: { currentTerm: string } }>(
      webOperation("CampusCalendar").text,
    );
    const term = calendar.data?.campusCalendar.currentTerm;
    expect(term).toBeTruthy();
    const profile = webOperation("StudentProfile");
    await costOf(profile, { id: campus.students[6].id, term }); // first-request work is not measured
    for (const student of [campus.students[0], campus.students[600]]) {
      const cost = await costOf(profile, { id: student.id, term });
      expect(cost.statements).toEqual(PROFILE_STATEMENTS);
      expect(cost.calls).toEqual(PROFILE_CALLS);
    }
  });

  it("a grid of 500 residents costs the statements of a grid of 50", async () => {
    const [fifty, fiveHundred] = campus.grids;
    expect([fifty.residents, fiveHundred.residents]).toEqual([50, 500]);
    const gridPage = webOperation("GridPage");
    await costOf(gridPage, { id: fifty.id });
    const small = await costOf(gridPage, { id: fifty.id });
    const large = await costOf(gridPage, { id: fiveHundred.id });
    expect(large).toEqual(small);
    // organisation: the grid with its building and branch, the resident count, the resident ids (plain rows); evaluation: the statistics.
    expect(small.statements).toEqual({ organisation: 3, people: 0, curriculum: 0, evaluation: 1 });
  });
});
