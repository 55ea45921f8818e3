/**
 * `npm start`: the whole platform on one machine. Starts PostgreSQL (embedded unless DATABASE_URL
 * is set), applies migrations, loads the demo set into empty subgraphs, starts the four subgraphs
 * and the gateway as separate processes (as in production, so one failing leaves the others up),
 * prints the URLs, and on Ctrl-C stops all of it, PostgreSQL included.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDevKeys } from "@campus/auth";
import { localSubgraphUrl } from "@campus/gateway";
import { demoData } from "@campus/demo-data";
import { openPlatformDatabase, prepareSubgraphs, type PlatformDatabase } from "./database";
import { readPlatformEnv, repoRoot } from "./env";
import { subgraphModules } from "./subgraphs";

const log = (line: string) => console.log(`[platform] ${line}`);

interface Service {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

function startService(name: string, script: string, env: NodeJS.ProcessEnv): Service {
  const child = spawn(process.execPath, [join(repoRoot, script)], { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { name, process: child, exited };
}

async function waitUntilUp(name: string, url: string, service: Service, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void service.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited during start-up (see its log above)`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000}s`);
}

async function main() {
  const env = readPlatformEnv();
  mkdirSync(env.dataDir, { recursive: true });
  const keysDir = join(env.dataDir, "keys");
  ensureDevKeys(keysDir);
  const services: Service[] = [];
  let db: PlatformDatabase | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    for (const service of services) service.process.kill("SIGTERM");
    const killLate = setTimeout(() => services.forEach((s) => s.process.kill("SIGKILL")), 10_000);
    await Promise.all(services.map((s) => s.exited));
    clearTimeout(killLate);
    // If Ctrl-C reached PostgreSQL too it is already down, and stop() would wait for an exit
    // that has happened; a bound keeps shutdown finite.
    if (db) await Promise.race([db.stop().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    db = await openPlatformDatabase(env, log);
    await prepareSubgraphs(subgraphModules, db.url, { seedDemo: true }, log);

    const devUsersFile = join(env.dataDir, "dev-users.json");
    writeFileSync(devUsersFile, JSON.stringify(demoData().users, null, 2));

    for (const module of subgraphModules) {
      const name = module.definition.name;
      const port = env.subgraphPorts[name]!;
      const service = startService(name, `subgraphs/${name}/dist/src/main.js`, {
        DATABASE_URL: db.url,
        INTERNAL_CREDENTIAL_PUBLIC_KEY: join(keysDir, "internal-credential.pub.pem"),
        GRAPH_CLIENT_PRIVATE_KEY: join(keysDir, "graph-client.key.pem"),
        GATEWAY_URL: `http://127.0.0.1:${env.gatewayPort}`,
        [`${name.toUpperCase()}_PORT`]: String(port),
        MIGRATE_ON_START: "false",
        LOG_LEVEL: env.logLevel,
      });
      services.push(service);
      // A subgraph that dies later is reported; the others keep serving.
      void service.exited.then((code) => !stopping && log(`${name} exited (code ${code}); the other services keep running`));
    }
    await Promise.all(services.map((s) => waitUntilUp(s.name, `http://127.0.0.1:${env.subgraphPorts[s.name]}/ready`, s)));

    const gateway = startService("gateway", "gateway/dist/src/main.js", {
      GATEWAY_PORT: String(env.gatewayPort),
      AUTH_PUBLIC_KEY: join(keysDir, "dev-issuer.pub.pem"),
      INTERNAL_CREDENTIAL_PRIVATE_KEY: join(keysDir, "internal-credential.key.pem"),
      GRAPH_CLIENT_PUBLIC_KEY: join(keysDir, "graph-client.pub.pem"),
      DEV_SIGN_IN_USERS: devUsersFile,
      DEV_ISSUER_PRIVATE_KEY: join(keysDir, "dev-issuer.key.pem"),
      ...Object.fromEntries(Object.entries(env.subgraphPorts).map(([name, port]) => [`${name.toUpperCase()}_URL`, localSubgraphUrl(port)])),
      LOG_LEVEL: env.logLevel,
    });
    services.push(gateway);
    void gateway.exited.then((code) => !stopping && log(`gateway exited (code ${code})`));
    const base = `http://127.0.0.1:${env.gatewayPort}`;
    await waitUntilUp("gateway", `${base}/health`, gateway);

    console.log(
      [
        "",
        "Campus Graph is running:",
        `  web app    ${base}/`,
        `  GraphiQL   ${base}/graphiql`,
        `  GraphQL    ${base}/graphql   (token: npm run token -- admin)`,
        ...subgraphModules.map((m) => `  ${m.definition.name.padEnd(12)} http://127.0.0.1:${env.subgraphPorts[m.definition.name]}/graphql (gateway credential only)`),
        `  database   ${db.embedded ? `embedded PostgreSQL, data in ${join(env.dataDir, "postgres")}` : "DATABASE_URL"}`,
        "Press Ctrl-C to stop everything.",
        "",
      ].join("\n"),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
