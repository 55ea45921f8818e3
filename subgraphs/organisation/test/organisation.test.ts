import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DatasetBuilder, demoData, type PersonSeed, type RoomSeed } from "@campus/demo-data";
import { print } from "graphql";
import {
  callers,
  expectData,
  startTestSubgraphs,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { MoveInInput } from "./generated/graphql";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

const DEMO_OVERVIEW = graphql(`
  query DemoOverview {
    grids(first: 100) {
      totalCount
      edges {
        node {
          residentCount
          branch {
            kind
          }
        }
      }
    }
    orgUnits {
      id
      kind
      purpose
      college {
        kind
      }
      history {
        change
      }
    }
    campuses {
      buildings {
        rooms {
          id
        }
      }
    }
    pairings(first: 10) {
      edges {
        node {
          id
          state
          activities(first: 10) {
            totalCount
          }
        }
      }
    }
  }
`);
const ORG_UNIT = graphql(`
  query OrgUnitWithFamily($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
      parent {
        name
        kind
      }
      children {
        name
        kind
      }
      grids {
        name
      }
    }
  }
`);
const BRANCH_UNIT = graphql(`
  query BranchUnit($id: ID!) {
    orgUnit(id: $id) {
      grids {
        name
      }
      parent {
        name
      }
    }
  }
`);
const TOP_UNIT = graphql(`
  query TopUnit($id: ID!) {
    orgUnit(id: $id) {
      parent {
        id
      }
      children {
        kind
        name
      }
      grids {
        id
      }
    }
  }
`);
/** Each by-id query, asking for the id only. */
const BY_ID: Record<string, TypedDocumentNode<Record<string, unknown>, { id: string }>> = {
  orgUnit: graphql(`
    query OrgUnitById($id: ID!) {
      orgUnit(id: $id) {
        id
      }
    }
  `),
  building: graphql(`
    query BuildingById($id: ID!) {
      building(id: $id) {
        id
      }
    }
  `),
  grid: graphql(`
    query GridById($id: ID!) {
      grid(id: $id) {
        id
      }
    }
  `),
  room: graphql(`
    query RoomById($id: ID!) {
      room(id: $id) {
        id
      }
    }
  `),
};
const ALL_UNITS = graphql(`
  query AllOrgUnits {
    orgUnits {
      name
      kind
    }
  }
`);
const JOINT_BRANCHES = graphql(`
  query JointBranches {
    orgUnits(kind: JOINT_BRANCH) {
      id
    }
  }
`);
const SCHOOLS = graphql(`
  query Schools {
    orgUnits(kind: SCHOOL) {
      name
      grids {
        id
      }
      children {
        id
      }
    }
  }
`);
const CAMPUSES = graphql(`
  query Campuses {
    campuses {
      id
      name
      buildings {
        name
        campus {
          id
        }
      }
    }
  }
`);
const BUILDING = graphql(`
  query BuildingDetail($id: ID!) {
    building(id: $id) {
      id
      name
      floors
      campus {
        name
      }
      college {
        name
        kind
      }
      rooms {
        number
        floor
      }
      grids {
        name
      }
    }
  }
`);
const PLAIN_BUILDING = graphql(`
  query PlainBuilding($id: ID!) {
    building(id: $id) {
      college {
        id
      }
      rooms {
        number
        grid {
          id
        }
      }
    }
  }
`);
const GRID = graphql(`
  query GridDetail($id: ID!) {
    grid(id: $id) {
      id
      name
      building {
        name
      }
      branch {
        name
        kind
      }
      rooms {
        number
      }
      floors
      residents {
        id
      }
      residentCount
    }
  }
`);
const GRID_RESIDENTS = graphql(`
  query GridResidentCount($id: ID!) {
    grid(id: $id) {
      residentCount
      residents {
        id
      }
    }
  }
`);
const GRIDS = graphql(`
  query Grids($first: Int, $after: String, $filter: GridFilter) {
    grids(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const GRIDS_BY_BUILDING = graphql(`
  query GridsByBuilding($id: ID!) {
    grids(filter: { buildingId: $id }) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const ROOM = graphql(`
  query RoomDetail($id: ID!) {
    room(id: $id) {
      id
      number
      floor
      capacity
      building {
        name
      }
      grid {
        name
      }
      residents {
        id
      }
    }
  }
`);
const ROOM_GRID_RESIDENTS = graphql(`
  query RoomGridAndResidents($id: ID!) {
    room(id: $id) {
      grid {
        id
      }
      residents {
        id
      }
    }
  }
`);
const GRIDS_DEEP = graphql(`
  query GridsDeep($n: Int!) {
    grids(first: $n) {
      edges {
        node {
          name
          building {
            name
            college {
              name
            }
            campus {
              name
            }
          }
          branch {
            name
            parent {
              name
            }
            grids {
              id
            }
          }
          rooms {
            number
            building {
              name
            }
            grid {
              id
            }
            residents {
              id
            }
          }
          residents {
            id
          }
          residentCount
        }
      }
    }
  }
`);
const MOVE_IN = graphql(`
  mutation MoveIn($input: MoveInInput!) {
    moveIn(input: $input) {
      id
      bed
      movedInOn
      movedOutOn
      person {
        id
      }
      room {
        id
        number
      }
    }
  }
`);
const MOVE_OUT = graphql(`
  mutation MoveOut($id: ID!, $on: LocalDate!) {
    moveOut(residenceId: $id, movedOutOn: $on) {
      id
      movedInOn
      movedOutOn
      person {
        id
      }
    }
  }
`);
const ROOM_AND_GRID = graphql(`
  query RoomAndGridResidents($id: ID!, $grid: ID!) {
    room(id: $id) {
      residents {
        id
      }
    }
    grid: grid(id: $grid) {
      residentCount
    }
  }
`);

/** Federation's _entities: not in schema.graphql, so no typed document; the shape is written here. */
interface PersonEntity {
  id: string;
  residence: {
    bed: string;
    movedInOn: string;
    movedOutOn: string | null;
    person: { id: string };
    room: { number: string; building: { name: string } };
  } | null;
  grid: { name: string; branch: { name: string } } | null;
  branch: { name: string } | null;
}

describe("organisation subgraph", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("organisation-test");

  // The organisation: committee → general branch → two joint branches; a temporary branch; a school and a college.
  const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  // Children listed before their parent, to prove the seed inserts parents first.
  const branchB = b.orgUnit({
    name: "彭康书院第2师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: "",
  });
  const branchA = b.orgUnit({
    name: "彭康书院第1师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: "",
  });
  const general = b.orgUnit({
    name: "彭康书院党总支",
    kind: "GENERAL_BRANCH",
    parentId: committee.id,
  });
  branchA.parentId = general.id;
  branchB.parentId = general.id;
  const temporary = b.orgUnit({
    name: "星航志愿服务团临时党支部",
    kind: "TEMPORARY_BRANCH",
    parentId: committee.id,
  });

  const xingqing = b.campus({ name: "兴庆校区" });
  const innovation = b.campus({ name: "创新港校区" });
  const pengkang = b.building({
    name: "彭康1号楼",
    campusId: xingqing.id,
    floors: 6,
    collegeId: college.id,
  });
  const wenzhi = b.building({ name: "文治2号楼", campusId: xingqing.id, floors: 4 });

  // Floor 1 and 2 are branch A's grids, floor 3 branch B's (1 branch + N grids).
  const grid1 = b.grid({ name: "彭康1号楼1层网格", buildingId: pengkang.id, branchId: branchA.id });
  const grid2 = b.grid({ name: "彭康1号楼2层网格", buildingId: pengkang.id, branchId: branchA.id });
  const grid3 = b.grid({ name: "彭康1号楼3层网格", buildingId: pengkang.id, branchId: branchB.id });
  const wenzhiGrid = b.grid({ name: "文治2号楼网格", buildingId: wenzhi.id, branchId: branchB.id });
  const grids = [grid1, grid2, grid3];

  // Rooms given out of order, to prove rooms come back by floor then number.
  const rooms: RoomSeed[] = [];
  for (const floor of [3, 1, 2]) {
    for (const r of [3, 1, 2]) {
      rooms.push(
        b.room({
          buildingId: pengkang.id,
          gridId: grids[floor - 1].id,
          floor,
          number: `${floor}0${r}`,
          capacity: 4,
        }),
      );
    }
  }
  const room = (number: string) => {
    const found = rooms.find((r) => r.number === number);
    if (!found) throw new Error(`no room ${number}`);
    return found;
  };
  const twin = b.room({
    buildingId: wenzhi.id,
    gridId: wenzhiGrid.id,
    floor: 1,
    number: "101",
    capacity: 2,
  });
  const storeRoom = b.room({ buildingId: wenzhi.id, floor: 4, number: "401", capacity: 1 });

  // 36 housed students, 4 to a room, rooms 101..303 in order; 8 more live off campus.
  const housed: PersonSeed[] = Array.from({ length: 36 }, (_, i) =>
    b.student({ name: `住校学生${String(i).padStart(2, "0")}` }),
  );
  const ordered = [...rooms].sort((x, y) => x.number.localeCompare(y.number));
  housed.forEach((student, i) => {
    const bed = String((i % 4) + 1);
    // Student 1 has a planned move-out far ahead: still living there today.
    b.residence(student, ordered[Math.floor(i / 4)], {
      bed,
      movedInOn: "2024-09-01",
      movedOutOn: i === 1 ? "2099-07-01" : null,
    });
  });
  // Student 0 lived in 303 bed 4 last year: history, not a current resident of 303.
  const history = b.residence(housed[0], room("303"), {
    bed: "4",
    movedInOn: "2023-09-01",
    movedOutOn: "2024-07-01",
  });
  const offCampus: PersonSeed[] = Array.from({ length: 8 }, (_, i) =>
    b.student({ name: `走读学生${i}` }),
  );

  const db = () => harness.subgraphs.organisation.orm.em.fork() as EntityManager;
  /** Every residence row as stored, to prove a refused mutation changed nothing. */
  const snapshot = () =>
    db()
      .getConnection()
      .execute<Record<string, unknown>[]>(`select * from organisation.residence order by id`);
  const statements = () => harness.subgraphs.organisation.statements.count;
  const q = <TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    as = callers.admin(),
  ) =>
    harness.execute<TResult>(
      "organisation",
      print(document),
      variables as Record<string, unknown> | undefined,
      as,
    );
  /** Federation's _entities, whose shape the test names (no typed document: not in schema.graphql). */
  const entities = <T>(query: string, variables: Record<string, unknown>) =>
    harness.execute<{ _entities: (T | null)[] }>("organisation", query, variables, callers.admin());

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("seeds only an empty database when asked to", async () => {
    expect(await seed(db(), b.build(), { onlyIfEmpty: true })).toBe(false);
  });

  it("seeds the demo set", async () => {
    const { dataset } = demoData();
    const other = await startTestSubgraphs([{ definition, seed }], { dataset });
    try {
      const res = await other.execute<ResultOf<typeof DEMO_OVERVIEW>>(
        "organisation",
        print(DEMO_OVERVIEW),
      );
      expect(res.errors).toBeUndefined();
      const data = expectData(res);
      expect(data.grids.totalCount).toBe(dataset.grids.length);
      expect(data.grids.edges.every((e) => e.node.branch?.kind === "JOINT_BRANCH")).toBe(true);
      const residents = data.grids.edges.reduce((n, e) => n + e.node.residentCount, 0);
      expect(residents).toBe(dataset.residences.filter((r) => r.movedOutOn === null).length);
      // The dataset's units, and the temporary branches an administrator set up through the service.
      const planned = dataset.temporaryBranches ?? [];
      expect(planned.length).toBeGreaterThan(0);
      expect(data.orgUnits).toHaveLength(dataset.orgUnits.length + planned.length);
      expect(data.orgUnits.filter((u) => u.purpose !== null)).toHaveLength(planned.length);
      expect(data.orgUnits.every((u) => u.history[0]?.change === "CREATED")).toBe(true);
      expect(
        data.orgUnits
          .filter((u) => u.kind === "GENERAL_BRANCH")
          .every((u) => u.college?.kind === "RESIDENTIAL_COLLEGE"),
      ).toBe(true);
      expect(data.campuses.flatMap((c) => c.buildings.flatMap((bb) => bb.rooms))).toHaveLength(
        dataset.rooms.length,
      );
      // Pairings (结对共建) recorded, logged and ended through the service.
      const pairings = new Map(data.pairings.edges.map((e) => [e.node.id, e.node]));
      expect(pairings.size).toBe(dataset.pairings?.length);
      for (const row of dataset.pairings ?? [])
        expect(pairings.get(row.id)).toMatchObject({
          state: row.ended ? "ENDED" : "ACTIVE",
          activities: { totalCount: row.activities.length },
        });
    } finally {
      await other.stop();
    }
  });

  describe("queries", () => {
    it("finds an org unit with its parent, children and grids", async () => {
      const res = await q(ORG_UNIT, { id: general.id });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).orgUnit).toEqual({
        id: general.id,
        name: "彭康书院党总支",
        kind: "GENERAL_BRANCH",
        parent: { name: "学生社区党委", kind: "PARTY_COMMITTEE" },
        children: [
          { name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" },
          { name: "彭康书院第2师生联合党支部", kind: "JOINT_BRANCH" },
        ],
        grids: [],
      });
      const branch = await q(BRANCH_UNIT, { id: branchA.id });
      expect(branch.data?.orgUnit).toEqual({
        grids: [{ name: "彭康1号楼1层网格" }, { name: "彭康1号楼2层网格" }],
        parent: { name: "彭康书院党总支" },
      });
      const top = await q(TOP_UNIT, { id: committee.id });
      expect(top.data?.orgUnit).toEqual({
        parent: null,
        children: [
          { kind: "GENERAL_BRANCH", name: "彭康书院党总支" },
          { kind: "TEMPORARY_BRANCH", name: "星航志愿服务团临时党支部" },
        ],
        grids: [],
      });
    });

    it("answers null for an unknown id and BAD_USER_INPUT for a malformed one, for every by-id query", async () => {
      for (const [field, document] of Object.entries(BY_ID)) {
        const unknown = await q(document, { id: UNKNOWN });
        expect(unknown.errors, field).toBeUndefined();
        expect(unknown.data?.[field], field).toBeNull();
        const malformed = await q(document, { id: "x" });
        expect(malformed.errors?.[0]?.extensions, field).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "id",
        });
      }
    });

    it("lists org units by kind (hierarchy order) then name, and filters by kind", async () => {
      const all = await q(ALL_UNITS);
      expect(all.errors).toBeUndefined();
      expect(expectData(all).orgUnits).toEqual([
        { name: "学生社区党委", kind: "PARTY_COMMITTEE" },
        { name: "彭康书院党总支", kind: "GENERAL_BRANCH" },
        { name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" },
        { name: "彭康书院第2师生联合党支部", kind: "JOINT_BRANCH" },
        { name: "星航志愿服务团临时党支部", kind: "TEMPORARY_BRANCH" },
        { name: "电气工程学院", kind: "SCHOOL" },
        { name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" },
      ]);
      const joint = await q(JOINT_BRANCHES);
      expect(joint.data?.orgUnits).toEqual([{ id: branchA.id }, { id: branchB.id }]);
      const none = await q(SCHOOLS);
      expect(none.data?.orgUnits).toEqual([{ name: school.name, grids: [], children: [] }]);
      expect(temporary.id).toBeTruthy();
    });

    it("lists campuses with their buildings", async () => {
      const res = await q(CAMPUSES);
      expect(res.errors).toBeUndefined();
      // Names sort by code point: 兴 (U+5174) before 创 (U+521B).
      expect(expectData(res).campuses).toEqual([
        {
          id: xingqing.id,
          name: "兴庆校区",
          buildings: [
            { name: "彭康1号楼", campus: { id: xingqing.id } },
            { name: "文治2号楼", campus: { id: xingqing.id } },
          ],
        },
        { id: innovation.id, name: "创新港校区", buildings: [] },
      ]);
    });

    it("finds a building with campus, college, rooms by floor and number, and grids", async () => {
      const res = await q(BUILDING, { id: pengkang.id });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).building).toEqual({
        id: pengkang.id,
        name: "彭康1号楼",
        floors: 6,
        campus: { name: "兴庆校区" },
        college: { name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" },
        rooms: ["101", "102", "103", "201", "202", "203", "301", "302", "303"].map((number) => ({
          number,
          floor: Number(number[0]),
        })),
        grids: [
          { name: "彭康1号楼1层网格" },
          { name: "彭康1号楼2层网格" },
          { name: "彭康1号楼3层网格" },
        ],
      });
      const plain = await q(PLAIN_BUILDING, { id: wenzhi.id });
      expect(plain.data?.building).toEqual({
        college: null,
        rooms: [
          { number: "101", grid: { id: wenzhiGrid.id } },
          { number: "401", grid: null },
        ],
      });
    });

    it("finds a grid with building, branch, rooms and current residents", async () => {
      const res = await q(GRID, { id: grid1.id });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).grid).toEqual({
        id: grid1.id,
        name: "彭康1号楼1层网格",
        building: { name: "彭康1号楼" },
        branch: { name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" },
        rooms: [{ number: "101" }, { number: "102" }, { number: "103" }],
        // Three rooms on one floor: the floor once.
        floors: [1],
        residents: housed.slice(0, 12).map((s) => ({ id: s.id })),
        residentCount: 12,
      });
      // Grid 3 holds 303, where student 0 lived last year: history does not count.
      const third = await q(GRID_RESIDENTS, { id: grid3.id });
      expect(third.data?.grid?.residentCount).toBe(12);
      expect(third.data?.grid?.residents).toEqual(housed.slice(24, 36).map((s) => ({ id: s.id })));
      const empty = await q(GRID_RESIDENTS, { id: wenzhiGrid.id });
      expect(empty.data?.grid).toEqual({ residentCount: 0, residents: [] });
    });

    it("pages through grids by name, with filters by building and branch", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GraphQLResponse<ResultOf<typeof GRIDS>> = await q(GRIDS, { first: 3, after });
        expect(res.errors).toBeUndefined();
        const { grids } = expectData(res);
        expect(grids.totalCount).toBe(4);
        seen.push(...grids.edges.map((e) => e.node.name));
        if (!grids.pageInfo.hasNextPage) break;
        after = grids.pageInfo.endCursor ?? null;
      }
      expect(seen).toEqual([
        "彭康1号楼1层网格",
        "彭康1号楼2层网格",
        "彭康1号楼3层网格",
        "文治2号楼网格",
      ]);
      const byBuilding = await q(GRIDS_BY_BUILDING, { id: wenzhi.id });
      expect(byBuilding.data?.grids).toEqual({
        totalCount: 1,
        edges: [{ node: { id: wenzhiGrid.id } }],
      });
      const byBranch = await q(GRIDS, { filter: { branchId: branchB.id } });
      expect(byBranch.data?.grids.edges.map((e) => e.node.name)).toEqual([
        "彭康1号楼3层网格",
        "文治2号楼网格",
      ]);
      const both = await q(GRIDS, { filter: { buildingId: wenzhi.id, branchId: branchA.id } });
      expect(both.data?.grids.totalCount).toBe(0);
    });

    it("refuses malformed grid filters, page sizes out of range and forged cursors", async () => {
      const badFilter = await q(GRIDS, { filter: { branchId: "nope" } });
      expect(badFilter.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "filter.branchId",
      });
      const big = await q(GRIDS, { first: 1000 });
      expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
      const forged = await q(GRIDS, { after: "bm90LWEtY3Vyc29y" });
      expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("finds a room with building, grid and its current residents only", async () => {
      const res = await q(ROOM, { id: room("303").id });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).room).toEqual({
        id: room("303").id,
        number: "303",
        floor: 3,
        capacity: 4,
        building: { name: "彭康1号楼" },
        grid: { name: "彭康1号楼3层网格" },
        residents: housed.slice(32, 36).map((s) => ({ id: s.id })),
      });
      // 101 bed 2 has a move-out date in 2099: still a resident.
      const first = await q(ROOM_GRID_RESIDENTS, { id: room("101").id });
      expect(first.data?.room?.residents).toEqual(housed.slice(0, 4).map((s) => ({ id: s.id })));
      const store = await q(ROOM_GRID_RESIDENTS, { id: storeRoom.id });
      expect(store.data?.room).toEqual({ grid: null, residents: [] });
    });

    it("keeps SQL per request flat however many grids a page holds", async () => {
      const count = async (n: number) => {
        const before = statements();
        const res = await q(GRIDS_DEEP, { n });
        expect(res.errors).toBeUndefined();
        expect(expectData(res).grids.edges).toHaveLength(n);
        return statements() - before;
      };
      await count(1); // warm-up
      const one = await count(1);
      const four = await count(4);
      expect(four).toBe(one);
      // grids and their count; per level one query per loader (org units three times: branches,
      // then parents, then colleges, as each level's rows arrive).
      expect(four).toBeLessThanOrEqual(13);
    });
  });

  describe("references", () => {
    it("resolves OrgUnit and Grid references in one batch each, null for unknown and malformed keys", async () => {
      const before = statements();
      const res = await entities<
        | { id: string; name: string; kind: string }
        | { id: string; name: string; residentCount: number }
      >(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id name kind } ... on Grid { id name residentCount } } }`,
        {
          r: [
            { __typename: "OrgUnit", id: college.id },
            { __typename: "Grid", id: grid2.id },
            { __typename: "OrgUnit", id: school.id },
            { __typename: "Grid", id: grid1.id },
            { __typename: "OrgUnit", id: UNKNOWN },
            { __typename: "Grid", id: "not-an-id" },
          ],
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([
        { id: college.id, name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" },
        { id: grid2.id, name: "彭康1号楼2层网格", residentCount: 12 },
        { id: school.id, name: "电气工程学院", kind: "SCHOOL" },
        { id: grid1.id, name: "彭康1号楼1层网格", residentCount: 12 },
        null,
        null,
      ]);
      // org units, grids, then the resident counts of both grids.
      expect(statements() - before).toBe(3);
    });

    it("resolves Building, Room and Campus references", async () => {
      const res = await entities<{ name: string } | { number: string }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Building { name } ... on Room { number } ... on Campus { name } } }`,
        {
          r: [
            { __typename: "Building", id: wenzhi.id },
            { __typename: "Room", id: twin.id },
            { __typename: "Campus", id: innovation.id },
          ],
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([
        { name: "文治2号楼" },
        { number: "101" },
        { name: "创新港校区" },
      ]);
    });

    const PERSON = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id residence { bed movedInOn movedOutOn person { id } room { number building { name } } } grid { name branch { name } } branch { name } } } }`;
    const asPeople = (people: PersonSeed[]) =>
      people.map((p) => ({ __typename: "Person", id: p.id }));

    it("extends Person with residence, grid and branch", async () => {
      const res = await entities<PersonEntity>(PERSON, {
        r: asPeople([housed[0], housed[1], housed[35], offCampus[0]]),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([
        {
          id: housed[0].id,
          residence: {
            bed: "1",
            movedInOn: "2024-09-01",
            movedOutOn: null,
            person: { id: housed[0].id },
            room: { number: "101", building: { name: "彭康1号楼" } },
          },
          grid: { name: "彭康1号楼1层网格", branch: { name: "彭康书院第1师生联合党支部" } },
          branch: { name: "彭康书院第1师生联合党支部" },
        },
        {
          id: housed[1].id,
          residence: {
            bed: "2",
            movedInOn: "2024-09-01",
            movedOutOn: "2099-07-01",
            person: { id: housed[1].id },
            room: { number: "101", building: { name: "彭康1号楼" } },
          },
          grid: { name: "彭康1号楼1层网格", branch: { name: "彭康书院第1师生联合党支部" } },
          branch: { name: "彭康书院第1师生联合党支部" },
        },
        {
          id: housed[35].id,
          residence: {
            bed: "4",
            movedInOn: "2024-09-01",
            movedOutOn: null,
            person: { id: housed[35].id },
            room: { number: "303", building: { name: "彭康1号楼" } },
          },
          grid: { name: "彭康1号楼3层网格", branch: { name: "彭康书院第2师生联合党支部" } },
          branch: { name: "彭康书院第2师生联合党支部" },
        },
        { id: offCampus[0].id, residence: null, grid: null, branch: null },
      ]);
    });

    it("answers nulls for a person key that is not an id, without touching the database", async () => {
      const before = statements();
      const res = await entities<PersonEntity>(PERSON, {
        r: [{ __typename: "Person", id: "nope" }],
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([
        { id: "nope", residence: null, grid: null, branch: null },
      ]);
      expect(statements() - before).toBe(0);
    });

    it("batches Person fields: as many statements for 30 people as for 3", async () => {
      const count = async (people: PersonSeed[]) => {
        const before = statements();
        const res = await entities<PersonEntity>(PERSON, { r: asPeople(people) });
        expect(res.errors).toBeUndefined();
        const found = expectData(res)._entities;
        expect(found).toHaveLength(people.length);
        for (const entity of found) expect(entity?.branch?.name).toMatch(/师生联合党支部$/);
        return statements() - before;
      };
      await count(housed.slice(0, 3)); // warm-up
      const three = await count(housed.slice(0, 3));
      const thirty = await count(housed.slice(0, 30));
      expect(thirty).toBe(three);
      // residences, rooms, buildings, grids, org units.
      expect(thirty).toBeLessThanOrEqual(5);
    });
  });

  describe("mutations", () => {
    const RESIDENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { residence { id bed room { number } } grid { id } } } }`;
    const residenceOf = async (person: PersonSeed) =>
      (
        await entities<{
          residence: { id: string; bed: string; room: { number: string } } | null;
          grid: { id: string } | null;
        }>(RESIDENCE, { r: [{ __typename: "Person", id: person.id }] })
      ).data?._entities[0];

    it("moves a person in, then out, and the bed is free again", async () => {
      const newcomer = offCampus[0];
      const moved = await q(MOVE_IN, {
        input: { personId: newcomer.id, roomId: twin.id, bed: " 1 ", movedInOn: "2025-02-20" },
      });
      expect(moved.errors).toBeUndefined();
      expect(expectData(moved).moveIn).toMatchObject({
        bed: "1",
        movedInOn: "2025-02-20",
        movedOutOn: null,
        person: { id: newcomer.id },
        room: { id: twin.id, number: "101" },
      });
      const id = expectData(moved).moveIn.id;
      expect(await residenceOf(newcomer)).toEqual({
        residence: { id, bed: "1", room: { number: "101" } },
        grid: { id: wenzhiGrid.id },
      });
      const room = await q(ROOM_AND_GRID, { id: twin.id, grid: wenzhiGrid.id });
      expect(room.data).toEqual({
        room: { residents: [{ id: newcomer.id }] },
        grid: { residentCount: 1 },
      });

      const out = await q(MOVE_OUT, { id, on: "2025-06-30" });
      expect(out.errors).toBeUndefined();
      expect(expectData(out).moveOut).toEqual({
        id,
        movedInOn: "2025-02-20",
        movedOutOn: "2025-06-30",
        person: { id: newcomer.id },
      });
      expect(await residenceOf(newcomer)).toEqual({ residence: null, grid: null });

      // The bed is free for someone else from the day after; the newcomer may move in again elsewhere.
      const next = await q(MOVE_IN, {
        input: { personId: offCampus[1].id, roomId: twin.id, bed: "1", movedInOn: "2025-07-01" },
      });
      expect(next.errors).toBeUndefined();
      const again = await q(MOVE_IN, {
        input: { personId: newcomer.id, roomId: twin.id, bed: "2", movedInOn: "2025-09-01" },
      });
      expect(again.errors).toBeUndefined();
      expect((await residenceOf(newcomer))?.residence?.bed).toBe("2");
    });

    it("refuses bad input, an unknown room, a taken bed, a full room and a housed person, changing nothing", async () => {
      const free = offCampus[2];
      const cases: {
        input: MoveInInput;
        code: string;
        field?: string;
        message?: RegExp;
      }[] = [
        {
          input: { personId: "x", roomId: twin.id, bed: "1", movedInOn: "2025-09-01" },
          code: "BAD_USER_INPUT",
          field: "input.personId",
        },
        {
          input: { personId: free.id, roomId: "room-1", bed: "1", movedInOn: "2025-09-01" },
          code: "BAD_USER_INPUT",
          field: "input.roomId",
        },
        {
          input: { personId: free.id, roomId: UNKNOWN, bed: "1", movedInOn: "2025-09-01" },
          code: "BAD_USER_INPUT",
          field: "input.roomId",
        },
        {
          input: { personId: free.id, roomId: room("102").id, bed: "  ", movedInOn: "2025-09-01" },
          code: "BAD_USER_INPUT",
          field: "input.bed",
        },
        {
          input: {
            personId: free.id,
            roomId: room("102").id,
            bed: "1".repeat(17),
            movedInOn: "2025-09-01",
          },
          code: "BAD_USER_INPUT",
          field: "input.bed",
        },
        {
          input: { personId: free.id, roomId: room("102").id, bed: "1", movedInOn: "2025-02-30" },
          code: "BAD_USER_INPUT",
        },
        // Bed 3 of 102 is student 6's.
        {
          input: { personId: free.id, roomId: room("102").id, bed: "3", movedInOn: "2025-09-01" },
          code: "CONFLICT",
          message: /bed is already taken/,
        },
        // 102 holds 4 of 4.
        {
          input: { personId: free.id, roomId: room("102").id, bed: "5", movedInOn: "2025-09-01" },
          code: "CONFLICT",
          message: /room is full/,
        },
        // Student 5 lives in 102 already.
        {
          input: {
            personId: housed[5].id,
            roomId: storeRoom.id,
            bed: "1",
            movedInOn: "2025-09-01",
          },
          code: "CONFLICT",
          message: /lives elsewhere/,
        },
        // Student 1 lives in 101 until 2099, a planned move-out: still housed.
        {
          input: {
            personId: housed[1].id,
            roomId: storeRoom.id,
            bed: "1",
            movedInOn: "2099-08-01",
          },
          code: "CONFLICT",
          message: /lives elsewhere/,
        },
        // Student 0 lived in 303 until 2024-07-01: moving in anywhere before that overlaps (and they live in 101 now).
        {
          input: {
            personId: housed[0].id,
            roomId: storeRoom.id,
            bed: "1",
            movedInOn: "2024-01-01",
          },
          code: "CONFLICT",
          message: /lives elsewhere/,
        },
      ];
      const before = await snapshot();
      for (const { input, code, field, message } of cases) {
        const res = await q(MOVE_IN, { input });
        expect(res.data?.moveIn ?? null, JSON.stringify(input)).toBeNull();
        expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
        if (field) expect(res.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
        if (message) expect(res.errors?.[0]?.message, JSON.stringify(input)).toMatch(message);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a move-in over a bed whose occupant is leaving later, or overlapping a past stay in it", async () => {
      const free = offCampus[3];
      const before = await snapshot();
      // 101 bed 2 is student 1's until 2099-07-01.
      const early = await q(MOVE_IN, {
        input: { personId: free.id, roomId: room("101").id, bed: "2", movedInOn: "2030-01-01" },
      });
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", bed: "2" });
      // 303 bed 4 was student 0's from 2023-09-01 to 2024-07-01 (and is student 35's now).
      const overlap = await q(MOVE_IN, {
        input: { personId: free.id, roomId: room("303").id, bed: "4", movedInOn: "2024-01-01" },
      });
      expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", bed: "4" });
      expect(await snapshot()).toEqual(before);
      expect(history.movedOutOn).toBe("2024-07-01");
    });

    it("lets only administrators move people in and out", async () => {
      const before = await snapshot();
      for (const caller of [callers.counselor(housed[0].id), callers.student(offCampus[4].id)]) {
        const moveIn = await q(
          MOVE_IN,
          {
            input: {
              personId: offCampus[4].id,
              roomId: storeRoom.id,
              bed: "1",
              movedInOn: "2025-09-01",
            },
          },
          caller,
        );
        expect(moveIn.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        const moveOut = await q(
          MOVE_OUT,
          { id: b.data.residences[2].id, on: "2025-09-01" },
          caller,
        );
        expect(moveOut.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses to move out an unknown residence, one already ended, or before the move-in date", async () => {
      const before = await snapshot();
      const unknown = await q(MOVE_OUT, { id: UNKNOWN, on: "2025-09-01" });
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const malformed = await q(MOVE_OUT, { id: "r1", on: "2025-09-01" });
      expect(malformed.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "residenceId",
      });
      const ended = await q(MOVE_OUT, { id: history.id, on: "2025-09-01" });
      expect(ended.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const planned = await q(MOVE_OUT, { id: b.data.residences[1].id, on: "2025-09-01" });
      expect(planned.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const backwards = await q(MOVE_OUT, { id: b.data.residences[2].id, on: "2024-08-31" });
      expect(backwards.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "movedOutOn",
      });
      expect(await snapshot()).toEqual(before);
    });

    it("gives one bed to exactly one of five concurrent move-ins", async () => {
      const contenders = offCampus.slice(2, 7); // five people with no residence
      const before = (await snapshot()).length;
      const results = await Promise.all(
        contenders.map((p) =>
          q(MOVE_IN, {
            input: { personId: p.id, roomId: storeRoom.id, bed: "1", movedInOn: "2025-09-01" },
          }),
        ),
      );
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(4);
      expect((await snapshot()).length).toBe(before + 1);
      const res = await q(ROOM_GRID_RESIDENTS, { id: storeRoom.id });
      expect(res.data?.room?.residents).toEqual([{ id: expectData(won[0]).moveIn.person?.id }]);
    });

    it("houses one person once, when five move-ins for them race into different rooms", async () => {
      const person = b.student({ name: "并发学生" }); // not seeded: this subgraph takes any person id
      const targets = [room("101"), room("201"), room("301"), twin, rooms[0]].map((r) => r.id);
      // Make room: free a bed in each target by moving out its first resident today.
      const free = await db()
        .getConnection()
        .execute<{ id: string; room_id: string; bed: string }[]>(
          `select distinct on (room_id) id, room_id, bed from organisation.residence where moved_out_on is null and room_id in (${targets.map(() => "?").join(", ")}) order by room_id, bed`,
          targets,
        );
      for (const row of free) {
        const out = await q(MOVE_OUT, { id: row.id, on: "2025-08-31" });
        expect(out.errors).toBeUndefined();
      }
      const distinctRooms = [...new Set(free.map((row) => row.room_id))];
      expect(distinctRooms.length).toBeGreaterThanOrEqual(4);
      const results = await Promise.all(
        free.map((row) =>
          q(MOVE_IN, {
            input: {
              personId: person.id,
              roomId: row.room_id,
              bed: row.bed,
              movedInOn: "2025-09-01",
            },
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(
        free.length - 1,
      );
      const rows = await db()
        .getConnection()
        .execute<Record<string, unknown>[]>(
          `select * from organisation.residence where person_id = ?`,
          [person.id],
        );
      expect(rows).toHaveLength(1);
    });
  });
});
