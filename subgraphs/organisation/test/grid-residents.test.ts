import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RANDOM_PAGE_COST } from "@campus/db";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const GRIDS = graphql(`
  query GridResidents {
    grids(first: 10) {
      edges {
        node {
          name
          residentIds
        }
      }
    }
  }
`);

/** Grid.residentIds: what the evaluation subgraph @requires for a grid's warning statistics. */
describe("organisation: the ids of a grid's residents, lent to other subgraphs", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("grid-residents");
  const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
  const campus = b.campus();
  const building = b.building({ name: "东1号楼", campusId: campus.id });
  const grids = [1, 2, 3].map((floor) =>
    b.grid({ name: `东1号楼${floor}层网格`, buildingId: building.id, branchId: branch.id }),
  );
  const [first, second, empty] = grids as [(typeof grids)[0], (typeof grids)[0], (typeof grids)[0]];
  const room101 = b.room({ buildingId: building.id, gridId: first.id, floor: 1, number: "101" });
  const room102 = b.room({ buildingId: building.id, gridId: first.id, floor: 1, number: "102" });
  const room201 = b.room({ buildingId: building.id, gridId: second.id, floor: 2, number: "201" });
  b.room({ buildingId: building.id, gridId: empty.id, floor: 3, number: "301" });
  const student = (name: string) => b.student({ name });
  const [a, bb, c, d, leaving, gone] = [
    "王子涵",
    "李浩然",
    "张欣怡",
    "刘洋",
    "将搬离",
    "已搬离",
  ].map(student);
  b.residence(bb, room102, { bed: "1" });
  b.residence(a, room101, { bed: "2" });
  // Moving out next year: still a resident today.
  b.residence(leaving, room101, { bed: "1", movedOutOn: "2099-07-01" });
  // Moved out last year: no longer a resident; now lives on the second floor.
  b.residence(gone, room101, { bed: "3", movedInOn: "2023-09-01", movedOutOn: "2024-07-01" });
  b.residence(gone, room201, { bed: "2", movedInOn: "2024-07-01" });
  b.residence(c, room201, { bed: "1" });
  b.residence(d, room201, { bed: "3" });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("lists the people living in each grid today, by room and bed, and no one who moved out", async () => {
    const res = await subgraphQuery(harness, "organisation", GRIDS, {}, callers.admin());
    expect(res.errors).toBeUndefined();
    expect(expectData(res).grids.edges.map((e) => e.node)).toEqual([
      { name: "东1号楼1层网格", residentIds: [leaving.id, a.id, bb.id] },
      { name: "东1号楼2层网格", residentIds: [c.id, gone.id, d.id] },
      { name: "东1号楼3层网格", residentIds: [] },
    ]);
  });

  it("answers for the grids of a request in one statement, as for the grids the gateway sends", async () => {
    const counter = harness.subgraphs.organisation.statements;
    const representations = grids.map((g) => ({ __typename: "Grid", id: g.id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { residentIds } } }`;
    await harness.execute("organisation", query, { r: representations }, callers.admin()); // warm-up: connection, metadata
    const before = counter.count;
    // Federation's _entities is not in schema.graphql: no typed document, the shape written here.
    const res: GraphQLResponse<{ _entities: { residentIds: string[] }[] }> = await harness.execute(
      "organisation",
      query,
      { r: representations },
      callers.admin(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities.map((g) => g.residentIds.length)).toEqual([3, 3, 0]);
    // One statement finds the grids, one their residents, however many grids.
    expect(counter.count - before).toBe(2);
  });

  it("is read with the planner told that the data is in memory (random_page_cost), on every connection", async () => {
    // Under PostgreSQL's default (4, for spinning disks) a grid of 500 residents was read by
    // scanning every residence of the campus instead of its rooms' index entries.
    const running = harness.subgraphs.organisation;
    if (!running) throw new Error("the harness runs no organisation subgraph");
    const knex = (running.orm.em as EntityManager).getKnex();
    const settings = await Promise.all(
      [1, 2, 3].map(() =>
        knex.transaction(async (tx) => {
          const rows = await tx.raw<{ rows: { cost: string }[] }>(
            "select current_setting('random_page_cost') as cost",
          );
          return rows.rows[0]?.cost;
        }),
      ),
    );
    expect(settings).toEqual([
      String(RANDOM_PAGE_COST),
      String(RANDOM_PAGE_COST),
      String(RANDOM_PAGE_COST),
    ]);
  });

  it("is kept out of the public API: @inaccessible in the subgraph's schema", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toMatch(/\n\s+residentIds: \[ID!\]! @inaccessible\n/);
  });
});
