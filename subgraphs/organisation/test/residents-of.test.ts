import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const RESIDENTS = graphql(`
  query ResidentsOf($g: [ID!]!, $b: [ID!]!, $br: [ID!]!, $r: [ID!]! = []) {
    residentsOf(gridIds: $g, buildingIds: $b, branchIds: $br, roomIds: $r)
  }
`);

describe("organisation: residents of grids, buildings and branches, for scope resolution", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("residents-of");
  const branchA = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
  const branchB = b.orgUnit({ name: "第2师生联合党支部", kind: "JOINT_BRANCH" });
  const campus = b.campus();
  const east = b.building({ name: "东1号楼", campusId: campus.id });
  const west = b.building({ name: "西1号楼", campusId: campus.id });
  const gridA = b.grid({ name: "东1号楼1层网格", buildingId: east.id, branchId: branchA.id });
  const gridB = b.grid({ name: "东1号楼2层网格", buildingId: east.id, branchId: branchB.id });
  const gridW = b.grid({ name: "西1号楼1层网格", buildingId: west.id, branchId: branchB.id });
  const roomA = b.room({ buildingId: east.id, gridId: gridA.id, floor: 1, number: "101" });
  const roomB = b.room({ buildingId: east.id, gridId: gridB.id, floor: 2, number: "201" });
  const roomW = b.room({ buildingId: west.id, gridId: gridW.id, floor: 1, number: "101" });
  const live = (room: typeof roomA, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const student = b.student({ name: `学生${room.id.slice(0, 4)}${i}` });
      b.residence(student, room, { bed: String(i + 1) });
      return student.id;
    });
  const inA = live(roomA, 3);
  const inB = live(roomB, 2);
  const inW = live(roomW, 4);
  // Moved out last year: no longer covered by anyone's grid.
  const gone = b.student({ name: "已搬离" });
  b.residence(gone, roomA, { bed: "4", movedOutOn: "2025-01-15" });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const residents = async (g: string[], bld: string[], br: string[], r: string[] = []) => {
    const res = await subgraphQuery(
      harness,
      "organisation",
      RESIDENTS,
      { g, b: bld, br, r },
      callers.admin(),
      { system: true },
    );
    expect(res.errors).toBeUndefined();
    return new Set(expectData(res).residentsOf);
  };

  it("resolves grids, buildings and branches to the students living there today", async () => {
    expect(await residents([gridA.id], [], [])).toEqual(new Set(inA));
    expect(await residents([], [east.id], [])).toEqual(new Set([...inA, ...inB]));
    // Branch B is the 1 of 1+N for a grid in each building.
    expect(await residents([], [], [branchB.id])).toEqual(new Set([...inB, ...inW]));
    expect(await residents([gridA.id], [west.id], [branchB.id])).toEqual(
      new Set([...inA, ...inB, ...inW]),
    );
    expect(await residents([], [], [])).toEqual(new Set());
  });

  it("resolves rooms too (a governance post's dorm head must live in the room)", async () => {
    expect(await residents([], [], [], [roomB.id])).toEqual(new Set(inB));
    expect(await residents([gridA.id], [], [], [roomW.id])).toEqual(new Set([...inA, ...inW]));
  });

  it("answers in one statement however many students", async () => {
    const counter = harness.subgraphs.organisation.statements;
    const before = counter.count;
    await residents([gridA.id, gridB.id, gridW.id], [east.id], [branchA.id]);
    expect(counter.count - before).toBe(1);
  });

  it("is internal: refused to any caller but the gateway, even an administrator", async () => {
    const res = await subgraphQuery(
      harness,
      "organisation",
      RESIDENTS,
      { g: [gridA.id], b: [], br: [] },
      callers.admin(),
    );
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects ids that are not ids", async () => {
    const res = await subgraphQuery(
      harness,
      "organisation",
      RESIDENTS,
      { g: ["1 or 1=1"], b: [], br: [] },
      callers.admin(),
      { system: true },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
