/**
 * Grid.warningStats through the real gateway: organisation owns the grid and who lives in it,
 * evaluation owns the warnings; the gateway's plan fetches the residents' ids from organisation and
 * hands them to evaluation (@requires), which keeps no copy of residences.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const GRID = graphql(`
  query GridPage($id: ID!) {
    grid(id: $id) {
      name
      residentCount
      warningStats {
        residents
        counted
        studentsWithOpenWarnings
        open
        overdue
        byLevel {
          level
          count
        }
        byCategory {
          category
          count
        }
        byStatus {
          status
          count
        }
      }
    }
  }
`);
const GRIDS = graphql(`
  query GridsWithStats {
    grids(first: 10) {
      edges {
        node {
          name
          warningStats {
            residents
            open
          }
        }
      }
    }
  }
`);
const MOVE_OUT = graphql(`
  mutation MoveOut($id: ID!, $on: LocalDate!) {
    moveOut(residenceId: $id, movedOutOn: $on) {
      id
    }
  }
`);

const b = new DatasetBuilder("grid-stats");
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康1号楼", campusId: campus.id, floors: 2 });
const floor1 = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const floor2 = b.grid({ name: "2层网格", buildingId: building.id, branchId: branch.id });
const room101 = b.room({ buildingId: building.id, gridId: floor1.id, floor: 1, number: "101" });
const room201 = b.room({ buildingId: building.id, gridId: floor2.id, floor: 2, number: "201" });
const live = (room: typeof room101, names: string[]) =>
  names.map((name, i) => {
    const student = b.student({ name });
    b.residence(student, room, { bed: String(i + 1) });
    return student;
  });
// The third resident, 张欣怡, has no warnings: counted among residents, not among the warned.
const [A, B] = live(room101, ["王子涵", "李浩然", "张欣怡"]) as [
  PersonSeed,
  PersonSeed,
  PersonSeed,
];
const [D] = live(room201, ["刘洋"]) as [PersonSeed];
b.warning(A, { category: "ACADEMIC", level: "YELLOW", status: "OPEN" });
b.warning(A, { category: "MENTAL_HEALTH", level: "RED", status: "ASSESSED" });
// Raised just now, so within its stage's due time; the others, raised in 2024, are overdue.
b.warning(B, {
  category: "BEHAVIOUR",
  level: "ORANGE",
  status: "INTERVENING",
  raisedAt: new Date().toISOString(),
});
b.warning(B, { category: "ACADEMIC", level: "ORANGE", status: "CLOSED" });
b.warning(D, { category: "SAFETY", level: "RED", status: "OPEN" });
// The grid leader and counselor of the first floor, by staff assignment.
const gridLeader = b.staff({ name: "赵敏" });
const counselor = b.staff({ name: "陈晓燕" });
b.assign(gridLeader, "GRID_LEADER", "GRID", floor1.id);
b.assign(counselor, "COUNSELOR", "GRID", floor1.id);
const aResidence = b.data.residences.find((r) => r.personId === A.id);
if (!aResidence) throw new Error("A has no residence");
const dataset = b.build();

const levels = (yellow: number, orange: number, red: number) => [
  { level: "YELLOW", count: yellow },
  { level: "ORANGE", count: orange },
  { level: "RED", count: red },
];
const statuses = (
  open: number,
  assigned: number,
  assessed: number,
  intervening: number,
  tracking: number,
) => [
  { status: "OPEN", count: open },
  { status: "ASSIGNED", count: assigned },
  { status: "ASSESSED", count: assessed },
  { status: "INTERVENING", count: intervening },
  { status: "TRACKING", count: tracking },
];

describe("grid warning statistics through the gateway", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  it("shows a grid leader their floor's picture, without mental-health warnings", async () => {
    const res = await gatewayQuery(
      stack,
      GRID,
      { id: floor1.id },
      callerFor(["grid_leader"], gridLeader.id, "赵敏"),
    );
    expect(expectData(res).grid).toEqual({
      name: "1层网格",
      residentCount: 3,
      warningStats: {
        residents: 3,
        counted: 3,
        studentsWithOpenWarnings: 2,
        open: 2,
        overdue: 1,
        byLevel: levels(1, 1, 0),
        byCategory: [
          { category: "ACADEMIC", count: 1 },
          { category: "BEHAVIOUR", count: 1 },
          { category: "FINANCIAL", count: 0 },
          { category: "SAFETY", count: 0 },
        ],
        byStatus: statuses(1, 0, 0, 1, 0),
      },
    });
  });

  it("shows the floor's counselor the mental-health warning too", async () => {
    const grid = expectData(
      await gatewayQuery(stack, GRID, { id: floor1.id }, callers.counselor(counselor.id)),
    ).grid;
    expect(grid?.warningStats).toMatchObject({
      counted: 3,
      studentsWithOpenWarnings: 2,
      open: 3,
      overdue: 2,
      byLevel: levels(1, 1, 1),
      byStatus: statuses(1, 0, 1, 1, 0),
    });
    expect(grid?.warningStats?.byCategory).toContainEqual({ category: "MENTAL_HEALTH", count: 1 });
  });

  it("refuses the statistics of another floor, and of the floor to a student who lives there, and still answers the rest", async () => {
    for (const [who, caller, grid] of [
      [
        "the first floor's grid leader, on the second floor",
        callerFor(["grid_leader"], gridLeader.id, "赵敏"),
        floor2,
      ],
      ["a resident", callers.student(A.id), floor1],
    ] as const) {
      const res = await gatewayQuery(stack, GRID, { id: grid.id }, caller);
      expect(res.data?.grid?.name, who).toBe(grid.name);
      expect(res.data?.grid?.warningStats, who).toBeNull();
      expect(
        res.errors?.map((e) => [e.path, e.extensions?.code]),
        who,
      ).toEqual([[["grid", "warningStats"], "FORBIDDEN"]]);
    }
  });

  it("counts the warnings of a page of grids in one statement", async () => {
    const counter = stack.subgraphs.evaluation.statements;
    const before = counter.count;
    const res = await gatewayQuery(stack, GRIDS);
    expect(expectData(res).grids.edges.map((e) => e.node)).toEqual([
      { name: "1层网格", warningStats: { residents: 3, open: 2 } },
      { name: "2层网格", warningStats: { residents: 1, open: 1 } },
    ]);
    expect(counter.count - before).toBe(1);
  });

  it("follows residences as organisation records them: evaluation keeps no copy", async () => {
    const before = await gatewayQuery(stack, GRID, { id: floor1.id });
    expect(expectData(before).grid?.warningStats).toMatchObject({
      residents: 3,
      counted: 3,
      open: 2,
    });
    expectData(await gatewayQuery(stack, MOVE_OUT, { id: aResidence.id, on: today() }));
    const after = await gatewayQuery(stack, GRID, { id: floor1.id });
    expect(expectData(after).grid?.warningStats).toMatchObject({
      residents: 2,
      counted: 2,
      studentsWithOpenWarnings: 1,
      open: 1,
      byLevel: levels(0, 1, 0),
    });
    const tables: unknown = await stack.subgraphs.evaluation.orm.em
      .fork()
      .getConnection()
      .execute(
        `select table_name from information_schema.tables where table_schema = 'evaluation' and table_name like '%residen%'`,
      );
    expect(tables).toEqual([]);
  });

  it("keeps the residents' ids out of the public API", async () => {
    const res = await stack.query(`query($id: ID!) { grid(id: $id) { residentIds } }`, {
      id: floor1.id,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(stack.supergraphSdl).toMatch(/\n\s+residentIds: \[ID!\]! @inaccessible /);
  });
});
