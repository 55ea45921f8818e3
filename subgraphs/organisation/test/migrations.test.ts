import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSchemaDiff } from "@campus/db";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestSubgraphs, type SubgraphHarness } from "@campus/testkit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { definition, seed } from "../src";

describe("organisation migrations", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("organisation-migrations");
  const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
  const campus = b.campus();
  const building = b.building({ name: "彭康1号楼", campusId: campus.id });
  const grid = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
  const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
  const [first, second] = [b.student({ name: "王子涵" }), b.student({ name: "李浩然" })];
  b.residence(first, room, { bed: "1" });

  const sql = <Row extends object>(text: string, params: unknown[] = []) =>
    (harness.subgraphs.organisation.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<Row[]>(text, params);
  const insertResidence = (
    personId: string,
    bed: string,
    movedInOn = "2024-09-01",
    movedOutOn: string | null = null,
  ) =>
    sql(
      `insert into organisation.residence (id, person_id, room_id, bed, moved_in_on, moved_out_on) values (gen_random_uuid(), ?, ?, ?, ?, ?)`,
      [personId, room.id, bed, movedInOn, movedOutOn],
    );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("bring the database exactly to the entities' shape, partial unique indexes included", async () => {
    expect(await pendingSchemaDiff(harness.subgraphs.organisation.orm)).toBe("");
    const indexes = await sql<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where schemaname = 'organisation' and tablename = 'residence' and indexdef like '%WHERE%' order by indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual([
      "residence_person_open_unique",
      "residence_room_bed_open_unique",
    ]);
    expect(indexes[0]?.indexdef).toMatch(
      /UNIQUE INDEX .* \(person_id\) WHERE \(moved_out_on IS NULL\)/,
    );
    expect(indexes[1]?.indexdef).toMatch(
      /UNIQUE INDEX .* \(room_id, bed\) WHERE \(moved_out_on IS NULL\)/,
    );
  });

  it("refuse a second open residence in a bed or for a person, and a move-out before the move-in, whatever the application does", async () => {
    await expect(insertResidence(second.id, "1")).rejects.toThrow(/residence_room_bed_open_unique/);
    await expect(insertResidence(first.id, "2")).rejects.toThrow(/residence_person_open_unique/);
    await expect(insertResidence(second.id, "3", "2024-09-01", "2024-08-01")).rejects.toThrow(
      /residence_moved_out_after_in/,
    );
    // Closed residences are history and may repeat a bed and a person.
    await insertResidence(first.id, "1", "2023-09-01", "2024-07-01");
    await insertResidence(second.id, "1", "2022-09-01", "2023-07-01");
    const [count] = await sql<{ n: number }>(
      `select count(*)::int as n from organisation.residence`,
    );
    expect(count?.n).toBe(3);
  });
});
