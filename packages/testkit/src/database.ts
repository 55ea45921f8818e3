import { createHash, randomBytes } from "node:crypto";
import { Client } from "pg";
import {
  dropDatabase,
  ensureDatabase,
  migrateUp,
  openOrm,
  withDatabase,
  type SubgraphDatabase,
} from "@campus/db";
import { SERVER_URL_ENV } from "./global-setup";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env[SERVER_URL_ENV];
  if (!url)
    throw new Error(
      `${SERVER_URL_ENV} is not set: add @campus/testkit's global setup to the vitest config`,
    );
  return url;
}

async function onServer<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database for one test file: no test sees another's rows. Empty, or a copy of `template`
 * (see migratedTemplate).
 */
export async function createTestDatabase(
  options: { template?: string } = {},
): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `test_${randomBytes(6).toString("hex")}`;
  if (options.template) {
    const template = options.template;
    await onServer(async (client) => {
      // PostgreSQL refuses to copy a database someone is connected to (55006); only a template
      // being finished by another worker could be, for a moment.
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query(`create database "${name}" template "${template}"`);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== "55006" || attempt === 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    });
  } else {
    await ensureDatabase(server, name);
  }
  return { url: withDatabase(server, name), drop: () => dropDatabase(server, name) };
}

const templates = new Map<string, Promise<string>>();

/**
 * The name of a database holding these subgraphs' schemas with every committed migration applied,
 * built once per test server and copied for each test file (`create database … template`, a file
 * copy) instead of running every migration again in every file. The name is a digest of the
 * schemas and the migrations' code, so a changed migration gets a new template. Workers building
 * the same template take turns on an advisory lock; it is renamed into place only once complete.
 */
export function migratedTemplate(databases: SubgraphDatabase[]): Promise<string> {
  const digest = createHash("sha256");
  for (const db of [...databases].sort((a, b) => a.schema.localeCompare(b.schema))) {
    digest.update(`${db.schema}\n`);
    for (const m of db.migrations) digest.update(`${m.name}\n${String(m.class)}\n`);
  }
  const name = `campus_template_${digest.digest("hex").slice(0, 16)}`;
  let template = templates.get(name);
  if (!template) {
    template = buildTemplate(name, databases);
    templates.set(name, template);
    template.catch(() => templates.delete(name));
  }
  return template;
}

async function buildTemplate(name: string, databases: SubgraphDatabase[]): Promise<string> {
  const lockKey = Number.parseInt(name.slice(-8), 16) | 0;
  await onServer(async (client) => {
    await client.query("select pg_advisory_lock($1)", [lockKey]);
    try {
      const found = await client.query("select 1 from pg_database where datname = $1", [name]);
      if (found.rowCount) return;
      const partial = `${name}_partial`;
      await client.query(`drop database if exists "${partial}" with (force)`);
      await client.query(`create database "${partial}"`);
      try {
        for (const db of databases) {
          const orm = await openOrm(db, withDatabase(testServerUrl(), partial));
          try {
            await migrateUp(orm);
          } finally {
            await orm.close(true);
          }
        }
        await client.query(`alter database "${partial}" rename to "${name}"`);
      } catch (error) {
        await client.query(`drop database if exists "${partial}" with (force)`);
        throw error;
      }
    } finally {
      await client.query("select pg_advisory_unlock($1)", [lockKey]);
    }
  });
  return name;
}
