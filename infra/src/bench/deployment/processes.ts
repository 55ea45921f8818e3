/**
 * The deployment the benchmark measures, as `npm start` runs it: PostgreSQL (embedded, or the
 * server in DATABASE_URL), the campus seeded through each subgraph's own seed, then the four
 * subgraphs and our gateway each in its own process under the same supervisor and with the same
 * variables as `npm start` (in production mode), plus the two peer gateways on the same
 * subgraphs. Every port is a free one; keys, data and logs live in a throwaway folder.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { DEV_ISSUER, ensureDevKeys } from "@campus/auth";
import { localSubgraphUrl } from "@campus/contract";
import {
  dropDatabase,
  ensureDatabase,
  freePort,
  migrateUp,
  openOrm,
  startEmbeddedPostgres,
  withDatabase,
} from "@campus/db";
import type { Dataset } from "@campus/demo-data";
import { supergraphPath } from "@campus/gateway";
import type { Logger } from "@campus/log";
import type { SubgraphModule } from "@campus/subgraph";
import { repoRoot } from "../../env";
import { FETCH_BAD_PORTS } from "../../ports";
import { Supervisor } from "../../supervisor";

/** A PostgreSQL database for the run, and the server's main process when it is ours. */
export interface BenchDatabase {
  url: string;
  /** The postmaster's pid (embedded server only; a DATABASE_URL server may be elsewhere). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * A new database on the embedded server (started in `dir`, with `postgresFlags`) or on
 * DATABASE_URL's server.
 */
export async function startDatabase(dir: string, postgresFlags?: string[]): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(4).toString("hex")}`;
  const given = process.env.DATABASE_URL;
  if (given) {
    await ensureDatabase(given, name);
    return {
      url: withDatabase(given, name),
      pid: undefined,
      stop: () => dropDatabase(given, name),
    };
  }
  const dataDir = join(dir, "postgres");
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await httpFreePort(),
    persistent: false,
    serverLogFile: join(dir, "postgresql.log"),
    postgresFlags,
  });
  await ensureDatabase(server.url, name);
  const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return {
    url: server.databaseUrl(name),
    pid: pid > 0 ? pid : undefined,
    stop: () => server.stop(),
  };
}

/**
 * Loads the dataset the way the one-process benchmark does: each subgraph's migrations, then its
 * own seed of its slice. Then VACUUM ANALYZE, so the planner has statistics, as a campus database
 * that has been running for a while would.
 */
export async function seedCampus(
  modules: SubgraphModule<Dataset>[],
  url: string,
  dataset: Dataset,
): Promise<void> {
  for (const module of modules) {
    const orm = await openOrm(module.definition.database, url, { pool: { max: 2 } });
    try {
      await migrateUp(orm);
      await module.seed(orm.em.fork(), dataset);
    } finally {
      await orm.close();
    }
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("vacuum analyze");
  } finally {
    await client.end();
  }
}

/** A free port that fetch will call (not on the Fetch standard's bad-port list). */
async function httpFreePort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!FETCH_BAD_PORTS.has(port)) return port;
  }
}

/** Every process the benchmark runs, with where it answers. */
export interface Deployment {
  subgraphUrls: Record<string, string>;
  /** GraphQL endpoints of our gateway and the two peers. */
  gatewayUrls: { campus: string; hive: string; apollo: string };
  /** /metrics of each subgraph, and the bearer that reads them. */
  metricsUrls: Record<string, string>;
  metricsToken: string;
  /** Signs user tokens (the development issuer, which every gateway here trusts). */
  issuerPrivateKeyPem: string;
  /** Signs the internal credential (for the floor's direct calls). */
  credentialPrivateKeyPem: string;
  /** Process ids by service name (organisation … evaluation, campus, hive, apollo). */
  pid(name: string): number | undefined;
  stop(): Promise<void>;
}

export interface DeploymentOptions {
  modules: SubgraphModule<Dataset>[];
  databaseUrl: string;
  /** Folder for keys (and nothing else the services keep). */
  dir: string;
  log: Logger;
  /** Write a CPU profile of every service into this folder when it stops (node --cpu-prof). */
  profileDir?: string;
}

/** Starts the subgraphs, our gateway and the peers, each its own process; resolves when all are ready. */
export async function startDeployment(options: DeploymentOptions): Promise<Deployment> {
  const { modules, databaseUrl, dir, log, profileDir } = options;
  const keysDir = join(dir, "keys");
  const keys = ensureDevKeys(keysDir);
  const keyFile = (name: string) => join(keysDir, name);
  const metricsToken = randomBytes(16).toString("hex");
  const supervisor = new Supervisor({ log, maxQuickFailures: 1 });
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const execArgv = (name: string) =>
    profileDir
      ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`]
      : [];
  // As `npm start --production` runs them (LOG_LEVEL=warn: no line per request in any process).
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    METRICS_TOKEN: metricsToken,
  };
  const [gatewayPort, hivePort, apolloPort, ...subgraphPorts] = await Promise.all(
    Array.from({ length: 3 + modules.length }, httpFreePort),
  );
  const subgraphUrls: Record<string, string> = {};
  const metricsUrls: Record<string, string> = {};
  try {
    await Promise.all(
      modules.map((module, i) => {
        const name = module.definition.name;
        const port = subgraphPorts[i];
        subgraphUrls[name] = localSubgraphUrl(port);
        metricsUrls[name] = `http://127.0.0.1:${port}/metrics`;
        // Scheduled jobs (escalation, the engine) would run at random moments of a measurement,
        // and a job worker polls its queue every two seconds: serving replicas only.
        const noJobs = {
          JOB_WORKER: "false",
          ...Object.fromEntries(
            (module.definition.jobs ?? []).map((job) => [
              `JOB_${job.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_SECONDS`,
              "0",
            ]),
          ),
        };
        return supervisor.start({
          name,
          script: join(repoRoot, `subgraphs/${name}/dist/src/main.js`),
          execArgv: execArgv(name),
          env: {
            ...common,
            ...noJobs,
            DATABASE_URL: databaseUrl,
            INTERNAL_CREDENTIAL_PUBLIC_KEY: keyFile("internal-credential.pub.pem"),
            GRAPH_CLIENT_PRIVATE_KEY: keyFile("graph-client.key.pem"),
            GATEWAY_URL: `http://127.0.0.1:${gatewayPort}`,
            [`${name.toUpperCase()}_PORT`]: String(port),
            MIGRATE_ON_START: "false",
          },
          readyUrl: `http://127.0.0.1:${port}/ready`,
        });
      }),
    );
    const subgraphUrlEnv = Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
    );
    const signIn = { AUTH_PUBLIC_KEY: keyFile("dev-issuer.pub.pem"), AUTH_ISSUER: DEV_ISSUER };
    await supervisor.start({
      name: "campus",
      script: join(repoRoot, "gateway/dist/src/main.js"),
      execArgv: execArgv("campus-gateway"),
      env: {
        ...common,
        ...signIn,
        ...subgraphUrlEnv,
        GATEWAY_PORT: String(gatewayPort),
        INTERNAL_CREDENTIAL_PRIVATE_KEY: keyFile("internal-credential.key.pem"),
        GRAPH_CLIENT_PUBLIC_KEY: keyFile("graph-client.pub.pem"),
        // One user sends every request of the benchmark; the per-user limit (1,200 a minute) is off.
        RATE_LIMIT_USER: "0",
      },
      readyUrl: `http://127.0.0.1:${gatewayPort}/ready`,
    });
    const peerEnv = {
      ...common,
      ...signIn,
      ...subgraphUrlEnv,
      SUPERGRAPH_PATH: supergraphPath,
      INTERNAL_CREDENTIAL_PRIVATE_KEY: keyFile("internal-credential.key.pem"),
    };
    await Promise.all([
      supervisor.start({
        name: "hive",
        script: join(__dirname, "../peers/hive-gateway.js"),
        execArgv: execArgv("hive-gateway"),
        env: { ...peerEnv, PEER_PORT: String(hivePort) },
        readyUrl: `http://127.0.0.1:${hivePort}/readiness`,
      }),
      supervisor.start({
        name: "apollo",
        script: join(__dirname, "../peers/apollo-gateway.js"),
        execArgv: execArgv("apollo-gateway"),
        env: { ...peerEnv, PEER_PORT: String(apolloPort) },
        readyUrl: `http://127.0.0.1:${apolloPort}/ready`,
      }),
    ]);
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
  return {
    subgraphUrls,
    gatewayUrls: {
      campus: `http://127.0.0.1:${gatewayPort}/graphql`,
      hive: `http://127.0.0.1:${hivePort}/graphql`,
      apollo: `http://127.0.0.1:${apolloPort}/graphql`,
    },
    metricsUrls,
    metricsToken,
    issuerPrivateKeyPem: keys.issuer.privateKeyPem,
    credentialPrivateKeyPem: keys.internal.privateKeyPem,
    pid: (name) => supervisor.pid(name),
    stop: () => supervisor.stop(),
  };
}

/** Removes the run's folder (keys, the embedded server's data). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
