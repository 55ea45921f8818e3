import { Client } from "pg";

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

export async function ensureDatabase(url: string, database: string): Promise<void> {
  const name = quoteIdent(database);
  await onServer(url, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  });
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  const name = quoteIdent(database);
  await onServer(url, (client) => client.query(`drop database if exists ${name} with (force)`));
}
