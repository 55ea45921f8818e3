import { join } from "node:path";
import { Client } from "pg";
import {
  embeddedServerUrl,
  ensureDatabase,
  migrateUp,
  openOrm,
  startEmbeddedPostgres,
  withDatabase,
} from "@campus/db";
import { demoData } from "@campus/demo-data";
import type { PlatformEnv } from "./env";
import type { SubgraphModule } from "@campus/subgraph";

export const APP_DATABASE = "campus";

export interface PlatformDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The database the platform runs on: DATABASE_URL as given, or the embedded server's `campus` database. */
export async function openPlatformDatabase(
  env: PlatformEnv,
  log: (line: string) => void,
): Promise<PlatformDatabase> {
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: false, stop: async () => {} };
  const dataDir = join(env.dataDir, "postgres");
  log(`starting embedded PostgreSQL on 127.0.0.1:${env.embeddedPort} (data in ${dataDir})`);
  const server = await startEmbeddedPostgres({
    dataDir,
    port: env.embeddedPort,
    persistent: true,
    serverLogFile: join(env.dataDir, "postgres-log", "postgresql.log"),
  });
  await ensureDatabase(server.url, APP_DATABASE);
  return { url: withDatabase(server.url, APP_DATABASE), embedded: true, stop: () => server.stop() };
}

/**
 * The platform's database for a tool run beside `npm start` (backup, restore): the embedded server
 * it is running if it answers, else one started for the tool and stopped after it.
 */
export async function openToolDatabase(
  env: PlatformEnv,
  log: (line: string) => void,
): Promise<PlatformDatabase> {
  if (!env.databaseUrl && (await embeddedPlatformRunning(env))) {
    const url = withDatabase(embeddedServerUrl(env.embeddedPort), APP_DATABASE);
    return { url, embedded: true, stop: async () => {} };
  }
  return openPlatformDatabase(env, log);
}

/** Whether the embedded server of `npm start` answers on its port (the platform is running). */
export async function embeddedPlatformRunning(env: PlatformEnv): Promise<boolean> {
  const url = withDatabase(embeddedServerUrl(env.embeddedPort), APP_DATABASE);
  const probe = new Client({ connectionString: url });
  const running = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => {});
  return running;
}

/** Applies every subgraph's pending migrations and, with `seedDemo`, loads the demo set into empty subgraphs. */
export async function prepareSubgraphs(
  modules: SubgraphModule[],
  url: string,
  options: { seedDemo: boolean },
  log: (line: string) => void,
): Promise<void> {
  const demo = options.seedDemo ? demoData().dataset : undefined;
  for (const module of modules) {
    const orm = await openOrm(module.definition.database, url, { pool: { max: 2 } });
    try {
      const applied = await migrateUp(orm);
      log(
        `${module.definition.name}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`,
      );
      if (demo && (await module.seed(orm.em.fork(), demo, { onlyIfEmpty: true }))) {
        log(`${module.definition.name}: loaded the demo data set`);
      }
    } finally {
      await orm.close();
    }
  }
}
