import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSchemaDiff } from "@campus/db";
import { startTestSubgraphs, type SubgraphHarness } from "@campus/testkit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { definition, seed } from "../src";

describe("curriculum migrations", () => {
  let harness: SubgraphHarness;

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }]);
  });
  afterAll(() => harness?.stop());

  it("bring the database exactly to the entities' shape, partial unique index included", async () => {
    const orm = harness.subgraphs.curriculum.orm;
    expect(await pendingSchemaDiff(orm)).toBe("");
    const [index] = await (orm.em.fork() as EntityManager)
      .getConnection()
      .execute<{ indexdef: string }[]>(
        `select indexdef from pg_indexes where schemaname = 'curriculum' and indexname = 'enrolment_session_person_active_unique'`,
      );
    expect(index?.indexdef).toMatch(
      /UNIQUE INDEX .* \(session_id, person_id\) WHERE \(status <> 'CANCELLED'/,
    );
  });
});
