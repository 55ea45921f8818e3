import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDownAll, migrateUp, pendingSchemaDiff } from "@campus/db";
import { startTestSubgraphs, type SubgraphHarness } from "@campus/testkit";
import { definition, seed } from "../src";

describe("curriculum migrations", () => {
  let harness: SubgraphHarness;

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }]);
  });
  afterAll(() => harness?.stop());

  it("bring the database exactly to the entities' shape, partial unique index included", async () => {
    const orm = harness.subgraphs.curriculum!.orm;
    expect(await pendingSchemaDiff(orm)).toBe("");
    const [index] = await orm.em.fork().getConnection().execute(
      `select indexdef from pg_indexes where schemaname = 'curriculum' and indexname = 'enrolment_session_person_enrolled_unique'`,
    );
    expect(index?.indexdef).toMatch(/UNIQUE INDEX .* \(session_id, person_id\) WHERE \(status = 'ENROLLED'/);
  });

  it("can be reverted and applied again", async () => {
    const orm = harness.subgraphs.curriculum!.orm;
    expect(await migrateDownAll(orm)).toHaveLength(definition.database.migrations.length);
    const tables = await orm.em.fork().getConnection().execute(`select table_name from information_schema.tables where table_schema = 'curriculum' and table_name <> 'mikro_orm_migrations'`);
    expect(tables).toEqual([]);
    expect(await migrateUp(orm)).toHaveLength(definition.database.migrations.length);
    expect(await pendingSchemaDiff(orm)).toBe("");
  });
});
