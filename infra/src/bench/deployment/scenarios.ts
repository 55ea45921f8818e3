/**
 * The pages measured, each the web app's own operation with the variables its page sends: a
 * student's profile, the student list (50 rows, at cursors spread over the whole list), the
 * warning queue (open warnings by due time, 20 rows, at cursors spread over the queue), a
 * grid's page for a grid of ~50 and one of ~500 residents, and the campus's grid coverage report.
 */
import type { PersonSeed } from "@campus/demo-data";
import type { SizedGrid } from "../campus";
import type { SubgraphCall } from "./floor";
import { webOperation, type Operation } from "./operations";
import type { Variant } from "./variants";

export interface Scenario {
  key: string;
  title: string;
  operation: Operation;
  /** The variables of request number `i`: spread over students, pages or grids. */
  variables(i: number): Record<string, unknown>;
}

/** `checkin`: the lecture's check-in and its roster afterwards (deployment/check-in.ts). */
export const SCENARIO_KEYS = [
  "profile",
  "list",
  "queue",
  "grid50",
  "grid500",
  "coverage",
  "checkin",
] as const;

/** The warning queue's default view in the web app (web/src/warnings/statuses.ts). */
const OPEN_STATUSES = ["OPEN", "ASSIGNED", "ASSESSED", "INTERVENING", "TRACKING"];

/** Cursors of every page of a connection, asked of the subgraph that owns it (no gateway needed). */
async function pageCursors(
  call: SubgraphCall,
  subgraph: string,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  let after: string | null = null;
  for (;;) {
    const answer = await call(subgraph, query, undefined, { ...variables, after });
    const connection = answer.data?.[field] as
      { pageInfo: { endCursor: string | null; hasNextPage: boolean } } | undefined;
    if (!connection)
      throw new Error(`${subgraph} did not list ${field}: ${JSON.stringify(answer)}`);
    const { endCursor, hasNextPage } = connection.pageInfo;
    if (!hasNextPage || !endCursor) return cursors;
    cursors.push(endCursor);
    after = endCursor;
  }
}

/** About `n` of `list`, evenly spread, always including the first. */
function spread<T>(list: T[], n: number): T[] {
  const step = Math.max(1, Math.floor(list.length / n));
  return list.filter((_, i) => i % step === 0);
}

export interface ScenarioInputs {
  students: PersonSeed[];
  grids: SizedGrid[];
  /** Subgraph calls for setting up (cursors). */
  call: SubgraphCall;
  /** Our gateway, for what the web app asks before a page (the campus calendar). */
  campus: Variant;
  /** Keys of the scenarios to prepare. */
  keys: readonly string[];
}

export async function prepareScenarios(inputs: ScenarioInputs): Promise<Scenario[]> {
  const { students, grids, call, campus, keys } = inputs;
  const scenarios: Scenario[] = [];
  if (keys.includes("profile")) {
    const calendar = webOperation("CampusCalendar");
    const { data } = await campus.send(calendar, {});
    const term = (data as { campusCalendar: { currentTerm: string } }).campusCalendar.currentTerm;
    scenarios.push({
      key: "profile",
      title: "student profile (StudentProfile)",
      operation: webOperation("StudentProfile"),
      variables: (i) => ({ id: students[(i * 7919) % students.length].id, term }),
    });
  }
  if (keys.includes("list")) {
    const cursors = spread(
      await pageCursors(
        call,
        "people",
        "people",
        `query BenchStudentPages($after: String) { people(first: 100, after: $after, filter: { kind: STUDENT }) { pageInfo { endCursor hasNextPage } } }`,
        {},
      ),
      40,
    );
    scenarios.push({
      key: "list",
      title: `student list, 50 rows at ${cursors.length} places (StudentList)`,
      operation: webOperation("StudentList"),
      variables: (i) => ({
        first: 50,
        after: cursors[i % cursors.length],
        filter: { kind: "STUDENT" },
      }),
    });
  }
  if (keys.includes("queue")) {
    const cursors = spread(
      await pageCursors(
        call,
        "evaluation",
        "warnings",
        `query BenchWarningPages($after: String, $statuses: [WarningStatus!]) { warnings(first: 100, after: $after, filter: { statuses: $statuses }, orderBy: DUE_AT) { pageInfo { endCursor hasNextPage } } }`,
        { statuses: OPEN_STATUSES },
      ),
      40,
    );
    scenarios.push({
      key: "queue",
      title: `warning queue, 20 rows at ${cursors.length} places (WarningQueue)`,
      operation: webOperation("WarningQueue"),
      variables: (i) => ({
        first: 20,
        after: cursors[i % cursors.length],
        filter: { statuses: OPEN_STATUSES },
        orderBy: "DUE_AT",
      }),
    });
  }
  for (const grid of grids) {
    const key = grid.residents >= 250 ? "grid500" : "grid50";
    if (!keys.includes(key)) continue;
    scenarios.push({
      key,
      title: `grid page, ${grid.residents} residents (GridPage)`,
      operation: webOperation("GridPage"),
      variables: () => ({ id: grid.id }),
    });
  }
  if (keys.includes("coverage"))
    scenarios.push({
      key: "coverage",
      title:
        "grid coverage report of the whole campus, as an administrator runs it each term (CoverageReportPage)",
      operation: webOperation("CoverageReportPage"),
      variables: () => ({}),
    });
  return scenarios;
}
