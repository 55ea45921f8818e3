import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  errorsOf,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const CREATE = graphql(`
  mutation GridsCreate($input: CreateGridInput!) {
    createGrid(input: $input) {
      id
      name
      kind
      branch {
        id
      }
      rooms {
        number
      }
      branchHistory {
        from {
          id
        }
        to {
          id
        }
        changedBy {
          id
        }
      }
    }
  }
`);

const ASSIGN = graphql(`
  mutation GridsAssign($grid: ID!, $branch: ID!) {
    assignGridBranch(gridId: $grid, branchId: $branch) {
      id
      branch {
        name
      }
      branchHistory {
        createdAt
        from {
          name
        }
        to {
          name
        }
        changedBy {
          id
        }
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation GridsClose($grid: ID!) {
    closeGrid(gridId: $grid) {
      id
      closedOn
      rooms {
        number
      }
    }
  }
`);

const LIST = graphql(`
  query GridsList($building: ID!) {
    grids(first: 100, filter: { buildingId: $building }) {
      edges {
        node {
          name
          kind
          rooms {
            number
          }
        }
      }
    }
  }
`);

const COVERAGE = graphql(`
  query GridsCoverage {
    gridCoverage {
      id
      gridCount
      gridsWithoutBranch {
        name
      }
      roomsInNoGrid {
        totalCount
        rooms {
          number
        }
      }
      branches {
        branch {
          name
        }
        gridCount
        residentCount
        grids {
          name
        }
      }
    }
  }
`);

/** 1 branch : N grids, administered: grids made, assigned, reassigned with history, closed; the coverage report. */
describe("organisation: grids administered and their coverage", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("grids");
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const general = b.orgUnit({ name: "彭康书院党总支", kind: "GENERAL_BRANCH" });
  const first = b.orgUnit({
    name: "第1师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: general.id,
  });
  const second = b.orgUnit({
    name: "第2师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: general.id,
  });
  const idle = b.orgUnit({ name: "第3师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
  const campus = b.campus();
  const building = b.building({ name: "东1号楼", campusId: campus.id, collegeId: college.id });
  const other = b.building({ name: "西1号楼", campusId: campus.id });
  const seeded = b.grid({ name: "东1号楼1层网格", buildingId: building.id, branchId: first.id });
  const room = (buildingId: string, floor: number, number: string, gridId: string | null = null) =>
    b.room({ buildingId, gridId, floor, number, capacity: 4 });
  const r101 = room(building.id, 1, "101", seeded.id);
  room(building.id, 1, "102", seeded.id);
  for (const n of ["201", "202", "203"]) room(building.id, 2, n);
  const floor3 = ["301", "302", "303", "304"].map((n) => room(building.id, 3, n));
  const westRooms = ["101", "102"].map((n) => room(other.id, 1, n));
  const administrator = b.staff({ name: "管理员甲" });
  const admin = callerFor(["admin"], administrator.id, "admin");
  const residents = ["王子涵", "李浩然", "张欣怡"].map((name) => b.student({ name }));
  residents.forEach((student, i) => b.residence(student, r101, { bed: String(i + 1) }));
  const leaver = b.student({ name: "已搬离" });
  b.residence(leaver, r101, { bed: "4", movedInOn: "2023-09-01", movedOutOn: "2024-07-01" });

  const sql = <Row extends object>(text: string, params: unknown[] = []) =>
    (harness.subgraphs.organisation.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<Row[]>(text, params);
  const count = async (table: string) =>
    (await sql<{ n: number }>(`select count(*)::int as n from organisation.${table}`))[0]?.n;
  /** What a refused mutation must leave as it was: grids, changes and every room's grid. */
  const snapshot = async () => ({
    grids: await count("grid"),
    changes: await count("grid_branch_change"),
    rooms: await sql(`select id, grid_id from organisation.room order by id`),
  });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("creates a floor grid with its branch, its rooms and the first line of its history", async () => {
    const res = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      {
        input: {
          name: "东1号楼2层网格",
          buildingId: building.id,
          kind: "FLOOR",
          floor: 2,
          branchId: first.id,
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const grid = expectData(res).createGrid;
    expect(grid).toMatchObject({
      name: "东1号楼2层网格",
      kind: "FLOOR",
      branch: { id: first.id },
      rooms: [{ number: "201" }, { number: "202" }, { number: "203" }],
      branchHistory: [{ from: null, to: { id: first.id }, changedBy: { id: administrator.id } }],
    });
  });

  it("creates a wing without a branch, and a whole building", async () => {
    const wing = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      {
        input: {
          name: "东1号楼3层东区",
          buildingId: building.id,
          kind: "WING",
          roomIds: [floor3[0].id, floor3[1].id],
        },
      },
      admin,
    );
    expect(wing.errors).toBeUndefined();
    expect(expectData(wing).createGrid).toMatchObject({
      kind: "WING",
      branch: null,
      rooms: [{ number: "301" }, { number: "302" }],
      branchHistory: [],
    });
    const whole = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      {
        input: { name: "西1号楼网格", buildingId: other.id, kind: "BUILDING", branchId: second.id },
      },
      admin,
    );
    expect(whole.errors).toBeUndefined();
    expect(expectData(whole).createGrid.rooms).toEqual([{ number: "101" }, { number: "102" }]);
  });

  it("refuses bad input with a coded error and changes nothing", async () => {
    const before = await snapshot();
    const attempts: [input: Record<string, unknown>, code: string, field?: string][] = [
      // A room is in at most one grid: 101 is in the seeded grid, 201 in the floor grid.
      [
        { name: "重叠", buildingId: building.id, kind: "WING", roomIds: [floor3[2].id, r101.id] },
        "CONFLICT",
      ],
      [{ name: "重叠层", buildingId: building.id, kind: "FLOOR", floor: 2 }, "CONFLICT"],
      [{ name: "整栋", buildingId: building.id, kind: "BUILDING" }, "CONFLICT"],
      [
        { name: "无此楼", buildingId: "00000000-0000-4000-8000-000000000001", kind: "BUILDING" },
        "BAD_USER_INPUT",
        "input.buildingId",
      ],
      [{ name: "缺楼层", buildingId: building.id, kind: "FLOOR" }, "BAD_USER_INPUT", "input.floor"],
      [
        { name: "空楼层", buildingId: building.id, kind: "FLOOR", floor: 9 },
        "BAD_USER_INPUT",
        "input.floor",
      ],
      [
        { name: "别楼房间", buildingId: building.id, kind: "WING", roomIds: [westRooms[0].id] },
        "BAD_USER_INPUT",
        "input.roomIds",
      ],
      [
        { name: "缺房间", buildingId: building.id, kind: "WING" },
        "BAD_USER_INPUT",
        "input.roomIds",
      ],
      [
        {
          name: "总支包干",
          buildingId: building.id,
          kind: "WING",
          roomIds: [floor3[2].id],
          branchId: general.id,
        },
        "BAD_USER_INPUT",
        "input.branchId",
      ],
      [
        { name: "   ", buildingId: building.id, kind: "WING", roomIds: [floor3[2].id] },
        "BAD_USER_INPUT",
      ],
    ];
    for (const [input, code, field] of attempts) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        CREATE,
        { input: input as never },
        admin,
      );
      expect(res.data?.createGrid ?? null, JSON.stringify(input)).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
    }
    const refused = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      {
        input: {
          name: "学生建网格",
          buildingId: building.id,
          kind: "WING",
          roomIds: [floor3[2].id],
        },
      },
      callers.student(residents[0].id),
    );
    expect(errorsOf(refused)).toEqual([[["createGrid"], "FORBIDDEN"]]);
    expect(await snapshot()).toEqual(before);
  });

  it("lets only one of two grids claiming the same room at once have it", async () => {
    const claim = (name: string) =>
      subgraphQuery(
        harness,
        "organisation",
        CREATE,
        {
          input: {
            name,
            buildingId: building.id,
            kind: "WING",
            roomIds: [floor3[3].id, floor3[2].id],
          },
        },
        admin,
      );
    const results = await Promise.all([claim("并发甲"), claim("并发乙"), claim("并发丙")]);
    const won = results.filter((res) => res.data?.createGrid);
    const lost = results.filter((res) => !res.data?.createGrid);
    expect(won).toHaveLength(1);
    expect(lost.map((res) => res.errors?.[0]?.extensions?.code)).toEqual(["CONFLICT", "CONFLICT"]);
    const rows = await sql<{ name: string }>(
      `select g.name from organisation.grid g where g.name like '并发%'`,
    );
    expect(rows).toHaveLength(1);
  });

  it("reassigns a grid's branch, keeping who, when, from and to; refuses the same branch and a non-branch", async () => {
    const res = await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: seeded.id, branch: second.id },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const grid = expectData(res).assignGridBranch;
    expect(grid.branch?.name).toBe("第2师生联合党支部");
    // The seeded grid had its branch before any history: the one change is this.
    expect(grid.branchHistory).toMatchObject([
      {
        from: { name: "第1师生联合党支部" },
        to: { name: "第2师生联合党支部" },
        changedBy: { id: administrator.id },
      },
    ]);
    expect(Date.parse(grid.branchHistory[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const before = await snapshot();
    const same = await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: seeded.id, branch: second.id },
      admin,
    );
    expect(errorsOf(same)).toEqual([[["assignGridBranch"], "BAD_USER_INPUT"]]);
    const notBranch = await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: seeded.id, branch: college.id },
      admin,
    );
    expect(notBranch.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "branchId",
    });
    const noGrid = await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: "00000000-0000-4000-8000-000000000002", branch: first.id },
      admin,
    );
    expect(errorsOf(noGrid)).toEqual([[["assignGridBranch"], "NOT_FOUND"]]);
    const student = await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: seeded.id, branch: first.id },
      callers.student(residents[0].id),
    );
    expect(errorsOf(student)).toEqual([[["assignGridBranch"], "FORBIDDEN"]]);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the history a chain when two reassignments of one grid run at once", async () => {
    const [a, c] = await Promise.all([
      subgraphQuery(harness, "organisation", ASSIGN, { grid: seeded.id, branch: first.id }, admin),
      subgraphQuery(harness, "organisation", ASSIGN, { grid: seeded.id, branch: idle.id }, admin),
    ]);
    expect([a, c].filter((res) => res.errors === undefined).length).toBeGreaterThanOrEqual(1);
    const history = await sql<{ from_branch_id: string | null; to_branch_id: string }>(
      `select from_branch_id, to_branch_id from organisation.grid_branch_change where grid_id = ? order by created_at, id`,
      [seeded.id],
    );
    // Each change starts where the previous ended.
    for (let i = 1; i < history.length; i++)
      expect(history[i].from_branch_id).toBe(history[i - 1].to_branch_id);
    const [current] = await sql<{ branch_id: string }>(
      `select branch_id from organisation.grid where id = ?`,
      [seeded.id],
    );
    expect(current?.branch_id).toBe(history.at(-1)?.to_branch_id);
    // Back to the second branch for the coverage figures below.
    await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: seeded.id, branch: second.id },
      admin,
    );
  });

  it("closes a grid: its rooms are freed for another grid, it leaves the lists, closing twice is a CONFLICT", async () => {
    const [wing] = await sql<{ id: string }>(
      `select id from organisation.grid where name = '东1号楼3层东区'`,
    );
    const res = await subgraphQuery(harness, "organisation", CLOSE, { grid: wing.id }, admin);
    expect(res.errors).toBeUndefined();
    expect(expectData(res).closeGrid).toMatchObject({ rooms: [] });
    expect(expectData(res).closeGrid.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = await subgraphQuery(harness, "organisation", CLOSE, { grid: wing.id }, admin);
    expect(errorsOf(again)).toEqual([[["closeGrid"], "CONFLICT"]]);
    const reassign = await subgraphQuery(
      harness,
      "organisation",
      ASSIGN,
      { grid: wing.id, branch: idle.id },
      admin,
    );
    expect(errorsOf(reassign)).toEqual([[["assignGridBranch"], "CONFLICT"]]);
    const list = await subgraphQuery(
      harness,
      "organisation",
      LIST,
      { building: building.id },
      admin,
    );
    expect(expectData(list).grids.edges.map((e) => e.node.name)).not.toContain("东1号楼3层东区");
    const reuse = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      {
        input: {
          name: "东1号楼301",
          buildingId: building.id,
          kind: "WING",
          roomIds: [floor3[0].id],
        },
      },
      admin,
    );
    expect(reuse.errors).toBeUndefined();
  });

  it("reports the coverage: grids without a branch, rooms in no grid, each branch's grids and residents", async () => {
    const res = await subgraphQuery(harness, "organisation", COVERAGE, {}, admin);
    expect(res.errors).toBeUndefined();
    const coverage = expectData(res).gridCoverage;
    // The new 301 wing, and whichever grid won the race for 303 and 304 (neither has a branch).
    const unassigned = coverage.gridsWithoutBranch.map((g) => g.name);
    expect(unassigned).toHaveLength(2);
    expect(unassigned).toContain("东1号楼301");
    expect(unassigned.find((name) => name !== "东1号楼301")).toMatch(/^并发[甲乙丙]$/);
    // 302 was freed by the closed wing; the grid that won the race holds 303 and 304.
    expect(coverage.roomsInNoGrid).toEqual({ totalCount: 1, rooms: [{ number: "302" }] });
    expect(coverage.branches).toEqual([
      {
        branch: { name: "第1师生联合党支部" },
        gridCount: 1,
        residentCount: 0,
        grids: [{ name: "东1号楼2层网格" }],
      },
      {
        branch: { name: "第2师生联合党支部" },
        gridCount: 2,
        // The three living in 101 today; not the one who moved out.
        residentCount: 3,
        grids: [{ name: "东1号楼1层网格" }, { name: "西1号楼网格" }],
      },
      { branch: { name: "第3师生联合党支部" }, gridCount: 0, residentCount: 0, grids: [] },
    ]);
    const student = await subgraphQuery(
      harness,
      "organisation",
      COVERAGE,
      {},
      callers.student(residents[0].id),
    );
    expect(student.data).toBeNull();
    expect(errorsOf(student)[0]?.[1]).toBe("FORBIDDEN");
  });

  it("names the grids whose leader (lent by people) lived there and moved out", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCoverage { gridsWithLeaderMovedOut { name } } } }`;
    const representation = {
      __typename: "GridCoverage",
      id: "campus",
      // The leaver lived in the seeded grid's room 101; a resident who still lives there; a grid with no residence of its leader.
      leaderGridIds: [seeded.id, seeded.id, seeded.id],
      leaderPersonIds: [leaver.id, residents[0].id, administrator.id],
    };
    const res: GraphQLResponse<{ _entities: { gridsWithLeaderMovedOut: { name: string }[] }[] }> =
      await harness.execute("organisation", query, { r: [representation] }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities[0]?.gridsWithLeaderMovedOut).toEqual([{ name: "东1号楼1层网格" }]);
    const still = await harness.execute<{ _entities: { gridsWithLeaderMovedOut: unknown[] }[] }>(
      "organisation",
      query,
      {
        r: [{ ...representation, leaderGridIds: [seeded.id], leaderPersonIds: [residents[0].id] }],
      },
      admin,
    );
    expect(still.data?._entities[0]?.gridsWithLeaderMovedOut).toEqual([]);
  });

  it("answers the report in the same number of statements as the campus grows", async () => {
    const measure = async () => {
      await subgraphQuery(harness, "organisation", COVERAGE, {}, admin); // warm-up
      const { statements, result } = await statementsOf(harness, "organisation", () =>
        subgraphQuery(harness, "organisation", COVERAGE, {}, admin),
      );
      expect(result.errors).toBeUndefined();
      return { statements, grids: expectData(result).gridCoverage.gridCount };
    };
    const small = await measure();
    // Grow the campus tenfold and more: 40 branches, 400 floor grids, 4,000 rooms, 8,000 residents.
    await sql(`
      with b as (
        insert into organisation.org_unit (id, name, kind, parent_id)
        select gen_random_uuid(), '扩充支部' || i, 'JOINT_BRANCH', null from generate_series(1, 40) i
        returning id),
      bl as (
        insert into organisation.building (id, name, campus_id, floors)
        select gen_random_uuid(), '扩充楼' || i, '${campus.id}', 10 from generate_series(1, 40) i
        returning id),
      g as (
        insert into organisation.grid (id, name, building_id, branch_id)
        select gen_random_uuid(), '扩充网格' || row_number() over (), bl.id,
               (select id from b order by id offset (abs(hashtext(bl.id::text || f)) % 40) limit 1)
          from bl, generate_series(1, 10) f
        returning id, building_id, name),
      rm as (
        insert into organisation.room (id, building_id, grid_id, number, floor, capacity)
        select gen_random_uuid(), g.building_id, g.id, substring(g.name from '[0-9]+$') || '-' || n, 1, 4
          from g, generate_series(1, 10) n
        returning id)
      insert into organisation.residence (id, person_id, room_id, bed, moved_in_on)
      select gen_random_uuid(), gen_random_uuid(), rm.id, bed::text, '2024-09-01'
        from rm, generate_series(1, 2) bed`);
    const large = await measure();
    expect(large.grids).toBeGreaterThan(small.grids * 50);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(6);
  });
});
