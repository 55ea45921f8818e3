/**
 * `npm run bench`: the deployment as it runs, measured. PostgreSQL, the four subgraphs and our
 * gateway each in its own process (as `npm start --production`), a campus of 40,000 students
 * (BENCH_STUDENTS), and beside our gateway, on the same subgraphs: Hive Gateway, an untuned
 * @apollo/gateway, and the floor (the client calling the subgraphs in the plan's hops). For every
 * page × requests in flight × variant, interleaved: req/s, p50/p99, failures, CPU ms per request
 * per process, SQL statements per request per subgraph. Prints the tables as it goes and writes
 * them to docs/BENCHMARKS.md. Settings: deployment/settings.ts and the section in BENCHMARKS.md.
 */
import { chmodSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCredentialSigner, signDevUserToken, type Caller } from "@campus/auth";
import { supergraphPath } from "@campus/gateway";
import { createLogger } from "@campus/log";
import { subgraphModules } from "../subgraphs";
import { generateCampus } from "./campus";
import { measure, statementsFromMetrics, type Probes, type Watched } from "./deployment/measure";
import {
  removeDir,
  seedCampus,
  startDatabase,
  startDeployment,
  type BenchDatabase,
  type Deployment,
} from "./deployment/processes";
import {
  docsSection,
  loadAverage,
  machine,
  scenarioHeading,
  tableHeader,
  tableRow,
  writeDocsSection,
  type ScenarioResult,
} from "./deployment/report";
import { firstDifference } from "./deployment/same-data";
import { PG_STATEMENTS_FLAGS, statementLines, statementProbe } from "./deployment/pg-statements";
import { prepareScenarios, type Scenario } from "./deployment/scenarios";
import {
  checkInBurst,
  checkInLine,
  checkInTitle,
  lectureRosterScenario,
} from "./deployment/check-in";
import { webOperation } from "./deployment/operations";
import { readBenchSettings, type BenchSettings } from "./deployment/settings";
import {
  VARIANTS,
  VARIANT_LABELS,
  floorShape,
  floorVariant,
  gatewayVariant,
  subgraphCaller,
  type Variant,
  type VariantName,
} from "./deployment/variants";

const ADMIN: Caller = {
  subject: "bench:admin",
  personId: null,
  name: "admin",
  roles: ["admin"],
  client: "web",
};

/** Students at the lecture whose check-in is measured: a hall checking in within a minute. */
const LECTURE_SIZE = 500;

/** The data check: in this order, so our gateway's audit writes (profile reads) come last. */
const CHECK_ORDER: VariantName[] = ["floor", "apollo", "hive", "campus"];

/** Every variant answers the same requests with the same data, or the run stops here. */
async function checkSameData(scenario: Scenario, variants: Variant[]): Promise<string> {
  const ordered = CHECK_ORDER.flatMap((name) => variants.filter((v) => v.name === name));
  const notes: string[] = [];
  for (const i of [0, 1, 2]) {
    const variables = scenario.variables(i);
    const answers = [];
    for (const variant of ordered)
      answers.push({ variant, answer: await variant.answer(scenario.operation, variables) });
    const [first, ...rest] = answers;
    for (const other of rest) {
      const difference = firstDifference(first.answer.data, other.answer.data);
      if (difference)
        throw new Error(
          `${scenario.title}: ${VARIANT_LABELS[other.variant.name]} and ${VARIANT_LABELS[first.variant.name]} answer ${JSON.stringify(variables)} differently at ${difference}`,
        );
    }
    const errors = answers.filter((a) => a.answer.errors > 0);
    if (errors.length)
      notes.push(
        `request ${i}: errors with the data from ${errors.map((a) => `${a.variant.name} (${a.answer.errors})`).join(", ")}`,
      );
  }
  return `same data from ${ordered.map((v) => v.name).join(", ")}${notes.length ? `; ${notes.join("; ")}` : ""}`;
}

/** The processes whose CPU time a measurement of `variant` reads. */
function watched(deployment: Deployment, database: BenchDatabase, variant: VariantName): Watched[] {
  const list: Watched[] = [];
  const add = (key: string, name: string) => {
    const pid = deployment.pid(name);
    if (pid === undefined) throw new Error(`${name} has no process`);
    list.push({ key, pid });
  };
  if (variant !== "floor") add("gateway", variant);
  for (const module of subgraphModules) add(module.definition.name, module.definition.name);
  if (database.pid !== undefined) list.push({ key: "postgres", pid: database.pid, tree: true });
  return list;
}

async function run(
  settings: BenchSettings,
  dir: string,
  started: { database?: BenchDatabase; deployment?: Deployment },
) {
  const startedAt = new Date();
  const loadBefore = loadAverage();
  console.log(
    `npm run bench: ${settings.command}\n${machine()}; load average ${loadBefore.join(", ")}`,
  );
  const database = await startDatabase(dir, settings.pgStatements ? PG_STATEMENTS_FLAGS : []);
  started.database = database;
  const t0 = performance.now();
  const { dataset, students, grids, lecture } = generateCampus(settings.students, {
    gridSizes: [50, 500],
    // Starting 25 minutes after generation: its check-in opens from 30 minutes before the start.
    lecture: settings.scenarios.includes("checkin")
      ? { startsAt: new Date(Date.now() + 25 * 60_000), size: LECTURE_SIZE }
      : undefined,
  });
  await seedCampus(subgraphModules, database.url, dataset);
  const seedSeconds = (performance.now() - t0) / 1000;
  const campus = `${students.length} students, ${dataset.sessions.length} course sessions, ${dataset.enrolments.length} enrolments, ${dataset.residences.length} residences, ${dataset.warnings.length} warnings`;
  console.log(`${campus}; generated and seeded in ${seedSeconds.toFixed(1)} s`);

  const deployment = await startDeployment({
    modules: subgraphModules,
    databaseUrl: database.url,
    dir,
    log: createLogger("bench", { level: "warn" }),
    profileDir: settings.profileDir,
  });
  started.deployment = deployment;
  const token = await signDevUserToken(
    deployment.issuerPrivateKeyPem,
    { subject: ADMIN.subject, name: ADMIN.name, personId: ADMIN.personId, roles: ADMIN.roles },
    { expiresIn: "8h" },
  );
  const call = subgraphCaller(
    deployment.subgraphUrls,
    await createCredentialSigner(deployment.credentialPrivateKeyPem),
    ADMIN,
  );
  const supergraphSdl = readFileSync(supergraphPath, "utf8");
  const all: Record<VariantName, Variant> = {
    campus: gatewayVariant("campus", deployment.gatewayUrls.campus, token),
    hive: gatewayVariant("hive", deployment.gatewayUrls.hive, token),
    apollo: gatewayVariant("apollo", deployment.gatewayUrls.apollo, token),
    floor: floorVariant(supergraphSdl, call),
  };
  const variants = settings.variants.map((name) => all[name]);
  const scenarios = await prepareScenarios({
    students,
    grids,
    call,
    campus: all.campus,
    keys: settings.scenarios,
  });
  const statements = statementsFromMetrics(deployment.metricsUrls, deployment.metricsToken);
  const probesFor = (variant: VariantName): Probes => ({
    processes: watched(deployment, database, variant),
    statements,
  });
  const noProbes: Probes = { processes: [], statements: async () => ({}) };
  console.log(
    `processes: ${["campus", "hive", "apollo", ...subgraphModules.map((m) => m.definition.name)]
      .map((n) => `${n} ${deployment.pid(n)}`)
      .join(", ")}, postgres ${database.pid ?? "(DATABASE_URL)"}\n`,
  );

  const sqlProbe = settings.pgStatements ? await statementProbe(database.url) : undefined;
  const next = { i: 0 };
  const results: ScenarioResult[] = [];
  const measureScenario = async (scenario: Scenario) => {
    for (const variant of variants) variant.prepare(scenario.operation);
    const result: ScenarioResult = {
      title: scenario.title,
      plan: floorShape(supergraphSdl, scenario.operation),
      rows: [],
    };
    console.log(`${scenarioHeading(result)}\n${await checkSameData(scenario, variants)}\n`);
    const send = (variant: Variant) => async (i: number) =>
      variant.send(scenario.operation, scenario.variables(i));
    if (settings.warmupSeconds > 0)
      for (const variant of variants)
        await measure(
          send(variant),
          Math.min(8, Math.max(...settings.levels)),
          settings.warmupSeconds,
          noProbes,
          next,
        );
    console.log(tableHeader());
    await sqlProbe?.reset();
    for (const [round, level] of settings.levels.entries()) {
      // Each variant in turn, the first one changing from level to level.
      const order = variants.map((_, k) => variants[(k + round) % variants.length]);
      for (const variant of order) {
        const cell = await measure(
          send(variant),
          level,
          settings.seconds,
          probesFor(variant.name),
          next,
        );
        result.rows.push({ level, variant: variant.name, cell });
        console.log(tableRow(level, variant.name, cell));
        if (cell.firstFailure)
          console.log(`  first failure (${variant.name}): ${cell.firstFailure.slice(0, 300)}`);
      }
    }
    if (sqlProbe) {
      const requests = result.rows.reduce((n, row) => n + row.cell.requests, 0);
      console.log(
        `\nPostgreSQL's costliest statements for this page, all variants (pg_stat_statements):`,
      );
      for (const line of statementLines(await sqlProbe.top(8), requests)) console.log(line);
    }
    result.rows.sort(
      (a, b) => a.level - b.level || VARIANTS.indexOf(a.variant) - VARIANTS.indexOf(b.variant),
    );
    results.push(result);
    console.log("");
  };
  for (const scenario of scenarios) await measureScenario(scenario);
  let checkIn: { title: string; line: string } | undefined;
  if (lecture) {
    // After the pages, so the processes are as warm as on a working day.
    const title = checkInTitle(lecture);
    const burst = await checkInBurst({
      gatewayUrl: deployment.gatewayUrls.campus,
      issuerPrivateKeyPem: deployment.issuerPrivateKeyPem,
      lecture,
      inFlight: Math.max(...settings.levels),
      probes: probesFor("campus"),
      next,
      reader: all.campus,
    });
    checkIn = { title, line: checkInLine(burst) };
    console.log(`#### ${title}\n${checkIn.line}\n${tableHeader()}`);
    console.log(`${tableRow(burst.inFlight, "campus", burst.cell)}\n`);
    results.push({
      title,
      plan: floorShape(supergraphSdl, webOperation("CheckInWithCode")),
      rows: [{ level: burst.inFlight, variant: "campus", cell: burst.cell }],
    });
    await measureScenario(lectureRosterScenario(lecture));
  }
  await sqlProbe?.close();
  const loadAfter = loadAverage();
  console.log(`load average ${loadAfter.join(", ")} at the end`);
  if (settings.profileDir)
    console.log(`CPU profiles are written to ${settings.profileDir} as the services stop`);
  const section = docsSection(
    {
      startedAt,
      command: settings.command,
      loadBefore,
      loadAfter,
      seedSeconds,
      campus,
      note: settings.note,
      profileDir: settings.profileDir,
      checkIn,
    },
    results,
  );
  if (settings.writeDocs) console.log(`written to ${await writeDocsSection(section)}`);
  else console.log(`\n${section}`);
}

async function main() {
  const settings = readBenchSettings();
  const dir = mkdtempSync(join(tmpdir(), "campus-bench-"));
  // As root, the embedded PostgreSQL runs as an unprivileged user that must reach its data folder.
  chmodSync(dir, 0o755);
  const started: { database?: BenchDatabase; deployment?: Deployment } = {};
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await started.deployment?.stop();
      await started.database?.stop().catch(() => {});
      removeDir(dir);
    })());
  const interrupted = () => void stop().finally(() => process.exit(130));
  process.on("SIGINT", interrupted);
  process.on("SIGTERM", interrupted);
  try {
    await run(settings, dir, started);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
