import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@campus/testkit";
import { backupDatabase, restoreDatabase } from "../src/backup";
import { prepareSubgraphs } from "../src/database";
import { subgraphModules } from "../src/subgraphs";

const schemas = subgraphModules.map((m) => m.definition.database.schema);

/** Every table of every subgraph schema with its row count and a digest of its rows. */
async function contents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schemaname: string; tablename: string }>(
      "select schemaname, tablename from pg_tables where schemaname = any($1) order by 1, 2",
      [schemas],
    );
    const result: Record<string, { rows: number; digest: string }> = {};
    for (const { schemaname, tablename } of tables) {
      if (tablename === "mikro_orm_migrations") continue;
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "${schemaname}"."${tablename}" t`,
      );
      result[`${schemaname}.${tablename}`] = {
        rows: Number(rows[0].n),
        digest: rows[0].digest ?? "",
      };
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("npm run backup / npm run restore", () => {
  const dir = mkdtempSync(join(tmpdir(), "campus-backup-test-"));
  let source: TestDatabase;
  let fresh: TestDatabase;

  beforeAll(async () => {
    source = await createTestDatabase();
    fresh = await createTestDatabase();
    await prepareSubgraphs(subgraphModules, source.url, { seedDemo: true }, () => {});
  });
  afterAll(async () => {
    await source?.drop();
    await fresh?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores the demo campus into a fresh database, every table of all four subgraphs alike", async () => {
    const before = await contents(source.url);
    for (const schema of schemas) {
      const rows = Object.entries(before)
        .filter(([table]) => table.startsWith(`${schema}.`))
        .reduce((n, [, t]) => n + t.rows, 0);
      expect(rows, `${schema} holds data`).toBeGreaterThan(0);
    }

    const manifest = await backupDatabase(source.url, schemas, dir);
    expect(manifest.schemas.map((s) => s.name)).toEqual(schemas);
    for (const schema of manifest.schemas) expect(schema.migrations.length).toBeGreaterThan(0);

    await restoreDatabase(fresh.url, subgraphModules, dir);
    expect(await contents(fresh.url)).toEqual(before);
  });

  it("refuses to restore over data, and changes nothing", async () => {
    const before = await contents(fresh.url);
    await expect(restoreDatabase(fresh.url, subgraphModules, dir)).rejects.toThrow(
      /already holds data .*restore into an empty database/,
    );
    expect(await contents(fresh.url)).toEqual(before);
  });

  it("refuses a folder that is not a backup", async () => {
    await expect(restoreDatabase(fresh.url, subgraphModules, tmpdir())).rejects.toThrow(
      /is not a backup/,
    );
  });
});
