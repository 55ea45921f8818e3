/**
 * `npm run scale-check`: the platform beyond one machine, on loopback. Two replicas of every
 * subgraph and two gateways, each its own process (the same entry points and variables as
 * `npm start --production`), every replica running its subgraph's job worker; a round-robin proxy
 * in front of the gateways and one in front of each subgraph's replicas (what a Kubernetes Service
 * or a load balancer does). A mixed load (student profiles, student lists, attendance marks that
 * write outbox events) runs through the gateways' proxy; halfway, one replica of every subgraph
 * and one gateway are killed (SIGKILL) and come back as their supervisor restarts them.
 *
 * It prints: requests and failures, and whether every failure was in flight at a kill; every
 * outbox event delivered and recorded once in the growth record; every scheduled period's job
 * run once across the replicas. Exits 1 when a claim does not hold. Settings: SCALE_STUDENTS
 * (default 2000), SCALE_SECONDS (default 60), SCALE_CONCURRENCY (default 8).
 */
import { chmodSync, mkdtempSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { DEV_ISSUER, ensureDevKeys, signDevUserToken } from "@campus/auth";
import { createLogger } from "@campus/log";
import { freePort } from "@campus/db";
import { repoRoot } from "../env";
import { FETCH_BAD_PORTS } from "../ports";
import { subgraphModules } from "../subgraphs";
import { Supervisor } from "../supervisor";
import { generateCampus } from "./campus";
import { postJson } from "./deployment/http";
import { webOperation, type Operation } from "./deployment/operations";
import { removeDir, seedCampus, startDatabase } from "./deployment/processes";
import { loadAverage, machine } from "./deployment/report";

const REPLICAS = ["a", "b"] as const;
/** Seconds between scheduled runs of every job during the check (the relays: RELAY_SECONDS). */
const JOB_SECONDS = 10;
const RELAY_SECONDS = 2;

const numberSetting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
};

async function httpFreePort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!FETCH_BAD_PORTS.has(port)) return port;
  }
}

interface Proxy {
  url: string;
  /** Requests sent to another backend because the first refused the connection. */
  rerouted: number;
  close(): Promise<void>;
}

/**
 * A round-robin HTTP proxy over `backends` (base URLs), as a load balancer does it: a fresh
 * connection per request; a backend that refuses the connection is skipped for a second and the
 * request goes to the next one (it never arrived, so this is safe for mutations too); a request
 * that fails after it reached a backend (the backend died with it in flight) fails with 502 and
 * is not sent again.
 */
async function startProxy(backends: string[]): Promise<Proxy> {
  let next = 0;
  const downUntil = backends.map(() => 0);
  const stats = { rerouted: 0 };
  const pick = () => {
    for (let i = 0; i < backends.length; i++) {
      const index = (next + i) % backends.length;
      if (downUntil[index] <= Date.now()) {
        next = index + 1;
        return index;
      }
    }
    return next++ % backends.length;
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries: number) => {
        const index = pick();
        const target = new URL(req.url ?? "/", backends[index]);
        const out = request(
          target,
          { method: req.method, headers: { ...req.headers, host: target.host }, agent: false },
          (upstream) => {
            res.writeHead(upstream.statusCode ?? 502, upstream.headers);
            upstream.pipe(res);
            upstream.on("error", () => res.destroy());
          },
        );
        out.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "ECONNREFUSED" && tries < backends.length * 3) {
            downUntil[index] = Date.now() + 1000;
            stats.rerouted++;
            setTimeout(() => attempt(tries + 1), tries < backends.length ? 0 : 200);
            return;
          }
          if (res.headersSent) res.destroy();
          else {
            res.writeHead(502, { "content-type": "application/json" });
            res.end(
              JSON.stringify({ errors: [{ message: `bad gateway: ${error.code ?? "error"}` }] }),
            );
          }
        });
        out.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get rerouted() {
      return stats.rerouted;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Outcome {
  op: string;
  start: number;
  end: number;
  error: string | null;
}

async function main() {
  const students = numberSetting("SCALE_STUDENTS", 2000);
  const seconds = numberSetting("SCALE_SECONDS", 60);
  const concurrency = numberSetting("SCALE_CONCURRENCY", 8);
  const log = createLogger("scale-check", { level: "warn" });
  const dir = mkdtempSync(join(tmpdir(), "campus-scale-"));
  // As root, the embedded PostgreSQL runs as an unprivileged user that must reach its data folder.
  chmodSync(dir, 0o755);
  const supervisor = new Supervisor({ log });
  const proxies: Proxy[] = [];
  let database: Awaited<ReturnType<typeof startDatabase>> | undefined;
  let failedClaims = 0;
  const claim = (holds: boolean, text: string) => {
    if (!holds) failedClaims++;
    console.log(`${holds ? "ok  " : "FAIL"} ${text}`);
  };
  try {
    console.log(
      `npm run scale-check: ${students} students, ${seconds} s, ${concurrency} in flight\n${machine()}; load average ${loadAverage().join(", ")}`,
    );
    database = await startDatabase(dir);
    const { dataset, students: people } = generateCampus(students);
    await seedCampus(subgraphModules, database.url, dataset);
    console.log(`seeded: ${people.length} students, ${dataset.enrolments.length} enrolments`);

    const keysDir = join(dir, "keys");
    const keys = ensureDevKeys(keysDir);
    const keyFile = (name: string) => join(keysDir, name);
    const common: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" };

    // The gateways' proxy first (subgraphs' relays call it), its backends' ports chosen now.
    const gatewayPorts = await Promise.all(REPLICAS.map(httpFreePort));
    const gatewayProxy = await startProxy(gatewayPorts.map((p) => `http://127.0.0.1:${p}`));
    proxies.push(gatewayProxy);

    const subgraphProxyUrls: Record<string, string> = {};
    for (const module of subgraphModules) {
      const name = module.definition.name;
      const ports = await Promise.all(REPLICAS.map(httpFreePort));
      const proxy = await startProxy(ports.map((p) => `http://127.0.0.1:${p}`));
      proxies.push(proxy);
      subgraphProxyUrls[name] = `${proxy.url}/graphql`;
      const jobs = Object.fromEntries(
        (module.definition.jobs ?? []).map((job) => [
          `JOB_${job.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_SECONDS`,
          String(job.name.endsWith("outbox-relay") ? RELAY_SECONDS : JOB_SECONDS),
        ]),
      );
      await Promise.all(
        REPLICAS.map((replica, i) =>
          supervisor.start({
            name: `${name}-${replica}`,
            script: join(repoRoot, `subgraphs/${name}/dist/src/main.js`),
            env: {
              ...common,
              ...jobs,
              JOB_WORKER: "true",
              DATABASE_URL: database?.url,
              INTERNAL_CREDENTIAL_PUBLIC_KEY: keyFile("internal-credential.pub.pem"),
              GRAPH_CLIENT_PRIVATE_KEY: keyFile("graph-client.key.pem"),
              GATEWAY_URL: gatewayProxy.url,
              [`${name.toUpperCase()}_PORT`]: String(ports[i]),
              MIGRATE_ON_START: "false",
            },
            readyUrl: `http://127.0.0.1:${ports[i]}/ready`,
          }),
        ),
      );
    }
    await Promise.all(
      REPLICAS.map((replica, i) =>
        supervisor.start({
          name: `gateway-${replica}`,
          script: join(repoRoot, "gateway/dist/src/main.js"),
          env: {
            ...common,
            AUTH_PUBLIC_KEY: keyFile("dev-issuer.pub.pem"),
            AUTH_ISSUER: DEV_ISSUER,
            ...Object.fromEntries(
              Object.entries(subgraphProxyUrls).map(([name, url]) => [
                `${name.toUpperCase()}_URL`,
                url,
              ]),
            ),
            GATEWAY_PORT: String(gatewayPorts[i]),
            INTERNAL_CREDENTIAL_PRIVATE_KEY: keyFile("internal-credential.key.pem"),
            GRAPH_CLIENT_PUBLIC_KEY: keyFile("graph-client.pub.pem"),
            // One user sends every request; the per-user limit (1,200 a minute) is off.
            RATE_LIMIT_USER: "0",
          },
          readyUrl: `http://127.0.0.1:${gatewayPorts[i]}/ready`,
        }),
      ),
    );
    console.log(
      `running: ${REPLICAS.length} gateways and ${REPLICAS.length} replicas of each of ${subgraphModules.length} subgraphs, behind ${proxies.length} round-robin proxies`,
    );

    const token = await signDevUserToken(
      keys.issuer.privateKeyPem,
      { subject: "scale:admin", name: "admin", personId: null, roles: ["admin"] },
      { expiresIn: "8h" },
    );
    const graphql = new URL(`${gatewayProxy.url}/graphql`);
    const send = async (operation: Operation, variables: Record<string, unknown>) => {
      const answer = await postJson(
        graphql,
        { authorization: `Bearer ${token}` },
        { query: operation.text, variables },
      );
      if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
      const body = JSON.parse(answer.text) as { errors?: { message: string }[] };
      return body.errors?.length ? body.errors.map((e) => e.message).join("; ") : null;
    };
    const calendar = webOperation("CampusCalendar");
    const term = await (async () => {
      const answer = await postJson(
        graphql,
        { authorization: `Bearer ${token}` },
        { query: calendar.text, variables: {} },
      );
      return (JSON.parse(answer.text) as { data: { campusCalendar: { currentTerm: string } } }).data
        .campusCalendar.currentTerm;
    })();
    const profile = webOperation("StudentProfile");
    const list = webOperation("StudentList");
    const mark = webOperation("MarkSessionAttendance");

    // The load: per ten requests six profiles, two list pages, two attendance marks (each a new
    // enrolment marked present: a change, so an outbox event).
    const outcomes: Outcome[] = [];
    const kills: { at: number; inFlight: number; names: string[] }[] = [];
    let inFlight = 0;
    let counter = 0;
    let marked = 0;
    const startedAt = Date.now();
    const until = startedAt + seconds * 1000;
    const worker = async () => {
      while (Date.now() < until) {
        const n = counter++;
        const kind = n % 10 < 6 ? "profile" : n % 10 < 8 ? "list" : "mark";
        const start = Date.now();
        inFlight++;
        let error: string | null;
        try {
          if (kind === "profile")
            error = await send(profile, {
              id: people[(n * 7919) % people.length].id,
              term,
            });
          else if (kind === "list")
            error = await send(list, { first: 20, filter: { kind: "STUDENT" } });
          else {
            const enrolment = dataset.enrolments[marked++ % dataset.enrolments.length];
            error = await send(mark, {
              input: {
                sessionId: enrolment.sessionId,
                personId: enrolment.personId,
                status: "PRESENT",
              },
            });
          }
        } catch (thrown) {
          error = (thrown as Error).message;
        }
        inFlight--;
        outcomes.push({ op: kind, start, end: Date.now(), error });
      }
    };
    const killer = (async () => {
      await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
      const names = ["gateway-a", ...subgraphModules.map((m) => `${m.definition.name}-a`)];
      const at = Date.now();
      kills.push({ at, inFlight, names });
      for (const name of names) {
        const pid = supervisor.pid(name);
        if (pid) process.kill(pid, "SIGKILL");
      }
      console.log(`killed ${names.join(", ")} with ${inFlight} requests in flight`);
    })();
    await Promise.all([...Array.from({ length: concurrency }, worker), killer]);
    const elapsed = (Date.now() - startedAt) / 1000;

    const failures = outcomes.filter((o) => o.error !== null);
    const atKill = (o: Outcome) => kills.some((k) => o.start <= k.at && o.end >= k.at);
    const byOp = (op: string) => outcomes.filter((o) => o.op === op);
    console.log(
      `\n${outcomes.length} requests in ${elapsed.toFixed(1)} s (${(outcomes.length / elapsed).toFixed(1)} req/s): ${["profile", "list", "mark"].map((op) => `${op} ${byOp(op).length} (${byOp(op).filter((o) => o.error).length} failed)`).join(", ")}`,
    );
    console.log(
      `proxies re-sent ${proxies.reduce((n, p) => n + p.rerouted, 0)} requests a killed replica refused`,
    );
    for (const failure of failures.slice(0, 5))
      console.log(`  failed ${failure.op}: ${failure.error?.slice(0, 160)}`);
    const inFlightAtKills = kills.reduce((n, k) => n + k.inFlight, 0);
    claim(
      failures.every(atKill),
      `every failed request was in flight at the kill: ${failures.length} failed, ${failures.filter(atKill).length} of them in flight then (${inFlightAtKills} were in flight)`,
    );

    // Events: every attendance change's event delivered, and recorded once in the growth record.
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const pending = async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `select count(*) as n from curriculum.outbox_event where delivered_at is null and dead_at is null`,
            )
          ).rows[0].n,
        );
      const drainUntil = Date.now() + 120_000;
      while ((await pending()) > 0 && Date.now() < drainUntil)
        await new Promise((resolve) => setTimeout(resolve, 1000));
      const [events] = (
        await db.query<{
          written: string;
          delivered: string;
          dead: string;
          retried: string;
          unrecorded: string;
          recorded: string;
        }>(
          `select count(*) as written,
                  count(*) filter (where delivered_at is not null) as delivered,
                  count(*) filter (where dead_at is not null) as dead,
                  count(*) filter (where attempts > 1) as retried,
                  count(*) filter (where delivered_at is not null and not exists (
                    select 1 from evaluation.growth_event g
                     where g.source = 'gateway' and g.source_key = 'curriculum:' || e.key)) as unrecorded,
                  (select count(*) from evaluation.growth_event g
                    where g.source = 'gateway' and g.source_key like 'curriculum:%') as recorded
             from curriculum.outbox_event e`,
        )
      ).rows;
      const successfulMarks = byOp("mark").filter((o) => !o.error).length;
      console.log(
        `outbox: ${events.written} events written (${successfulMarks} marks answered), ${events.delivered} delivered, ${events.retried} after more than one attempt, ${events.dead} dead; ${events.recorded} growth records from them`,
      );
      claim(
        Number(events.written) >= successfulMarks &&
          events.written === events.delivered &&
          events.unrecorded === "0" &&
          events.recorded === events.delivered,
        `every event delivered and recorded once: ${events.delivered} of ${events.written} delivered, ${events.unrecorded} delivered but not recorded, ${events.recorded} recorded`,
      );

      // Jobs: each scheduled period's run offered once and run by one replica.
      for (const module of subgraphModules) {
        const jobNames = (module.definition.jobs ?? []).map((job) => job.name);
        if (!jobNames.length) continue;
        const schema = `${module.definition.name}_queue`;
        const rows = (
          await db.query<{
            name: string;
            periods: string;
            duplicates: string;
            completed: string;
            retried: string;
            waiting: string;
            active: string;
          }>(
            `select name,
                    count(distinct singleton_on) as periods,
                    count(*) - count(distinct singleton_on) as duplicates,
                    count(*) filter (where state = 'completed') as completed,
                    count(*) filter (where retry_count > 0) as retried,
                    count(*) filter (where state in ('created', 'retry')) as waiting,
                    count(*) filter (where state = 'active') as active
               from ${schema}.job
              where data->>'trigger' = 'SCHEDULE' and singleton_on is not null
                and created_on >= to_timestamp($1::float8 / 1000)
              group by name order by name`,
            [startedAt],
          )
        ).rows;
        for (const row of rows) {
          console.log(
            `jobs ${module.definition.name}/${row.name}: ${row.periods} periods, ${row.completed} runs completed, ${row.retried} retried, ${row.waiting} offered and waiting (the next period's), ${row.active} running (or taken by a killed replica, until the queue expires it), ${row.duplicates} duplicate runs`,
          );
          claim(row.duplicates === "0", `${row.name}: one run per period`);
        }
      }
    } finally {
      await db.end();
    }
    console.log(`load average after ${loadAverage().join(", ")}`);
  } finally {
    await supervisor.stop();
    await Promise.all(proxies.map((p) => p.close()));
    await database?.stop();
    removeDir(dir);
  }
  if (failedClaims) {
    console.log(`${failedClaims} claims do not hold`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
