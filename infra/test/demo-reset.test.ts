import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@campus/testkit";
import { prepareSubgraphs } from "../src/database";
import { resetDemo } from "../src/demo-reset";
import { subgraphModules } from "../src/subgraphs";

const schemas = subgraphModules.map((m) => m.definition.database.schema);

/** Rows per table in every subgraph schema (the migration history left out). */
async function rowCounts(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ schemaname: string; tablename: string }>(
    "select schemaname, tablename from pg_tables where schemaname = any($1) and tablename <> 'mikro_orm_migrations' order by 1, 2",
    [schemas],
  );
  const counts: Record<string, number> = {};
  for (const { schemaname, tablename } of tables) {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from "${schemaname}"."${tablename}"`,
    );
    counts[`${schemaname}.${tablename}`] = Number(rows[0].n);
  }
  return counts;
}

/** The schema and name of the first table that matches; throws when none does. */
function tableOf(
  counts: Record<string, number>,
  match: (table: string) => boolean,
): [string, string] {
  const found = Object.keys(counts).find(match);
  if (!found) throw new Error("no such table in the demo schemas");
  const [schema, table] = found.split(".");
  return [schema, table];
}

describe("npm run demo:reset", () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    await prepareSubgraphs(subgraphModules, db.url, { seedDemo: true }, () => {});
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it("puts back every table of the four subgraphs as the demo first loaded it, whatever was done since", async () => {
    const seeded = await rowCounts(client);
    expect(Object.keys(seeded).length).toBeGreaterThan(20);
    expect(Object.keys(seeded).filter((t) => seeded[t] > 0).length).toBeGreaterThan(10);
    const [schema, table] = tableOf(seeded, (t) => t.endsWith(".warning"));

    // What a demo session does: work on warnings, and a table emptied.
    const { rows } = await client.query<{ id: string; status: string }>(
      `select id, status from "${schema}"."${table}" order by id limit 1`,
    );
    await client.query(`update "${schema}"."${table}" set status = 'CLOSED' where id = $1`, [
      rows[0].id,
    ]);
    const [es, et] = tableOf(seeded, (t) => t.startsWith("people.") && seeded[t] > 0);
    const emptied = `${es}.${et}`;
    await client.query(`truncate "${es}"."${et}" cascade`);
    expect((await rowCounts(client))[emptied]).toBe(0);

    const lines: string[] = [];
    await resetDemo(db.url, subgraphModules, (line) => lines.push(line));

    expect(await rowCounts(client)).toEqual(seeded);
    const { rows: after } = await client.query<{ status: string }>(
      `select status from "${schema}"."${table}" where id = $1`,
      [rows[0].id],
    );
    expect(after[0]?.status).toBe(rows[0].status);
    expect(lines).toContain(`dropped ${schemas.join(", ")}`);
    for (const module of subgraphModules)
      expect(lines).toContain(`${module.definition.name}: loaded the demo data set`);
  });
});
