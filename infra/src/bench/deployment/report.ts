/**
 * The benchmark's tables: a markdown row per measurement printed as it is taken, and at the end
 * the section "Deployment benchmark (npm run bench)" of docs/BENCHMARKS.md written anew, with the
 * date, commit, command, machine and load average.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../env";
import type { Cell } from "./measure";
import { VARIANT_LABELS, type VariantName } from "./variants";

export const SECTION_TITLE = "## Deployment benchmark (npm run bench)";

/** Short column names for the subgraphs and processes, and what they stand for. */
const SUBGRAPH_COLUMNS: [key: string, short: string][] = [
  ["organisation", "org"],
  ["people", "ppl"],
  ["curriculum", "cur"],
  ["evaluation", "eva"],
];

export interface ScenarioResult {
  title: string;
  plan: { fetches: number; hops: number };
  rows: { level: number; variant: VariantName; cell: Cell }[];
}

const ms = (x: number) =>
  !Number.isFinite(x) ? "–" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const num = (x: number | undefined, digits = 2) =>
  x === undefined || !Number.isFinite(x) ? "–" : String(Number(x.toFixed(digits)));

export function tableHeader(): string {
  const cpu = ["gw", ...SUBGRAPH_COLUMNS.map(([, s]) => s), "pg", "Σ", "client"].map(
    (c) => `CPU ${c}`,
  );
  const sql = SUBGRAPH_COLUMNS.map(([, s]) => `SQL ${s}`);
  const head = ["in flight", "variant", "req/s", "p50 ms", "p99 ms", "failed", ...cpu, ...sql];
  return `| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`;
}

export function tableRow(level: number, variant: VariantName, cell: Cell): string {
  const c = cell.cpuMs;
  const servers = ["gateway", ...SUBGRAPH_COLUMNS.map(([k]) => k), "postgres"]
    .map((k) => c[k])
    .filter((x): x is number => x !== undefined && Number.isFinite(x));
  const failed =
    String(cell.failures) + (cell.withErrors ? ` (+${cell.withErrors} with errors)` : "");
  const cells = [
    String(level),
    VARIANT_LABELS[variant],
    cell.perSecond.toFixed(1),
    ms(cell.p50),
    ms(cell.p99),
    failed,
    num(c.gateway),
    ...SUBGRAPH_COLUMNS.map(([k]) => num(c[k])),
    num(c.postgres),
    num(servers.reduce((a, b) => a + b, 0)),
    num(c.client),
    ...SUBGRAPH_COLUMNS.map(([k]) => num(cell.statements[k], 1)),
  ];
  return `| ${cells.join(" | ")} |`;
}

export function scenarioHeading(result: Pick<ScenarioResult, "title" | "plan">): string {
  return `#### ${result.title}: the plan makes ${result.plan.fetches} subgraph fetches in ${result.plan.hops} hops`;
}

/** What the run was: when, on what, from which commit, with which command. */
export interface RunInfo {
  startedAt: Date;
  command: string;
  loadBefore: number[];
  loadAfter: number[];
  seedSeconds: number;
  campus: string;
  note?: string;
  profileDir?: string;
  /** The lecture's check-in burst, in words (its table row is among the results). */
  checkIn?: { title: string; line: string };
}

function commit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: repoRoot,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], {
      cwd: repoRoot,
      encoding: "utf8",
    }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return "unknown";
  }
}

export function machine(): string {
  const list = cpus();
  return `${list.length} CPUs (${list[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Linux ${release()}, Node ${process.version}`;
}

export const loadAverage = (): number[] => loadavg().map((x) => Number(x.toFixed(2)));

const DESCRIPTION = `\`infra/src/bench/deployment.ts\` measures the platform as \`npm start --production\` runs it:
PostgreSQL, the four subgraphs and our gateway each in its own process, started by the same
supervisor with the same variables (log level \`warn\`, scheduled jobs off, the per-user rate limit
off because one user sends everything). The campus (\`BENCH_STUDENTS\`, default 40,000; two extra
grids of 50 and 500 residents) is seeded through each subgraph's own seed, then \`VACUUM ANALYZE\`.
Beside our gateway, on the same subgraphs and each in its own process: **Hive Gateway**
(@graphql-hive/gateway 2.15, defaults, one plugin that verifies the user's token and signs our
internal credential, \`infra/src/bench/peers/hive-gateway.ts\`), **@apollo/gateway untuned**
(ApolloServer + ApolloGateway + a RemoteGraphQLDataSource that signs the credential, nothing else,
\`peers/apollo-gateway.ts\`), and the **floor**: the benchmark's client calls the subgraphs itself
in the query plan's hops (root fetch, then each step's \`_entities\` fetches at once), with no
gateway at all. The peers do only what the subgraphs require (token, credential, the scope of a
campus-wide role); our gateway also checks operation limits, resolves the caller's scope, writes
the audit log of sensitive reads (the profile's contact and residence fields: a people write per
profile) and counts metrics.

Each request is the web app's own operation, as Apollo Client sends it (\`__typename\` added), as an
administrator. Before timing a page, every variant answers the same requests and the data must be
identical, and each variant runs the page for \`BENCH_WARMUP\` seconds (default 1, not counted).
Then, for each number of requests in flight, each variant in turn (the order rotates) for
\`BENCH_SECONDS\`. CPU is read from \`/proc\` for each process (PostgreSQL: the postmaster and
all its backends) and divided by the requests; **CPU gw** is the variant's gateway process, **Σ**
the deployment's processes (gateway, subgraphs, PostgreSQL), **client** the benchmark's own
process (for the floor it does the gateway's merging). SQL statements per request come from each
subgraph's \`campus_db_statements_total\`. \`BENCH_LEVELS=1,8\`, \`BENCH_SCENARIOS=profile,list\`,
\`BENCH_VARIANTS=campus,floor\` shorten a run; \`BENCH_PROFILE=1\` writes a CPU profile of every
service (\`node --cpu-prof\`, open in Chrome DevTools or speedscope) to \`.data/bench-profiles/\`;
\`BENCH_PG_STATEMENTS=1\` prints each page's costliest SQL statements (pg_stat_statements, embedded
server only), execution ms and calls per request, each named by its label comment;
\`BENCH_NOTE\` puts a line above the figures, \`BENCH_DOCS=0\` prints the section instead of writing it.
The campus's term has 308 course sessions (门次) with two places per student, and a lecture of
500 (\`checkin\`): after the pages, its instructor opens the check-in through our gateway and each
of the 500 students checks in once with their own token (signed beforehand), as the web app's
check-in sends it, at the highest number in flight; the recorded attendance is read back and must
count all 500. A write happens once, so only our gateway takes it; the lecture's roster afterwards
is measured on every variant.
Columns: org organisation, ppl people, cur curriculum, eva evaluation, pg PostgreSQL; CPU in ms per
request.`;

export function docsSection(info: RunInfo, results: ScenarioResult[]): string {
  const lines = [
    SECTION_TITLE,
    "",
    "```sh",
    "npm run bench                                    # every page, 1, 8 and 32 in flight, 5 s each",
    "BENCH_SECONDS=3 BENCH_LEVELS=1,8 npm run bench   # shorter",
    "```",
    "",
    DESCRIPTION,
    "",
    ...(info.note ? [`**${info.note}**`, ""] : []),
    `${info.startedAt.toISOString().slice(0, 10)}, commit ${commit()}, \`${info.command}\`; ${machine()};`,
    `load average ${info.loadBefore.join(", ")} before and ${info.loadAfter.join(", ")} after; ${info.campus}, seeded in ${info.seedSeconds.toFixed(0)} s.`,
    ...(info.profileDir ? [`CPU profiles in \`${info.profileDir}\`.`] : []),
    "",
  ];
  for (const result of results) {
    const heading =
      result.title === info.checkIn?.title
        ? [`#### ${result.title}`, "", info.checkIn.line]
        : [scenarioHeading(result)];
    lines.push(...heading, "", tableHeader());
    for (const row of result.rows) lines.push(tableRow(row.level, row.variant, row.cell));
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * Replaces the section in docs/BENCHMARKS.md (or puts it first, after the introduction), formatted
 * as `npm run check` wants it.
 */
export async function writeDocsSection(section: string): Promise<string> {
  const path = join(repoRoot, "docs/BENCHMARKS.md");
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(`${SECTION_TITLE}\n`);
  let next: string;
  if (start >= 0) {
    const end = text.indexOf("\n## ", start + SECTION_TITLE.length);
    next = text.slice(0, start) + section + (end >= 0 ? text.slice(end) : "\n");
  } else {
    const first = text.indexOf("\n## ");
    next =
      first >= 0
        ? `${text.slice(0, first + 1)}${section}${text.slice(first)}`
        : `${text.trimEnd()}\n\n${section}\n`;
  }
  const prettier = await import("prettier");
  const options = await prettier.resolveConfig(path);
  writeFileSync(path, await prettier.format(next, { ...options, filepath: path }));
  return path;
}
