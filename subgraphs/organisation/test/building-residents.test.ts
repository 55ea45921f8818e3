import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callers,
  startTestSubgraphs,
  statementsOf,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";

/** Federation's `_entities`, as the gateway asks for a building's residents: not in schema.graphql, so plain text. */
const RESIDENT_IDS = `query BuildingResidentIds($r: [_Any!]!) {
  _entities(representations: $r) { ... on Building { id residentIds } }
}`;

/** Building.residentIds: what the evaluation subgraph @requires for a building's warning statistics and list. */
describe("organisation: the ids of a building's residents, lent to other subgraphs", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("building-residents");
  const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
  const campus = b.campus();
  const east = b.building({ name: "东1号楼", campusId: campus.id });
  const west = b.building({ name: "西1号楼", campusId: campus.id });
  const empty = b.building({ name: "东2号楼", campusId: campus.id });
  const floor1 = b.grid({ name: "东1号楼1层网格", buildingId: east.id, branchId: branch.id });
  const room101 = b.room({ buildingId: east.id, gridId: floor1.id, floor: 1, number: "101" });
  // A room in no grid still houses the building's residents.
  const room301 = b.room({ buildingId: east.id, floor: 3, number: "301" });
  const room102 = b.room({ buildingId: west.id, floor: 1, number: "102" });
  b.room({ buildingId: empty.id, floor: 1, number: "101" });
  const [a, bb, c, d, gone] = ["王子涵", "李浩然", "张欣怡", "刘洋", "已搬离"].map((name) =>
    b.student({ name }),
  );
  b.residence(bb, room301, { bed: "1" });
  b.residence(a, room101, { bed: "2" });
  b.residence(c, room101, { bed: "1", movedOutOn: "2099-07-01" });
  // Moved out of the east building last year, now in the west one.
  b.residence(gone, room101, { bed: "3", movedInOn: "2023-09-01", movedOutOn: "2024-07-01" });
  b.residence(gone, room102, { bed: "2", movedInOn: "2024-07-01" });
  b.residence(d, room102, { bed: "1" });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const ask = (
    ids: string[],
  ): Promise<GraphQLResponse<{ _entities: { id: string; residentIds: string[] }[] }>> =>
    harness.execute(
      "organisation",
      RESIDENT_IDS,
      { r: ids.map((id) => ({ __typename: "Building", id })) },
      callers.admin(),
    );

  it("lists the people living in each building today, by floor, room and bed, and no one who moved out", async () => {
    const res = await ask([east.id, west.id, empty.id]);
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { id: east.id, residentIds: [c.id, a.id, bb.id] },
      { id: west.id, residentIds: [d.id, gone.id] },
      { id: empty.id, residentIds: [] },
    ]);
  });

  it("answers for the buildings of a request in two statements, however many", async () => {
    await ask([east.id]); // warm-up: connection, metadata
    for (const ids of [[east.id], [east.id, west.id, empty.id]]) {
      const { statements, result } = await statementsOf(harness, "organisation", () => ask(ids));
      expect(result.errors).toBeUndefined();
      // One statement finds the buildings, one their residents.
      expect(statements).toBe(2);
    }
  });

  it("is kept out of the public API: @inaccessible in the subgraph's schema", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toMatch(
      /type Building\s+@key\(fields: "id"\)\s*\{[^}]*residentIds: \[ID!\]! @inaccessible\n/,
    );
  });
});
