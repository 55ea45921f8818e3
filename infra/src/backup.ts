/**
 * Logical backups of the platform's data: every subgraph's schema, table by table, in one
 * consistent snapshot, with the migrations it was taken at. A backup is a folder: manifest.json
 * and one gzipped COPY file per table.
 *
 * Why not pg_dump: the embedded server is PostgreSQL 18, and its npm package ships only initdb,
 * pg_ctl and postgres; a distribution's pg_dump is older (Debian 12 has 15) and refuses a newer
 * server. COPY through the same driver works against the embedded server and DATABASE_URL alike,
 * and the schema itself is rebuilt by the committed migrations, as on any other start.
 */
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { Client } from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { openOrm } from "@campus/db";
import type { SubgraphModule } from "@campus/subgraph";
import { prepareSubgraphs } from "./database";

export const BACKUP_FORMAT = "campus-graph-backup";
const MIGRATIONS_TABLE = "mikro_orm_migrations";

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  schemas: {
    name: string;
    migrations: string[];
    tables: { name: string; rows: number; file: string }[];
  }[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (schema: string, table: string) => `${ident(schema)}.${ident(table)}`;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function tablesOf(client: Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = $1 and tablename <> $2 order by tablename",
    [schema, MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

/** Writes every table of `schemas` into `dir`, all from one snapshot; returns what it wrote. */
export async function backupDatabase(
  url: string,
  schemas: string[],
  dir: string,
): Promise<BackupManifest> {
  // Personal data and the audit log: readable by whoever made the backup only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const client = await connect(url);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    schemas: [],
  };
  try {
    // One snapshot for every schema: a backup never holds half of a cross-table change.
    await client.query("begin isolation level repeatable read read only");
    for (const schema of schemas) {
      const exists = await client.query("select 1 from pg_namespace where nspname = $1", [schema]);
      if (!exists.rowCount)
        throw new Error(
          `schema ${schema} does not exist in this database: run npm run migrate (or npm start) first`,
        );
      const migrations = (
        await client.query<{ name: string }>(
          `select name from ${qualified(schema, MIGRATIONS_TABLE)} order by id`,
        )
      ).rows.map((r) => r.name);
      const tables: BackupManifest["schemas"][number]["tables"] = [];
      for (const table of await tablesOf(client, schema)) {
        const file = `${schema}.${table}.copy.gz`;
        const rows = Number(
          (
            await client.query<{ n: string }>(
              `select count(*) as n from ${qualified(schema, table)}`,
            )
          ).rows[0].n,
        );
        await pipeline(
          client.query(copyTo(`copy ${qualified(schema, table)} to stdout`)),
          createGzip(),
          createWriteStream(join(dir, file)),
        );
        tables.push({ name: table, rows, file });
      }
      manifest.schemas.push({ name: schema, migrations, tables });
    }
    await client.query("commit");
  } finally {
    await client.end();
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

export function readManifest(dir: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as BackupManifest;
  } catch (error) {
    throw new Error(`${dir} is not a backup: ${(error as Error).message}`);
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== 1)
    throw new Error(`${dir} is not a Campus Graph backup (version 1)`);
  return manifest;
}

/** Parents before children, so every foreign key finds its row; a table may refer to itself. */
async function loadOrder(client: Client, schema: string, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `select ch.relname as child, pa.relname as parent from pg_constraint c
       join pg_class ch on ch.oid = c.conrelid join pg_class pa on pa.oid = c.confrelid
       join pg_namespace n on n.oid = ch.relnamespace
     where c.contype = 'f' and n.nspname = $1 and ch.oid <> pa.oid`,
    [schema],
  );
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending].filter(
      (t) => !rows.some((r) => r.child === t && pending.has(r.parent)),
    );
    if (!ready.length)
      throw new Error(
        `${schema}: foreign keys form a cycle among ${[...pending].join(", ")}; restore cannot order them`,
      );
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/**
 * Restores a backup into the database at `url`, which must not hold any of the backup's rows yet:
 * migrations up to the backup's, every table's rows in one transaction, sequences moved past the
 * restored ids, then the migrations the code has gained since the backup.
 */
export async function restoreDatabase(
  url: string,
  modules: SubgraphModule[],
  dir: string,
  log: (line: string) => void = () => {},
): Promise<BackupManifest> {
  const manifest = readManifest(dir);
  const bySchema = new Map(modules.map((m) => [m.definition.database.schema, m]));
  const problems: string[] = [];
  for (const schema of manifest.schemas) {
    const module = bySchema.get(schema.name);
    if (!module)
      problems.push(
        `the backup holds schema ${schema.name}, which no subgraph of this version owns`,
      );
    else {
      const known = new Set(module.definition.database.migrations.map((m) => m.name));
      const unknown = schema.migrations.filter((name) => !known.has(name.replace(/\.[jt]s$/, "")));
      if (unknown.length)
        problems.push(
          `${schema.name}: the backup was taken at migrations this version does not have (${unknown.join(", ")}); restore it with that version`,
        );
    }
  }
  if (problems.length) throw new Error(`cannot restore ${dir}:\n- ${problems.join("\n- ")}`);

  const client = await connect(url);
  try {
    const nonEmpty: string[] = [];
    for (const schema of manifest.schemas) {
      const present = new Set(await tablesOf(client, schema.name));
      for (const table of schema.tables) {
        if (
          present.has(table.name) &&
          (await client.query(`select 1 from ${qualified(schema.name, table.name)} limit 1`))
            .rowCount
        )
          nonEmpty.push(`${schema.name}.${table.name}`);
      }
    }
    if (nonEmpty.length) {
      throw new Error(
        `the target database already holds data (${nonEmpty.slice(0, 5).join(", ")}${nonEmpty.length > 5 ? ", …" : ""}); restore into an empty database (npm run restore -- <backup> --database <new name>)`,
      );
    }

    // The schema as it was when the backup was taken.
    for (const schema of manifest.schemas) {
      const module = bySchema.get(schema.name);
      if (!module)
        throw new Error(`the backup holds schema ${schema.name}, which no subgraph owns`);
      const orm = await openOrm(module.definition.database, url, {
        pool: { max: 1 },
      });
      try {
        const wanted = schema.migrations.map((name) => name.replace(/\.[jt]s$/, ""));
        const done = (await orm.getMigrator().getExecutedMigrations()).map((m) =>
          m.name.replace(/\.[jt]s$/, ""),
        );
        const beyond = done.filter((name) => !wanted.includes(name));
        if (beyond.length) {
          throw new Error(
            `${schema.name} is already at migrations the backup predates (${beyond.join(", ")}); restore into a new database (--database <name>), which passes through them`,
          );
        }
        const last = wanted.at(-1);
        if (last !== undefined && wanted.length > done.length)
          await orm.getMigrator().up({ to: last });
      } finally {
        await orm.close();
      }
    }

    await client.query("begin");
    for (const schema of manifest.schemas) {
      const files = new Map(schema.tables.map((t) => [t.name, t]));
      for (const table of await loadOrder(client, schema.name, [...files.keys()])) {
        const entry = files.get(table);
        if (!entry)
          throw new Error(`${schema.name}.${table} is in the load order but not in the backup`);
        await pipeline(
          createReadStream(join(dir, entry.file)),
          createGunzip(),
          client.query(copyFrom(`copy ${qualified(schema.name, table)} from stdin`)),
        );
      }
      // Serial and identity columns continue after the highest restored value.
      const { rows: sequences } = await client.query<{ table_name: string; column_name: string }>(
        `select table_name, column_name from information_schema.columns
          where table_schema = $1 and (column_default like 'nextval(%' or is_identity = 'YES')`,
        [schema.name],
      );
      for (const { table_name, column_name } of sequences) {
        await client.query(
          `select setval(pg_get_serial_sequence($1, $2), coalesce(max(${ident(column_name)}), 0) + 1, false) from ${qualified(schema.name, table_name)}`,
          [qualified(schema.name, table_name), column_name],
        );
      }
      log(
        `${schema.name}: restored ${schema.tables.reduce((n, t) => n + t.rows, 0)} rows in ${schema.tables.length} tables`,
      );
    }
    await client.query("commit");
    await prepareSubgraphs(modules, url, { seedDemo: false }, log);
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return manifest;
}
