/**
 * `npm run bench:evaluation`: the evaluation subgraph's set-based work on a campus of 40,000
 * students (BENCH_STUDENTS), through the real gateway over HTTP, on real PostgreSQL: indicator
 * ingestion, the warning engine, a backtest, escalation and resource push runs, then the warning
 * queue and grid statistics under load (BENCH_SECONDS per scenario, BENCH_CONCURRENCY in flight).
 * Batches hold BENCH_BATCH records (default 5,000, the most ingestIndicators takes).
 *
 * The engine's passes are set against one sequential scan of indicator_record (`count(*)` with
 * index scans off): the pass through the gateway, and the engine's statement alone (run in a
 * transaction rolled back, so a pass that raises can be repeated). VACUUM ANALYZE of the indicator
 * and warning tables runs first (BENCH_VACUUM=0 leaves the tables as ingestion left them);
 * BENCH_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of the scan and of the engine's statement, for
 * a pass that raises and one that raises nothing.
 */
import { loadavg } from "node:os";
import { DatasetBuilder, type Dataset, type PersonSeed } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { table } from "@campus/subgraph/data";
import { callerFor, startTestPostgres } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../stack";
import { generateCampus } from "./campus";
import { CONCURRENCY, SECONDS, STUDENTS, percentile, poster, scenario, type Post } from "./harness";
import { subgraphModules } from "../subgraphs";

const BATCH = Number(process.env.BENCH_BATCH ?? 5000);
/** BENCH_KEEP_DEMO_HISTORY=1 keeps the evaluation seed's demo indicator history (see dropDemoHistory). */
const KEEP_DEMO_HISTORY = process.env.BENCH_KEEP_DEMO_HISTORY === "1";
const DAY = 86_400_000;
const VACUUM = process.env.BENCH_VACUUM !== "0";
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";

const INGEST = `mutation Ingest($input: IngestIndicatorsInput!) { ingestIndicators(input: $input) { replayed batch { id accepted rejected } } }`;
const ENGINE = `mutation { runWarningEngine { rulesEvaluated raised alreadyOpen } }`;
const RULES = `{ warningRules(first: 100) { edges { node { id code currentVersion { windowDays conditions { indicator aggregate operator threshold } } } } } }`;
const BACKTEST = `query($input: BacktestWarningRuleInput!) { backtestWarningRule(input: $input) {
  candidateCount currentCount both onlyCandidate onlyCurrent students { person { id name } candidate current } } }`;
const ESCALATE_WARNINGS = `mutation($asOf: DateTimeISO) { escalateOverdueWarnings(asOf: $asOf) { escalated asOf } }`;
const ESCALATE_MEASURES = `mutation($asOf: LocalDate) { escalateOverdueMeasures(asOf: $asOf) { escalated asOf } }`;
const PUSH = `mutation { pushResources { pushed asOf } }`;
const QUEUE = `query($after: String) { warnings(first: 20, after: $after, filter: { statuses: [OPEN, ASSIGNED] }, orderBy: DUE_AT) {
  totalCount edges { node { id level status dueAt overdue person { name } } } } warningQueueSummary { open overdue } }`;
const QUEUE_CURSORS = `query($after: String) { warnings(first: 100, after: $after, filter: { statuses: [OPEN, ASSIGNED] }, orderBy: DUE_AT) { pageInfo { endCursor hasNextPage } } }`;
const GRID = `query($id: ID!) { grid(id: $id) { name warningStats { residents open overdue byLevel { level count } } } }`;

/** What the bench reads of the answers above (the gateway validates the queries against the schema). */
interface IngestResult {
  ingestIndicators: {
    replayed: boolean;
    batch: { id: string; accepted: number; rejected: number };
  };
}
interface EngineResult {
  runWarningEngine: { rulesEvaluated: number; raised: number; alreadyOpen: number };
}
interface RuleCondition {
  indicator: string;
  aggregate: string;
  operator: string;
  threshold: number;
}
interface RulesResult {
  warningRules: {
    edges: {
      node: {
        id: string;
        code: string;
        currentVersion: { windowDays: number; conditions: RuleCondition[] };
      };
    }[];
  };
}
interface BacktestResult {
  backtestWarningRule: {
    candidateCount: number;
    currentCount: number;
    both: number;
    onlyCandidate: number;
    onlyCurrent: number;
    students: unknown[];
  };
}
interface QueueCursorsResult {
  warnings: { pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}
interface QueueResult {
  warnings: { totalCount: number };
  warningQueueSummary: { open: number; overdue: number };
}
interface EscalateWarningsResult {
  escalateOverdueWarnings: { escalated: number };
}
interface EscalateMeasuresResult {
  escalateOverdueMeasures: { escalated: number };
}
interface PushResult {
  pushResources: { pushed: number };
}

interface IndicatorRecordInput {
  personId: string;
  kind: "FAILED_CREDITS" | "CARD_SPENDING" | "LATE_RETURNS" | "COUNSELLING_REFERRALS";
  value: number;
  observedOn: string;
}

/** A number in [0, 1) fixed by (i, salt): the same history on every run, the rules' signals independent. */
function unit(i: number, salt: number): number {
  let x = Math.imul(i ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 2 ** 32;
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/**
 * A term of indicator history, ~3.4 records a student, dated back from today (campus date). Against
 * the seeded rules: 2.5% spend under 300 yuan a month (FINANCIAL_LOW_SPENDING), 3% fail 10+ credits
 * (ACADEMIC_FAILED_CREDITS), 2% come back late 5 times in a month (BEHAVIOUR_LATE_RETURNS), 0.8%
 * are referred to counselling (MENTAL_HEALTH_COUNSELLING_REFERRAL); everyone else stays under every
 * threshold (a quarter fail a few credits, three in ten come back late once).
 */
function indicatorHistory(students: PersonSeed[]): IndicatorRecordInput[] {
  const on = today();
  const records: IndicatorRecordInput[] = [];
  const add = (
    personId: string,
    kind: IndicatorRecordInput["kind"],
    value: number,
    daysAgo: number,
  ) => records.push({ personId, kind, value, observedOn: daysBefore(on, daysAgo) });
  students.forEach(({ id }, i) => {
    const lowSpending = unit(i, 1) < 0.025;
    add(
      id,
      "CARD_SPENDING",
      Math.round(lowSpending ? 180 + unit(i, 11) * 100 : 500 + unit(i, 11) * 1000),
      40,
    );
    add(
      id,
      "CARD_SPENDING",
      Math.round(lowSpending ? 200 + unit(i, 12) * 90 : 500 + unit(i, 12) * 1000),
      10,
    );
    const failing = unit(i, 2);
    add(
      id,
      "FAILED_CREDITS",
      failing < 0.03
        ? 10 + Math.round(unit(i, 21) * 6)
        : failing < 0.25
          ? 2 + Math.round(unit(i, 21) * 6)
          : 0,
      45,
    );
    const late = unit(i, 3);
    if (late < 0.02) for (const daysAgo of [3, 8, 13, 19, 25]) add(id, "LATE_RETURNS", 1, daysAgo);
    else if (late < 0.3) add(id, "LATE_RETURNS", 1, 12);
    if (unit(i, 4) < 0.008) add(id, "COUNSELLING_REFERRALS", 1, 18);
  });
  return records;
}

/**
 * One student in a hundred with an assistance case being worked (a staff lead, two plan measures,
 * one due in the last three weeks and one in the next month), so escalateOverdueMeasures has a
 * caseload to go over; the generated campus has none.
 */
function addCasework(dataset: Dataset, students: PersonSeed[], staff: PersonSeed[]): void {
  const b = new DatasetBuilder("bench-casework");
  const on = today();
  students.forEach((student, n) => {
    if (n % 100 !== 50) return;
    const lead = staff[n % staff.length];
    const assistanceCase = b.assistanceCase(student, lead, {
      openedAt: new Date(Date.now() - 30 * DAY).toISOString(),
    });
    b.taskForceMember(assistanceCase, lead, { lead: true });
    b.caseMeasure(assistanceCase, lead, { dueOn: daysBefore(on, 1 + (n % 21)) });
    b.caseMeasure(assistanceCase, lead, {
      description: "每月家访与回访",
      dueOn: daysBefore(on, -(1 + (n % 30))),
    });
  });
  const extra = b.build();
  dataset.assistanceCases.push(...extra.assistanceCases);
  dataset.taskForceMembers.push(...extra.taskForceMembers);
  (dataset.caseMeasures ??= []).push(...(extra.caseMeasures ?? []));
}

/** SQL against the evaluation subgraph's own database, for counts the API does not give. */
async function evaluationSql<T>(
  stack: StackHarness,
  sql: (t: (entity: string) => string) => string,
): Promise<T[]> {
  const em = stack.subgraphs.evaluation.orm.em as Parameters<typeof table>[0]; // a PostgreSQL EntityManager
  return em.getConnection().execute<T[]>(sql((entity) => table(em, { name: entity })));
}

/**
 * The evaluation seed gives every student a demo term of indicator history in which every twelfth
 * student, in turn, matches one of the four rules: a third of the campus. The bench drops that
 * batch so the engine runs over the history it ingests, where a few percent fire.
 */
async function dropDemoHistory(stack: StackHarness): Promise<number> {
  const [row] = await evaluationSql<{ n: number }>(
    stack,
    (t) =>
      `select count(*)::int as n from ${t("IndicatorRecord")} where batch_id in (select id from ${t("IndicatorBatch")} where source = 'admin' and client_key = 'demo-seed')`,
  );
  await evaluationSql(
    stack,
    (t) => `delete from ${t("IndicatorBatch")} where source = 'admin' and client_key = 'demo-seed'`,
  ); // records cascade
  return row.n;
}

async function countPushes(stack: StackHarness): Promise<number> {
  const [row] = await evaluationSql<{ n: number }>(
    stack,
    (t) => `select count(*)::int as n from ${t("ResourcePush")}`,
  );
  return row.n;
}

/** The engine's repository as the bench uses it: the statement of a pass (WarningEngineRepository). */
interface EngineStatements {
  raiseFiringStatement(
    at: Date,
    asOf: string,
  ): { settings?: readonly string[]; sql: string; params: unknown[] };
}

type Execute = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * Runs `work` in a transaction of the evaluation subgraph's database that is rolled back, so
 * nothing it writes stays.
 */
async function rolledBack<T>(
  stack: StackHarness,
  work: (execute: Execute, engine: EngineStatements) => Promise<T>,
): Promise<T> {
  const em = (stack.subgraphs.evaluation.orm.em as Parameters<typeof table>[0]).fork();
  await em.begin();
  try {
    const execute: Execute = <R>(sql: string, params: unknown[] = []) =>
      em.getConnection().execute<R[]>(sql, params, "all", em.getTransactionContext());
    // The repository registered for WarningEngineRun (WarningEngineRepository).
    const engine = em.getRepository("WarningEngineRun") as unknown as EngineStatements;
    return await work(execute, engine);
  } finally {
    await em.rollback();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** One sequential scan of indicator_record (index scans off), the median of 5, and its row count. */
async function sequentialScan(stack: StackHarness): Promise<{ ms: number; rows: number }> {
  return rolledBack(stack, async (execute) => {
    for (const kind of ["indexscan", "indexonlyscan", "bitmapscan"])
      await execute(`set local enable_${kind} = off`);
    const records = table(stack.subgraphs.evaluation.orm.em as Parameters<typeof table>[0], {
      name: "IndicatorRecord",
    });
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      [{ rows }] = await execute<{ rows: number }>(`select count(*)::int as rows from ${records}`);
      times.push(performance.now() - t);
    }
    if (EXPLAIN) {
      const plan = await execute<{ "QUERY PLAN": string }>(
        `explain (analyze, buffers) select count(*) from ${records}`,
      );
      console.log(
        `EXPLAIN (ANALYZE, BUFFERS) of the scan:\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}\n`,
      );
    }
    return { ms: median(times), rows };
  });
}

/**
 * The engine's statement alone as a pass at `at` runs it (its settings first), in a transaction
 * rolled back: the median of 3 and what the last one counted; EXPLAIN (ANALYZE, BUFFERS) too
 * with BENCH_EXPLAIN=1.
 */
async function engineStatement(
  stack: StackHarness,
  at: Date,
  label: string,
): Promise<{ ms: number; counts: Record<string, number> }> {
  const times: number[] = [];
  let counts: Record<string, number> = {};
  for (let i = 0; i < 3; i++)
    await rolledBack(stack, async (execute, engine) => {
      const { settings = [], sql, params } = engine.raiseFiringStatement(at, today(at));
      for (const setting of settings) await execute(setting);
      const t = performance.now();
      [counts] = await execute<Record<string, number>>(sql, params);
      times.push(performance.now() - t);
    });
  if (EXPLAIN)
    await rolledBack(stack, async (execute, engine) => {
      const { settings = [], sql, params } = engine.raiseFiringStatement(at, today(at));
      for (const setting of settings) await execute(setting);
      const plan = await execute<{ "QUERY PLAN": string }>(
        `explain (analyze, buffers) ${sql}`,
        params,
      );
      console.log(
        `EXPLAIN (ANALYZE, BUFFERS) of the engine's statement, ${label} (settings: ${settings.join("; ") || "none"}):\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}\n`,
      );
    });
  return { ms: median(times), counts };
}

/** Runs `call` once, timing it and counting the evaluation subgraph's SQL statements. */
async function timed<T>(
  stack: StackHarness,
  call: () => Promise<T>,
): Promise<{ ms: number; statements: number; result: T }> {
  const counter = stack.subgraphs.evaluation.statements;
  const before = counter.count;
  const t = performance.now();
  const result = await call();
  return { ms: performance.now() - t, statements: counter.count - before, result };
}

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
const ms = (value: number) =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;

/** Delivers `records` in batches of BATCH, one after another as a departmental app would. */
async function ingest(post: Post, records: IndicatorRecordInput[]) {
  const latencies: number[] = [];
  let accepted = 0;
  let rejected = 0;
  let first: { clientKey: string; records: IndicatorRecordInput[] } | undefined;
  const started = performance.now();
  for (let offset = 0; offset < records.length; offset += BATCH) {
    const input = {
      clientKey: `bench-indicators-${offset}`,
      records: records.slice(offset, offset + BATCH),
    };
    const t = performance.now();
    const data = await post<IngestResult>(INGEST, { input });
    latencies.push(performance.now() - t);
    const { batch, replayed } = data.ingestIndicators;
    if (replayed) throw new Error(`batch ${input.clientKey} was replayed on its first delivery`);
    accepted += batch.accepted;
    rejected += batch.rejected;
    first ??= input;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!first) throw new Error("no records to ingest");
  return { latencies: latencies.sort((a, b) => a - b), accepted, rejected, seconds, first };
}

async function main() {
  const stopPostgres = await startTestPostgres(); // DATABASE_URL, or a throwaway embedded server
  const t0 = performance.now();
  const { dataset, students } = generateCampus(STUDENTS);
  const staff = dataset.people.filter((p) => p.kind === "STAFF");
  addCasework(dataset, students, staff);
  // The per-user limit still counts every request (its cost is measured) but never refuses the load.
  const stack = await startTestStack(subgraphModules, {
    dataset,
    logLevel: "warn",
    gateway: { rateLimits: { userRequests: Number.MAX_SAFE_INTEGER } },
  });
  console.log(
    `campus of ${students.length} students, ${dataset.grids.length} grids, ${dataset.warnings.length} warnings, ${dataset.assistanceCases.length} cases with ${dataset.caseMeasures?.length ?? 0} measures; seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `node ${process.version}, all services in one process; scenarios: ${CONCURRENCY} requests in flight, ${SECONDS} s each; ${load()}\n`,
  );
  try {
    if (!KEEP_DEMO_HISTORY)
      console.log(
        `dropped the evaluation seed's demo indicator history: ${await dropDemoHistory(stack)} records (BENCH_KEEP_DEMO_HISTORY=1 keeps it)\n`,
      );
    // An administrator with a person id: rules and runs record who acted.
    const post = poster(
      stack.gateway.graphqlUrl,
      await stack.token(callerFor(["admin"], staff[0].id, "admin")),
    );

    // Ingestion.
    const records = indicatorHistory(students);
    const run = await ingest(post, records);
    console.log(
      `ingestIndicators: ${records.length} records (${(records.length / students.length).toFixed(2)} a student) in ${run.latencies.length} batches of up to ${BATCH}, one client, one batch at a time`,
    );
    console.log(
      `   ${run.accepted} accepted, ${run.rejected} rejected in ${run.seconds.toFixed(1)} s: ${(run.accepted / run.seconds).toFixed(0)} records/s; ` +
        `per batch p50 ${ms(percentile(run.latencies, 50))}, p95 ${ms(percentile(run.latencies, 95))}, max ${ms(run.latencies[run.latencies.length - 1])}`,
    );
    const replay = await timed(stack, () => post<IngestResult>(INGEST, { input: run.first }));
    if (!replay.result.ingestIndicators.replayed)
      throw new Error("the replayed batch was stored again");
    console.log(
      `   replay of one batch (same clientKey): ${ms(replay.ms)}, replayed ${replay.result.ingestIndicators.replayed}, SQL statements: ${replay.statements}\n`,
    );

    // The warning engine: a pass that raises, then one that finds every warning already open,
    // each against one sequential scan of the indicator records.
    if (VACUUM)
      for (const entity of ["IndicatorRecord", "Warning"])
        await evaluationSql(stack, (t) => `vacuum analyze ${t(entity)}`);
    console.log(
      VACUUM
        ? "VACUUM ANALYZE indicator_record and warning before the engine runs (BENCH_VACUUM=0 skips it)"
        : "no VACUUM ANALYZE before the engine runs (BENCH_VACUUM=0): the tables as ingestion left them",
    );
    const scan = await sequentialScan(stack);
    console.log(
      `one sequential scan of indicator_record (count(*), index scans off, median of 5): ${scan.ms.toFixed(1)} ms over ${scan.rows} rows`,
    );
    const raisingStatement = await engineStatement(stack, new Date(), "a pass that raises");
    const pushesBefore = await countPushes(stack);
    const firstPass = await timed(stack, () => post<EngineResult>(ENGINE));
    const pushedByEngine = (await countPushes(stack)) - pushesBefore;
    const secondPass = await timed(stack, () => post<EngineResult>(ENGINE));
    const quietStatement = await engineStatement(stack, new Date(), "a pass that raises nothing");
    const ratio = (value: number) => `${(value / scan.ms).toFixed(1)}× the scan`;
    for (const [name, pass, statement] of [
      ["first", firstPass, raisingStatement],
      ["second", secondPass, quietStatement],
    ] as const) {
      const { rulesEvaluated, raised, alreadyOpen } = pass.result.runWarningEngine;
      console.log(
        `runWarningEngine, ${name} pass: ${ms(pass.ms)} (${ratio(pass.ms)}); ${rulesEvaluated} rules, raised ${raised}, alreadyOpen ${alreadyOpen}; SQL statements: ${pass.statements}`,
      );
      console.log(
        `   its statement alone (rolled back, median of 3): ${statement.ms.toFixed(0)} ms (${ratio(statement.ms)}); counted ${JSON.stringify(statement.counts)}`,
      );
    }
    console.log(
      `   the first pass also pushed ${pushedByEngine} resources to the students it warned\n`,
    );

    // A backtest: the academic rule with 8 failed credits instead of 10, over the same history.
    const rules = (await post<RulesResult>(RULES)).warningRules.edges.map((e) => e.node);
    const rule = rules.find((r) => r.code === "ACADEMIC_FAILED_CREDITS");
    if (!rule) throw new Error("the seeded rule ACADEMIC_FAILED_CREDITS is missing");
    const candidate = {
      windowDays: rule.currentVersion.windowDays,
      conditions: rule.currentVersion.conditions.map((c) => ({ ...c, threshold: 8 })),
    };
    const backtests: number[] = [];
    let report: BacktestResult["backtestWarningRule"] | undefined;
    let backtestStatements = 0;
    for (let i = 0; i < 5; i++) {
      const b = await timed(stack, () =>
        post<BacktestResult>(BACKTEST, {
          input: { ruleId: rule.id, candidate, asOf: new Date().toISOString() },
        }),
      );
      backtests.push(b.ms);
      report = b.result.backtestWarningRule;
      backtestStatements = b.statements;
    }
    if (!report) throw new Error("no backtest ran");
    backtests.sort((a, b) => a - b);
    console.log(
      `backtestWarningRule ACADEMIC_FAILED_CREDITS, threshold 10 → 8, 5 runs: p50 ${ms(percentile(backtests, 50))} (min ${ms(backtests[0])}, max ${ms(backtests[backtests.length - 1])}); ` +
        `current ${report.currentCount}, candidate ${report.candidateCount}, only candidate ${report.onlyCandidate}, ${report.students.length} students named; SQL statements: ${backtestStatements}\n`,
    );

    // Read paths under load, on the queue as the engine left it (the escalation below moves due times 40 days on).
    const cursors: (string | null)[] = [null];
    let after: string | null = null;
    for (let page = 0; page < 40; page++) {
      const data: QueueCursorsResult = await post(QUEUE_CURSORS, { after });
      if (!data.warnings.pageInfo.hasNextPage) break;
      after = data.warnings.pageInfo.endCursor;
      cursors.push(after);
    }
    const queue = await post<QueueResult>(QUEUE, { after: null });
    console.log(
      `read paths: queue of ${queue.warnings.totalCount} warnings (OPEN or ASSIGNED), summary open ${queue.warningQueueSummary.open}, overdue ${queue.warningQueueSummary.overdue}; pages at ${cursors.length} cursors`,
    );
    await scenario("warning queue page (20) + summary", async (i) => {
      await post(QUEUE, { after: cursors[i % cursors.length] });
    });
    await scenario("grid warningStats (organisation → eval.)", async (i) => {
      await post(GRID, { id: dataset.grids[(i * 7919) % dataset.grids.length].id });
    });
    console.log();

    // The scheduler's runs, 40 days on: every open warning is past its stage's due time by then.
    const ahead = new Date(Date.now() + 40 * DAY);
    const escalation = await timed(stack, () =>
      post<EscalateWarningsResult>(ESCALATE_WARNINGS, { asOf: ahead.toISOString() }),
    );
    const again = await timed(stack, () =>
      post<EscalateWarningsResult>(ESCALATE_WARNINGS, { asOf: ahead.toISOString() }),
    );
    console.log(
      `escalateOverdueWarnings(asOf +40 days): ${ms(escalation.ms)}, escalated ${escalation.result.escalateOverdueWarnings.escalated}; SQL statements: ${escalation.statements}`,
    );
    console.log(
      `   again, same asOf: ${ms(again.ms)}, escalated ${again.result.escalateOverdueWarnings.escalated}`,
    );
    const measures = await timed(stack, () =>
      post<EscalateMeasuresResult>(ESCALATE_MEASURES, { asOf: today(ahead) }),
    );
    console.log(
      `   escalateOverdueMeasures(asOf ${today(ahead)}): ${ms(measures.ms)}, escalated ${measures.result.escalateOverdueMeasures.escalated}; SQL statements: ${measures.statements}`,
    );
    const push = await timed(stack, () => post<PushResult>(PUSH));
    console.log(
      `   pushResources: ${ms(push.ms)}, pushed ${push.result.pushResources.pushed}; SQL statements: ${push.statements}`,
    );
    console.log(`\n${load()} (other work on the machine shows here)`);
  } finally {
    await stack.stop();
    await stopPostgres();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
