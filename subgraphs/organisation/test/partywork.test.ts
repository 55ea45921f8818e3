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
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const CREATE_POST = graphql(`
  mutation PartyworkCreatePost($input: CreatePartyPostInput!) {
    createPartyPost(input: $input) {
      id
      title
      startsOn
      endsOn
      current
      holder {
        id
      }
      grid {
        id
      }
      room {
        number
      }
      branch {
        id
      }
    }
  }
`);
const CHANGE_POST = graphql(`
  mutation PartyworkChangePost($input: ChangePartyPostInput!) {
    changePartyPost(input: $input) {
      id
      title
      endsOn
    }
  }
`);
const END_POST = graphql(`
  mutation PartyworkEndPost($id: ID!, $on: LocalDate) {
    endPartyPost(postId: $id, endedOn: $on) {
      id
      endedOn
      current
    }
  }
`);
const BRANCH = graphql(`
  query PartyworkBranch($id: ID!) {
    orgUnit(id: $id) {
      partyPosts {
        title
      }
      responsibilityAreas {
        name
        member {
          id
        }
        rooms {
          number
        }
        grids {
          name
        }
      }
      vanguardTeams {
        name
        members {
          id
        }
        tasks {
          title
          state
          transitions {
            fromState
            toState
            note
            by {
              id
            }
          }
        }
      }
    }
  }
`);
const GRID_POSTS = graphql(`
  query PartyworkGridPosts($id: ID!) {
    grid(id: $id) {
      posts {
        title
      }
    }
  }
`);
const CREATE_AREA = graphql(`
  mutation PartyworkCreateArea($input: CreateResponsibilityAreaInput!) {
    createResponsibilityArea(input: $input) {
      id
      name
    }
  }
`);
const END_AREA = graphql(`
  mutation PartyworkEndArea($id: ID!) {
    endResponsibilityArea(areaId: $id) {
      id
      endedOn
    }
  }
`);
const COVERAGE = graphql(`
  query PartyworkCoverage($branch: ID) {
    responsibilityCoverage(branchId: $branch) {
      buildings {
        building {
          name
        }
        roomCount
        coveredRoomCount
        share
      }
      branches {
        branch {
          name
        }
        roomCount
        coveredRoomCount
        share
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation PartyworkCreateTeam($input: CreateVanguardTeamInput!) {
    createVanguardTeam(input: $input) {
      id
      name
      members {
        id
      }
    }
  }
`);
const ADD_TASK = graphql(`
  mutation PartyworkAddTask($input: AddVanguardTaskInput!) {
    addVanguardTask(input: $input) {
      id
      state
    }
  }
`);
const COMPLETE_TASK = graphql(`
  mutation PartyworkCompleteTask($id: ID!, $note: String) {
    completeVanguardTask(taskId: $id, note: $note) {
      id
      state
      transitions {
        fromState
        toState
        by {
          id
        }
      }
    }
  }
`);

/**
 * Party work in the grids (党员示范岗, 责任区, 党员先锋队) in the organisation subgraph alone: the
 * guards, the rules and what is written. Alone, there is no graph to ask whether a holder is a
 * party member or a secretary runs the branch; infra/test/partywork.test.ts asks it through the
 * real gateway.
 */
describe("organisation: party work in the grids", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("partywork");
  const general = b.orgUnit({ name: "彭康书院党总支", kind: "GENERAL_BRANCH" });
  const branch = b.orgUnit({
    name: "第1师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: general.id,
  });
  const other = b.orgUnit({
    name: "第2师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: general.id,
  });
  const campus = b.campus();
  const building = b.building({ name: "东1号楼", campusId: campus.id });
  const west = b.building({ name: "西1号楼", campusId: campus.id });
  const floor1 = b.grid({ name: "东1号楼1层网格", buildingId: building.id, branchId: branch.id });
  const floor2 = b.grid({ name: "东1号楼2层网格", buildingId: building.id, branchId: branch.id });
  const westGrid = b.grid({ name: "西1号楼1层网格", buildingId: west.id, branchId: other.id });
  const rooms1 = ["101", "102"].map((number) =>
    b.room({ buildingId: building.id, gridId: floor1.id, floor: 1, number }),
  );
  const rooms2 = ["201", "202", "203", "204"].map((number) =>
    b.room({ buildingId: building.id, gridId: floor2.id, floor: 2, number }),
  );
  const loose = b.room({ buildingId: building.id, gridId: null, floor: 3, number: "301" });
  const westRoom = b.room({ buildingId: west.id, gridId: westGrid.id, floor: 1, number: "101" });
  const administrator = b.staff({ name: "组织员甲" });
  const secretary = b.staff({ name: "支部书记乙" });
  const member = b.student({ name: "党员丙", politicalStatus: "FULL_MEMBER" });
  const teammate = b.student({ name: "党员丁", politicalStatus: "PROBATIONARY_MEMBER" });
  const outsider = b.student({ name: "群众戊" });
  const admin = callerFor(["admin"], administrator.id, "admin");
  const sec = callerFor(["branch_secretary"], secretary.id, "secretary");

  const sql = <Row extends object>(text: string) =>
    (harness.subgraphs.organisation.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<Row[]>(text);
  /** Every party-work table's rows, for "a refusal changes nothing". */
  const snapshot = async () =>
    sql(`select (select count(*) from organisation.party_post)::int as posts,
                (select string_agg(title || ends_on || coalesce(ended_on::text, ''), ',' order by id) from organisation.party_post) as post_rows,
                (select count(*) from organisation.responsibility_area where ended_on is null)::int as areas,
                (select count(*) from organisation.responsibility_area_place)::int as places,
                (select count(*) from organisation.vanguard_team)::int as teams,
                (select count(*) from organisation.vanguard_task where state = 'DONE')::int as done,
                (select count(*) from organisation.vanguard_task_transition)::int as steps`);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  let gridPost = "";
  let roomPost = "";

  it("sets up posts in a grid and in a room; the grid, its rooms' posts included, and the branch list them", async () => {
    const inGrid = await subgraphQuery(
      harness,
      "organisation",
      CREATE_POST,
      {
        input: {
          holderId: member.id,
          title: "学风建设示范岗",
          duties: "晚自习巡查",
          gridId: floor1.id,
          startsOn: "2026-09-01",
          endsOn: "2099-07-15",
        },
      },
      admin,
    );
    expect(inGrid.errors).toBeUndefined();
    const post = expectData(inGrid).createPartyPost;
    expect(post).toMatchObject({
      title: "学风建设示范岗",
      holder: { id: member.id },
      grid: { id: floor1.id },
      room: null,
      branch: { id: branch.id },
      current: true,
    });
    gridPost = post.id;
    const inRoom = await subgraphQuery(
      harness,
      "organisation",
      CREATE_POST,
      {
        input: {
          holderId: teammate.id,
          title: "文明宿舍示范岗",
          duties: "内务整理",
          roomId: rooms1[1].id,
          startsOn: "2026-09-01",
          endsOn: "2099-07-15",
        },
      },
      sec,
    );
    expect(inRoom.errors).toBeUndefined();
    expect(expectData(inRoom).createPartyPost).toMatchObject({
      grid: null,
      room: { number: "102" },
      branch: { id: branch.id },
    });
    roomPost = expectData(inRoom).createPartyPost.id;
    const grid = await subgraphQuery(harness, "organisation", GRID_POSTS, { id: floor1.id }, admin);
    expect(
      expectData(grid)
        .grid?.posts.map((p) => p.title)
        .sort(),
    ).toEqual(["学风建设示范岗", "文明宿舍示范岗"]);
    const unit = await subgraphQuery(harness, "organisation", BRANCH, { id: branch.id }, admin);
    expect(expectData(unit).orgUnit?.partyPosts).toHaveLength(2);
  });

  it("refuses a bad post with BAD_USER_INPUT and a caller without the duty with FORBIDDEN, changing nothing", async () => {
    const before = await snapshot();
    const base = {
      holderId: member.id,
      title: "示范岗",
      duties: "职责",
      gridId: floor1.id,
      startsOn: "2026-09-01",
      endsOn: "2027-07-15",
    };
    const attempts: [Record<string, unknown>, string, string?][] = [
      [{ ...base, endsOn: "2026-08-31" }, "BAD_USER_INPUT", "input.endsOn"],
      [{ ...base, roomId: rooms1[0].id }, "BAD_USER_INPUT", "input.gridId"],
      [{ ...base, gridId: null }, "BAD_USER_INPUT", "input.gridId"],
      [{ ...base, gridId: null, roomId: loose.id }, "BAD_USER_INPUT", "input.roomId"],
      [{ ...base, title: "   " }, "BAD_USER_INPUT"],
      [{ ...base, startsOn: "2026-02-30" }, "BAD_USER_INPUT"],
      [{ ...base, gridId: general.id }, "BAD_USER_INPUT", "input.gridId"],
    ];
    for (const [input, code, field] of attempts) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        CREATE_POST,
        { input: input as never },
        admin,
      );
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    for (const caller of [
      callers.student(member.id),
      callerFor(["grid_leader"], administrator.id),
      callers.counselor(administrator.id),
    ]) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        CREATE_POST,
        { input: base },
        caller,
      );
      expect(errorsOf(res)).toEqual([[["createPartyPost"], "FORBIDDEN"]]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("changes a post, refuses an end of term before its start, and ends it once", async () => {
    const changed = await subgraphQuery(
      harness,
      "organisation",
      CHANGE_POST,
      { input: { postId: gridPost, title: "学风督导示范岗", endsOn: "2099-06-30" } },
      sec,
    );
    expect(expectData(changed).changePartyPost).toMatchObject({
      title: "学风督导示范岗",
      endsOn: "2099-06-30",
    });
    const before = await snapshot();
    const early = await subgraphQuery(
      harness,
      "organisation",
      CHANGE_POST,
      { input: { postId: gridPost, endsOn: "2026-01-01" } },
      sec,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.endsOn",
    });
    const empty = await subgraphQuery(
      harness,
      "organisation",
      CHANGE_POST,
      { input: { postId: gridPost } },
      sec,
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const beforeStart = await subgraphQuery(
      harness,
      "organisation",
      END_POST,
      { id: roomPost, on: "2026-08-01" },
      sec,
    );
    expect(beforeStart.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await snapshot()).toEqual(before);
    const ended = await subgraphQuery(harness, "organisation", END_POST, { id: roomPost }, sec);
    expect(expectData(ended).endPartyPost).toMatchObject({ current: false });
    const again = await subgraphQuery(harness, "organisation", END_POST, { id: roomPost }, sec);
    expect(errorsOf(again)).toEqual([[["endPartyPost"], "CONFLICT"]]);
    const grid = await subgraphQuery(harness, "organisation", GRID_POSTS, { id: floor1.id }, admin);
    expect(expectData(grid).grid?.posts.map((p) => p.title)).toEqual(["学风督导示范岗"]);
  });

  it("sets up responsibility areas over the branch's rooms and grids and counts the share of rooms inside them", async () => {
    const before = await snapshot();
    const stray: [Record<string, unknown>, string][] = [
      [{ roomIds: [westRoom.id] }, "input.roomIds"],
      [{ roomIds: [loose.id] }, "input.roomIds"],
      [{ gridIds: [westGrid.id] }, "input.gridIds"],
      [{}, "input.roomIds"],
      [{ roomIds: [rooms2[0].id], branchId: general.id }, "input.branchId"],
    ];
    for (const [places, field] of stray) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        CREATE_AREA,
        { input: { branchId: branch.id, memberId: member.id, name: "越界", ...places } },
        admin,
      );
      expect(res.errors?.[0]?.extensions, JSON.stringify(places)).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    const student = await subgraphQuery(
      harness,
      "organisation",
      CREATE_AREA,
      { input: { branchId: branch.id, memberId: member.id, name: "学生", gridIds: [floor1.id] } },
      callers.student(member.id),
    );
    expect(errorsOf(student)).toEqual([[["createResponsibilityArea"], "FORBIDDEN"]]);
    expect(await snapshot()).toEqual(before);

    const whole = await subgraphQuery(
      harness,
      "organisation",
      CREATE_AREA,
      {
        input: {
          branchId: branch.id,
          memberId: member.id,
          name: "1层责任区",
          gridIds: [floor1.id],
        },
      },
      sec,
    );
    expect(whole.errors).toBeUndefined();
    const wing = await subgraphQuery(
      harness,
      "organisation",
      CREATE_AREA,
      {
        input: {
          branchId: branch.id,
          memberId: teammate.id,
          name: "2层东侧责任区",
          // 101 is in the first area's grid too: a room counts once.
          roomIds: [rooms2[0].id, rooms2[1].id, rooms1[0].id],
        },
      },
      sec,
    );
    expect(wing.errors).toBeUndefined();
    const campusWide = expectData(
      await subgraphQuery(harness, "organisation", COVERAGE, {}, admin),
    ).responsibilityCoverage;
    // 东1号楼: 101, 102, 201, 202 of 7 rooms (301 is in no grid); 西1号楼: none of 1.
    expect(campusWide.buildings).toEqual([
      { building: { name: "东1号楼" }, roomCount: 7, coveredRoomCount: 4, share: 4 / 7 },
      { building: { name: "西1号楼" }, roomCount: 1, coveredRoomCount: 0, share: 0 },
    ]);
    expect(campusWide.branches).toEqual(
      expect.arrayContaining([
        { branch: { name: "第1师生联合党支部" }, roomCount: 6, coveredRoomCount: 4, share: 4 / 6 },
        { branch: { name: "第2师生联合党支部" }, roomCount: 1, coveredRoomCount: 0, share: 0 },
      ]),
    );
    const mine = expectData(
      await subgraphQuery(harness, "organisation", COVERAGE, { branch: branch.id }, sec),
    ).responsibilityCoverage;
    expect(mine.branches).toEqual([
      { branch: { name: "第1师生联合党支部" }, roomCount: 6, coveredRoomCount: 4, share: 4 / 6 },
    ]);
    expect(mine.buildings.map((row) => row.building.name)).toEqual(["东1号楼"]);
    // The whole campus is the administrators'; a student reads none of it.
    const notMine = await subgraphQuery(harness, "organisation", COVERAGE, {}, sec);
    expect(errorsOf(notMine)).toEqual([[["responsibilityCoverage"], "FORBIDDEN"]]);
    const studentAsks = await subgraphQuery(
      harness,
      "organisation",
      COVERAGE,
      { branch: branch.id },
      callers.student(member.id),
    );
    expect(errorsOf(studentAsks)).toEqual([[["responsibilityCoverage"], "FORBIDDEN"]]);

    const ended = await subgraphQuery(
      harness,
      "organisation",
      END_AREA,
      { id: expectData(whole).createResponsibilityArea.id },
      sec,
    );
    expect(ended.errors).toBeUndefined();
    const after = expectData(
      await subgraphQuery(harness, "organisation", COVERAGE, { branch: branch.id }, sec),
    ).responsibilityCoverage;
    expect(after.branches[0]).toMatchObject({ roomCount: 6, coveredRoomCount: 3 });
    const again = await subgraphQuery(
      harness,
      "organisation",
      END_AREA,
      { id: expectData(whole).createResponsibilityArea.id },
      sec,
    );
    expect(errorsOf(again)).toEqual([[["endResponsibilityArea"], "CONFLICT"]]);
    const unit = await subgraphQuery(harness, "organisation", BRANCH, { id: branch.id }, admin);
    const areas = expectData(unit).orgUnit?.responsibilityAreas ?? [];
    expect(areas.map((a) => [a.name, a.member.id, a.grids])).toEqual([
      ["2层东侧责任区", teammate.id, []],
    ]);
    expect(areas[0]?.rooms.map((r) => r.number).sort()).toEqual(["101", "201", "202"]);
  });

  it("runs a vanguard team's task from open to done once, kept with who and when", async () => {
    const team = await subgraphQuery(
      harness,
      "organisation",
      CREATE_TEAM,
      {
        input: {
          branchId: branch.id,
          name: "学风建设党员先锋队",
          purpose: "考试周帮扶",
          memberIds: [member.id, teammate.id, member.id],
        },
      },
      sec,
    );
    expect(team.errors).toBeUndefined();
    const teamId = expectData(team).createVanguardTeam.id;
    // Founding members join at one moment (ties go by id), so in no particular order; the
    // repeated id joins once.
    const founders = expectData(team).createVanguardTeam.members.map((m) => m.id);
    expect(founders.sort()).toEqual([member.id, teammate.id].sort());
    const before = await snapshot();
    const noMembers = await subgraphQuery(
      harness,
      "organisation",
      CREATE_TEAM,
      { input: { branchId: branch.id, name: "空队", memberIds: [] } },
      sec,
    );
    expect(noMembers.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const byStudent = await subgraphQuery(
      harness,
      "organisation",
      ADD_TASK,
      { input: { teamId, title: "学生自派" } },
      callers.student(member.id),
    );
    expect(errorsOf(byStudent)).toEqual([[["addVanguardTask"], "FORBIDDEN"]]);
    expect(await snapshot()).toEqual(before);

    const task = await subgraphQuery(
      harness,
      "organisation",
      ADD_TASK,
      { input: { teamId, title: "走访预警同学宿舍", dueOn: "2099-01-10" } },
      sec,
    );
    expect(expectData(task).addVanguardTask.state).toBe("OPEN");
    const taskId = expectData(task).addVanguardTask.id;
    // Someone not on the team (and no officer) may not report it done.
    const stranger = await subgraphQuery(
      harness,
      "organisation",
      COMPLETE_TASK,
      { id: taskId },
      callers.student(outsider.id),
    );
    expect(errorsOf(stranger)).toEqual([[["completeVanguardTask"], "FORBIDDEN"]]);
    const done = await subgraphQuery(
      harness,
      "organisation",
      COMPLETE_TASK,
      { id: taskId, note: "已走访6间宿舍" },
      callers.student(teammate.id),
    );
    expect(done.errors).toBeUndefined();
    expect(expectData(done).completeVanguardTask).toMatchObject({
      state: "DONE",
      transitions: [
        { fromState: null, toState: "OPEN", by: { id: secretary.id } },
        { fromState: "OPEN", toState: "DONE", by: { id: teammate.id } },
      ],
    });
    const twice = await subgraphQuery(harness, "organisation", COMPLETE_TASK, { id: taskId }, sec);
    expect(errorsOf(twice)).toEqual([[["completeVanguardTask"], "CONFLICT"]]);
    const unit = await subgraphQuery(harness, "organisation", BRANCH, { id: branch.id }, admin);
    expect(expectData(unit).orgUnit?.vanguardTeams[0]?.tasks[0]?.transitions[1]?.note).toBe(
      "已走访6间宿舍",
    );
  });

  it("answers the coverage share and the branch's party work in the same number of statements as the campus grows", async () => {
    const measure = async () => {
      await subgraphQuery(harness, "organisation", COVERAGE, {}, admin); // warm-up
      const coverage = await statementsOf(harness, "organisation", () =>
        subgraphQuery(harness, "organisation", COVERAGE, {}, admin),
      );
      expect(coverage.result.errors).toBeUndefined();
      const unit = await statementsOf(harness, "organisation", () =>
        subgraphQuery(harness, "organisation", BRANCH, { id: branch.id }, admin),
      );
      expect(unit.result.errors).toBeUndefined();
      return {
        coverage: coverage.statements,
        unit: unit.statements,
        buildings: expectData(coverage.result).responsibilityCoverage.buildings.length,
      };
    };
    // Areas of both shapes (rooms, and a whole grid) before the first measure, as after.
    const floorArea = await subgraphQuery(
      harness,
      "organisation",
      CREATE_AREA,
      {
        input: {
          branchId: branch.id,
          memberId: member.id,
          name: "2层责任区",
          gridIds: [floor2.id],
        },
      },
      admin,
    );
    expect(floorArea.errors).toBeUndefined();
    const small = await measure();
    // 40 buildings of 10 grids of 10 rooms: 4,000 rooms, each grid in an area, one room in another.
    await sql(`
      with bl as (
        insert into organisation.building (id, name, campus_id, floors)
        select gen_random_uuid(), '扩充楼' || i, '${campus.id}', 10 from generate_series(1, 40) i
        returning id),
      g as (
        insert into organisation.grid (id, name, building_id, branch_id)
        select gen_random_uuid(), '扩充网格' || row_number() over (), bl.id, '${branch.id}'
          from bl, generate_series(1, 10) f
        returning id, building_id, name),
      rm as (
        insert into organisation.room (id, building_id, grid_id, number, floor, capacity)
        select gen_random_uuid(), g.building_id, g.id, substring(g.name from '[0-9]+$') || '-' || n, 1, 4
          from g, generate_series(1, 10) n
        returning id, grid_id),
      a as (
        insert into organisation.responsibility_area (id, branch_id, member_id, name)
        select gen_random_uuid(), '${branch.id}', '${member.id}', '扩充责任区' || i
          from generate_series(1, 400) i
        returning id, name),
      pairs as (
        select a.id as area_id, g.id as grid_id
          from (select id, row_number() over (order by id) n from a) a
          join (select id, row_number() over (order by id) n from g) g using (n))
      insert into organisation.responsibility_area_place (id, area_id, grid_id)
      select gen_random_uuid(), area_id, grid_id from pairs`);
    const large = await measure();
    expect(large.buildings).toBe(small.buildings + 40);
    expect(large.coverage).toBe(small.coverage);
    expect(large.unit).toBe(small.unit);
    // Shares by building and by branch, then the buildings and the branches they name.
    expect(small.coverage).toBeLessThanOrEqual(4);
  });
});
