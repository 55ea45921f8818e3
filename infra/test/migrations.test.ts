import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { migrateDownAll, migrateUp, openOrm, pendingSchemaDiff } from "@campus/db";
import { createTestDatabase, type TestDatabase } from "@campus/testkit";
import { subgraphModules } from "../src";

/** One column of a catalogue query about a PostgreSQL schema, sorted. */
async function namesIn(url: string, query: string, schema: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`${query} order by 1`, [schema]);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

const tablesIn = (url: string, schema: string) =>
  namesIn(
    url,
    "select table_name as name from information_schema.tables where table_schema = $1",
    schema,
  );
const enumTypesIn = (url: string, schema: string) =>
  namesIn(
    url,
    "select typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = $1 and t.typtype = 'e'",
    schema,
  );

/** Migrations are history: they build exactly the entities' schema, and down undoes up. */
describe.each(subgraphModules.map((m) => [m.definition.name, m] as const))(
  "%s migrations",
  (name, module) => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db?.drop());

    it("build the schema the entities describe, in the subgraph's own PostgreSQL schema", async () => {
      const orm = await openOrm(module.definition.database, db.url);
      try {
        const applied = await migrateUp(orm);
        expect(applied).toEqual(module.definition.database.migrations.map((m) => m.name));
        expect(await pendingSchemaDiff(orm)).toBe("");
        const tables = await tablesIn(db.url, name);
        expect(tables).toContain("mikro_orm_migrations");
        expect(tables.length).toBeGreaterThan(1);
        expect(await tablesIn(db.url, "public")).toEqual([]);
      } finally {
        await orm.close();
      }
    });

    it("can be undone completely and applied again", async () => {
      const orm = await openOrm(module.definition.database, db.url);
      try {
        expect(await migrateDownAll(orm)).toHaveLength(
          module.definition.database.migrations.length,
        );
        expect(await tablesIn(db.url, name)).toEqual(["mikro_orm_migrations"]);
        expect(await enumTypesIn(db.url, name)).toEqual([]);
        expect(await migrateUp(orm)).toHaveLength(module.definition.database.migrations.length);
        expect(await pendingSchemaDiff(orm)).toBe("");
      } finally {
        await orm.close();
      }
    });
  },
);
