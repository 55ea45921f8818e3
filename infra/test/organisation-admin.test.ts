/**
 * The organisation, administered (组织架构), through the real gateway: units created, renamed,
 * moved and closed against the three levels, with their history; buildings, rooms and beds kept
 * so that a bed in use never disappears; grids reassigned from one view (exactly one wins); and
 * who may do each (administrators; college administrators inside their college, known from
 * people's assignments through the relay).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const CREATE_UNIT = graphql(`
  mutation AdminCreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
      kind
      purpose
      startsOn
      endsOn
      teamId
      parent {
        id
      }
      college {
        name
      }
      history {
        change
        name
        changedOn
        changedBy {
          id
        }
      }
    }
  }
`);
const RENAME_UNIT = graphql(`
  mutation AdminRenameOrgUnit($unit: ID!, $name: String!) {
    renameOrgUnit(unitId: $unit, name: $name) {
      id
      name
    }
  }
`);
const MOVE_UNIT = graphql(`
  mutation AdminMoveOrgUnit($unit: ID!, $parent: ID!) {
    moveOrgUnit(unitId: $unit, parentId: $parent) {
      id
      parent {
        id
      }
    }
  }
`);
const CLOSE_UNIT = graphql(`
  mutation AdminCloseOrgUnit($unit: ID!) {
    closeOrgUnit(unitId: $unit) {
      id
      closedOn
    }
  }
`);
const UNIT_HISTORY = graphql(`
  query AdminOrgUnitHistory(
    $unit: ID!
    $before: LocalDate!
    $long: LocalDate!
    $today: LocalDate!
  ) {
    orgUnit(id: $unit) {
      name
      history {
        change
        name
        changedOn
        parent {
          id
        }
        changedBy {
          id
        }
      }
      before: nameOn(date: $before)
      then: nameOn(date: $long)
      now: nameOn(date: $today)
      parentThen: parentOn(date: $long) {
        id
      }
      parentNow: parentOn(date: $today) {
        id
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation AdminCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);
const CREATE_BUILDING = graphql(`
  mutation AdminCreateBuilding($input: CreateBuildingInput!) {
    createBuilding(input: $input) {
      id
      name
      floors
      college {
        id
      }
    }
  }
`);
const CREATE_ROOM = graphql(`
  mutation AdminCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
      number
      capacity
      bedsInUse
    }
  }
`);
const CHANGE_CAPACITY = graphql(`
  mutation AdminChangeRoomCapacity($room: ID!, $capacity: Int!) {
    changeRoomCapacity(roomId: $room, capacity: $capacity) {
      id
      capacity
    }
  }
`);
const OUT_OF_USE = graphql(`
  mutation AdminTakeRoomOutOfUse($room: ID!) {
    takeRoomOutOfUse(roomId: $room) {
      id
      outOfUseOn
    }
  }
`);
const MOVE_IN = graphql(`
  mutation AdminMoveIn($input: MoveInInput!) {
    moveIn(input: $input) {
      id
    }
  }
`);
const ROOM = graphql(`
  query AdminRoom($room: ID!) {
    room(id: $room) {
      capacity
      bedsInUse
    }
  }
`);
const ASSIGN = graphql(`
  mutation AdminAssignGridBranch($grid: ID!, $branch: ID!, $expected: ID) {
    assignGridBranch(gridId: $grid, branchId: $branch, expectedBranchId: $expected) {
      id
      branch {
        id
      }
    }
  }
`);
const GRID_HISTORY = graphql(`
  query AdminGridHistory($grid: ID!) {
    grid(id: $grid) {
      branchHistory {
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`);
const TREE = graphql(`
  query AdminOrganisationTree($on: LocalDate!) {
    orgUnits {
      id
      name
      closedOn
      nameOn(date: $on)
      parentOn(date: $on) {
        name
      }
      college {
        name
      }
      history {
        name
        parent {
          name
        }
        changedBy {
          id
        }
      }
    }
  }
`);
const BUILDING_ROOMS = graphql(`
  query AdminBuildingRooms($building: ID!) {
    building(id: $building) {
      rooms {
        number
        capacity
        bedsInUse
        outOfUseOn
      }
    }
  }
`);

const b = new DatasetBuilder("organisation-admin");
const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const otherCollege = b.orgUnit({ name: "文治书院", kind: "RESIDENTIAL_COLLEGE" });
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const general = b.orgUnit({
  name: "彭康书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: college.id,
});
const otherGeneral = b.orgUnit({
  name: "文治书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: otherCollege.id,
});
const branch = b.orgUnit({
  name: "彭康第1师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: general.id,
});
const branch2 = b.orgUnit({
  name: "彭康第2师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: general.id,
});
const branch3 = b.orgUnit({
  name: "彭康第3师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: general.id,
});
const otherBranch = b.orgUnit({
  name: "文治第1师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: otherGeneral.id,
});
const campus = b.campus();
const building = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: college.id });
const otherBuilding = b.building({
  name: "文治1号楼",
  campusId: campus.id,
  collegeId: otherCollege.id,
});
const grid = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const raceGrid = b.grid({ name: "2层网格", buildingId: building.id, branchId: branch2.id });
const lived = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const twin = b.room({ buildingId: building.id, floor: 1, number: "102", capacity: 2 });
const empty = b.room({ buildingId: building.id, floor: 1, number: "103" });
const raceRooms = [1, 2, 3].map((i) =>
  b.room({ buildingId: building.id, floor: 3, number: `30${i}`, capacity: 2 }),
);
const otherRoom = b.room({ buildingId: otherBuilding.id, floor: 1, number: "101" });
const resident = b.student({ name: "王子涵" });
b.residence(resident, lived, { bed: "3" });
const twinResident = b.student({ name: "李浩然" });
b.residence(twinResident, twin, { bed: "1" });
const raceResidents = raceRooms.map((room, i) => {
  const student = b.student({ name: `同住${i}` });
  b.residence(student, room, { bed: "1" });
  return student;
});
const newcomers = raceRooms.map((_, i) => b.student({ name: `新生${i}` }));
const latecomer = b.student({ name: "张欣怡" });
const adminStaff = b.staff({ name: "组织员" });
const collegeAdminStaff = b.staff({ name: "吴海涛" });
b.assign(collegeAdminStaff, "COLLEGE_ADMIN", "UNIT", college.id);
const corpsLeader = b.student({ name: "志愿队长" });
const dataset = b.build();

const admin = callerFor(["admin"], adminStaff.id, "admin");
const collegeAdmin = callerFor(["college_admin"], collegeAdminStaff.id, "college-admin");
const counselor = callerFor(["counselor"], adminStaff.id, "counselor");
const LONG_AGO = "2024-03-01";

describe("the organisation, administered, through the gateway", () => {
  let stack: StackHarness;
  const sql = async (text: string) =>
    (stack.subgraphs.organisation.orm.em.fork() as EntityManager).getConnection().execute(text);
  const count = async (table: string) =>
    ((await sql(`select count(*)::int as n from organisation.${table}`)) as { n: number }[])[0]?.n;
  const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  it("creates units only where the three levels put them, and refuses the rest changing nothing", async () => {
    const units = await count("org_unit");
    const changes = await count("org_unit_change");
    const refusals: [Record<string, unknown>, string][] = [
      [{ name: "无上级支部", kind: "JOINT_BRANCH" }, "input.parentId"],
      [{ name: "越级支部", kind: "JOINT_BRANCH", parentId: committee.id }, "input.parentId"],
      [
        {
          name: "支部下的总支",
          kind: "GENERAL_BRANCH",
          parentId: branch.id,
          collegeId: college.id,
        },
        "input.parentId",
      ],
      [{ name: "无书院总支", kind: "GENERAL_BRANCH", parentId: committee.id }, "input.collegeId"],
      [
        { name: "学院总支", kind: "GENERAL_BRANCH", parentId: committee.id, collegeId: school.id },
        "input.collegeId",
      ],
      [{ name: "学院下的学院", kind: "SCHOOL", parentId: committee.id }, "input.parentId"],
      [
        { name: "有目的的支部", kind: "JOINT_BRANCH", parentId: general.id, purpose: "x" },
        "input.purpose",
      ],
      [{ name: "临时", kind: "TEMPORARY_BRANCH", parentId: general.id }, "input.purpose"],
      [
        {
          name: "临时",
          kind: "TEMPORARY_BRANCH",
          parentId: general.id,
          purpose: "迎新",
          startsOn: "2026-09-10",
          endsOn: "2026-09-01",
        },
        "input.endsOn",
      ],
      [
        {
          name: "临时",
          kind: "TEMPORARY_BRANCH",
          parentId: general.id,
          purpose: "迎新",
          startsOn: "2026-09-01",
          endsOn: "2026-09-30",
          teamId: "00000000-0000-4000-8000-0000000000aa",
        },
        "input.teamId",
      ],
    ];
    for (const [input, field] of refusals) {
      const res = await gatewayQuery(stack, CREATE_UNIT, { input: input as never }, admin);
      expect(code(res), JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await count("org_unit")).toBe(units);
    expect(await count("org_unit_change")).toBe(changes);

    const created = expectData(
      await gatewayQuery(
        stack,
        CREATE_UNIT,
        { input: { name: "彭康第4师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id } },
        admin,
      ),
    ).createOrgUnit;
    expect(created.parent?.id).toBe(general.id);
    expect(created.history).toEqual([
      {
        change: "CREATED",
        name: "彭康第4师生联合党支部",
        changedOn: today(),
        changedBy: { id: adminStaff.id },
      },
    ]);
    const linked = expectData(
      await gatewayQuery(
        stack,
        CREATE_UNIT,
        {
          input: {
            name: "仲英书院党总支",
            kind: "GENERAL_BRANCH",
            parentId: committee.id,
            collegeId: college.id,
          },
        },
        admin,
      ),
    ).createOrgUnit;
    expect(linked.college?.name).toBe("彭康书院");
  });

  it("ties a temporary branch to a team that people knows, with its purpose, start and end", async () => {
    const team = expectData(
      await gatewayQuery(
        stack,
        CREATE_TEAM,
        { input: { name: "星航志愿服务团", kind: "VOLUNTEER_CORPS", leaderId: corpsLeader.id } },
        admin,
      ),
    ).createTeam;
    const temporary = expectData(
      await gatewayQuery(
        stack,
        CREATE_UNIT,
        {
          input: {
            name: "星航志愿服务团临时党支部",
            kind: "TEMPORARY_BRANCH",
            parentId: committee.id,
            purpose: "迎新志愿服务期间的党员教育管理",
            startsOn: "2026-09-01",
            endsOn: "2026-12-31",
            teamId: team.id,
          },
        },
        admin,
      ),
    ).createOrgUnit;
    expect(temporary).toMatchObject({
      kind: "TEMPORARY_BRANCH",
      purpose: "迎新志愿服务期间的党员教育管理",
      startsOn: "2026-09-01",
      endsOn: "2026-12-31",
      teamId: team.id,
    });
  });

  it("answers for each date with the name and parent the unit had then, each change with who and when", async () => {
    const renamed = await gatewayQuery(
      stack,
      RENAME_UNIT,
      { unit: branch3.id, name: "彭康学风建设师生联合党支部" },
      admin,
    );
    expect(expectData(renamed).renameOrgUnit.name).toBe("彭康学风建设师生联合党支部");
    const moved = await gatewayQuery(
      stack,
      MOVE_UNIT,
      { unit: branch3.id, parent: otherGeneral.id },
      admin,
    );
    expect(expectData(moved).moveOrgUnit.parent?.id).toBe(otherGeneral.id);
    const same = await gatewayQuery(
      stack,
      RENAME_UNIT,
      { unit: branch3.id, name: "彭康学风建设师生联合党支部" },
      admin,
    );
    expect(code(same)).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    const misplaced = await gatewayQuery(
      stack,
      MOVE_UNIT,
      { unit: branch3.id, parent: branch.id },
      admin,
    );
    expect(code(misplaced)).toMatchObject({ code: "BAD_USER_INPUT", field: "parentId" });
    const unknown = await gatewayQuery(
      stack,
      RENAME_UNIT,
      { unit: "00000000-0000-4000-8000-0000000000bb", name: "无" },
      admin,
    );
    expect(code(unknown)?.code).toBe("NOT_FOUND");

    const unit = expectData(
      await gatewayQuery(
        stack,
        UNIT_HISTORY,
        { unit: branch3.id, before: "2019-01-01", long: LONG_AGO, today: today() },
        admin,
      ),
    ).orgUnit;
    expect(unit).toMatchObject({
      name: "彭康学风建设师生联合党支部",
      before: null,
      then: "彭康第3师生联合党支部",
      now: "彭康学风建设师生联合党支部",
      parentThen: { id: general.id },
      parentNow: { id: otherGeneral.id },
    });
    expect(unit?.history.map((c) => [c.change, c.name, c.parent?.id, c.changedBy?.id])).toEqual([
      ["CREATED", "彭康第3师生联合党支部", general.id, undefined],
      ["RENAMED", "彭康学风建设师生联合党支部", general.id, adminStaff.id],
      ["MOVED", "彭康学风建设师生联合党支部", otherGeneral.id, adminStaff.id],
    ]);
  });

  it("refuses to close a unit with open units below it or open grids, naming them; closed is final", async () => {
    const withChildren = await gatewayQuery(stack, CLOSE_UNIT, { unit: general.id }, admin);
    expect(code(withChildren)).toMatchObject({ code: "CONFLICT" });
    expect(code(withChildren)?.unitIds).toEqual(expect.arrayContaining([branch.id, branch2.id]));
    const withGrid = await gatewayQuery(stack, CLOSE_UNIT, { unit: branch.id }, admin);
    expect(code(withGrid)).toMatchObject({ code: "CONFLICT", gridIds: [grid.id] });
    expect(await count("org_unit where closed_on is not null")).toBe(0);

    const lone = expectData(
      await gatewayQuery(
        stack,
        CREATE_UNIT,
        { input: { name: "待撤销支部", kind: "JOINT_BRANCH", parentId: general.id } },
        admin,
      ),
    ).createOrgUnit;
    const closed = await gatewayQuery(stack, CLOSE_UNIT, { unit: lone.id }, admin);
    expect(expectData(closed).closeOrgUnit.closedOn).toBe(today());
    for (const again of [
      await gatewayQuery(stack, CLOSE_UNIT, { unit: lone.id }, admin),
      await gatewayQuery(stack, RENAME_UNIT, { unit: lone.id, name: "复活" }, admin),
    ])
      expect(code(again)?.code).toBe("CONFLICT");
    const closedGeneral = expectData(
      await gatewayQuery(
        stack,
        CREATE_UNIT,
        {
          input: {
            name: "空总支",
            kind: "GENERAL_BRANCH",
            parentId: committee.id,
            collegeId: otherCollege.id,
          },
        },
        admin,
      ),
    ).createOrgUnit;
    expectData(await gatewayQuery(stack, CLOSE_UNIT, { unit: closedGeneral.id }, admin));
    const under = await gatewayQuery(
      stack,
      CREATE_UNIT,
      { input: { name: "迟到支部", kind: "JOINT_BRANCH", parentId: closedGeneral.id } },
      admin,
    );
    expect(code(under)?.code).toBe("CONFLICT");
  });

  it("lets a college administrator change branches inside their college only, and no one else but administrators", async () => {
    const units = await count("org_unit");
    const counselorTry = await gatewayQuery(
      stack,
      CREATE_UNIT,
      { input: { name: "辅导员支部", kind: "JOINT_BRANCH", parentId: general.id } },
      counselor,
    );
    expect(errorsOf(counselorTry)).toEqual([[["createOrgUnit"], "FORBIDDEN"]]);
    const elsewhere = await gatewayQuery(
      stack,
      CREATE_UNIT,
      { input: { name: "越界支部", kind: "JOINT_BRANCH", parentId: otherGeneral.id } },
      collegeAdmin,
    );
    expect(errorsOf(elsewhere)).toEqual([[["createOrgUnit"], "FORBIDDEN"]]);
    const aGeneral = await gatewayQuery(
      stack,
      CREATE_UNIT,
      {
        input: {
          name: "自建总支",
          kind: "GENERAL_BRANCH",
          parentId: committee.id,
          collegeId: college.id,
        },
      },
      collegeAdmin,
    );
    expect(errorsOf(aGeneral)).toEqual([[["createOrgUnit"], "FORBIDDEN"]]);
    const renameOther = await gatewayQuery(
      stack,
      RENAME_UNIT,
      { unit: otherBranch.id, name: "改名" },
      collegeAdmin,
    );
    expect(errorsOf(renameOther)).toEqual([[["renameOrgUnit"], "FORBIDDEN"]]);
    const moveOut = await gatewayQuery(
      stack,
      MOVE_UNIT,
      { unit: branch2.id, parent: otherGeneral.id },
      collegeAdmin,
    );
    expect(errorsOf(moveOut)).toEqual([[["moveOrgUnit"], "FORBIDDEN"]]);
    expect(await count("org_unit")).toBe(units);

    const theirs = await gatewayQuery(
      stack,
      CREATE_UNIT,
      { input: { name: "彭康第5师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id } },
      collegeAdmin,
    );
    const created = expectData(theirs).createOrgUnit;
    const renamed = await gatewayQuery(
      stack,
      RENAME_UNIT,
      { unit: created.id, name: "彭康书院第5师生联合党支部" },
      collegeAdmin,
    );
    expect(expectData(renamed).renameOrgUnit.name).toBe("彭康书院第5师生联合党支部");

    const room = await gatewayQuery(
      stack,
      CREATE_ROOM,
      { input: { buildingId: otherBuilding.id, number: "601", floor: 6, capacity: 4 } },
      collegeAdmin,
    );
    expect(errorsOf(room)).toEqual([[["createRoom"], "FORBIDDEN"]]);
    const ownRoom = await gatewayQuery(
      stack,
      CREATE_ROOM,
      { input: { buildingId: building.id, number: "601", floor: 6, capacity: 4 } },
      collegeAdmin,
    );
    expect(expectData(ownRoom).createRoom).toMatchObject({ number: "601", bedsInUse: 0 });
    const capacity = await gatewayQuery(
      stack,
      CHANGE_CAPACITY,
      { room: otherRoom.id, capacity: 2 },
      collegeAdmin,
    );
    expect(errorsOf(capacity)).toEqual([[["changeRoomCapacity"], "FORBIDDEN"]]);
    const otherBuildingTry = await gatewayQuery(
      stack,
      CREATE_BUILDING,
      { input: { name: "文治9号楼", campusId: campus.id, floors: 6, collegeId: otherCollege.id } },
      collegeAdmin,
    );
    expect(errorsOf(otherBuildingTry)).toEqual([[["createBuilding"], "FORBIDDEN"]]);
  });

  it("keeps buildings, rooms and beds so that a bed in use never disappears", async () => {
    const created = expectData(
      await gatewayQuery(
        stack,
        CREATE_BUILDING,
        { input: { name: "彭康9号楼", campusId: campus.id, floors: 6, collegeId: college.id } },
        admin,
      ),
    ).createBuilding;
    expect(created).toMatchObject({ floors: 6, college: { id: college.id } });
    const twice = await gatewayQuery(
      stack,
      CREATE_BUILDING,
      { input: { name: "彭康9号楼", campusId: campus.id, floors: 6 } },
      admin,
    );
    expect(code(twice)?.code).toBe("CONFLICT");
    const high = await gatewayQuery(
      stack,
      CREATE_ROOM,
      { input: { buildingId: created.id, number: "701", floor: 7, capacity: 4 } },
      admin,
    );
    expect(code(high)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.floor" });
    const taken = await gatewayQuery(
      stack,
      CREATE_ROOM,
      { input: { buildingId: building.id, number: "101", floor: 1, capacity: 4 } },
      admin,
    );
    expect(code(taken)?.code).toBe("CONFLICT");

    // Room 101 has one resident, in bed 3: two beds would take bed 3 away; three keep it.
    const belowBed = await gatewayQuery(
      stack,
      CHANGE_CAPACITY,
      { room: lived.id, capacity: 2 },
      admin,
    );
    expect(code(belowBed)).toMatchObject({ code: "CONFLICT", bedsInUse: 1 });
    expect(
      expectData(await gatewayQuery(stack, CHANGE_CAPACITY, { room: lived.id, capacity: 3 }, admin))
        .changeRoomCapacity.capacity,
    ).toBe(3);
    const stillLived = await gatewayQuery(stack, OUT_OF_USE, { room: lived.id }, admin);
    expect(code(stillLived)).toMatchObject({ code: "CONFLICT", bedsInUse: 1 });

    const out = await gatewayQuery(stack, OUT_OF_USE, { room: empty.id }, admin);
    expect(expectData(out).takeRoomOutOfUse.outOfUseOn).toBe(today());
    const moveIn = await gatewayQuery(
      stack,
      MOVE_IN,
      { input: { personId: latecomer.id, roomId: empty.id, bed: "1", movedInOn: today() } },
      admin,
    );
    expect(code(moveIn)?.code).toBe("CONFLICT");
    const noSuchBed = await gatewayQuery(
      stack,
      MOVE_IN,
      { input: { personId: latecomer.id, roomId: twin.id, bed: "5", movedInOn: today() } },
      admin,
    );
    expect(code(noSuchBed)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.bed" });
    expect(await count(`residence where person_id = '${latecomer.id}'`)).toBe(0);
  });

  it("lets exactly one of a move-in and a capacity change that would remove its bed win", async () => {
    for (const [i, room] of raceRooms.entries()) {
      const [moveIn, shrink] = await Promise.all([
        gatewayQuery(
          stack,
          MOVE_IN,
          {
            input: {
              personId: newcomers[i]?.id ?? "",
              roomId: room.id,
              bed: "2",
              movedInOn: today(),
            },
          },
          admin,
        ),
        gatewayQuery(stack, CHANGE_CAPACITY, { room: room.id, capacity: 1 }, admin),
      ]);
      const outcomes = [
        moveIn.errors?.[0]?.extensions?.code ?? "OK",
        shrink.errors?.[0]?.extensions?.code ?? "OK",
      ];
      expect(outcomes.sort(), `room ${room.number}`).toEqual(["CONFLICT", "OK"]);
      const after = expectData(await gatewayQuery(stack, ROOM, { room: room.id }, admin)).room;
      expect(after && after.bedsInUse <= after.capacity).toBe(true);
      expect(after?.bedsInUse).toBe(moveIn.errors ? 1 : 2);
    }
    expect(raceResidents).toHaveLength(3);
  });

  it("reassigns a grid's branch from one view: of two at once exactly one wins, the history a chain", async () => {
    const [toOne, toThree] = await Promise.all([
      gatewayQuery(
        stack,
        ASSIGN,
        { grid: raceGrid.id, branch: branch.id, expected: branch2.id },
        admin,
      ),
      gatewayQuery(
        stack,
        ASSIGN,
        { grid: raceGrid.id, branch: otherBranch.id, expected: branch2.id },
        admin,
      ),
    ]);
    const winner = toOne.errors ? otherBranch.id : branch.id;
    expect(
      [toOne, toThree].filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT"),
    ).toHaveLength(1);
    const history = expectData(
      await gatewayQuery(stack, GRID_HISTORY, { grid: raceGrid.id }, admin),
    ).grid?.branchHistory;
    // The dataset put the grid under branch 2 directly; the one change is the winner's.
    expect(history?.map((c) => [c.from?.id, c.to?.id])).toEqual([[branch2.id, winner]]);
  });

  it("costs the same statements for the tree and a building's rooms with many more units and rooms", async () => {
    const measure = async () => {
      const run = () =>
        Promise.all([
          gatewayQuery(stack, TREE, { on: LONG_AGO }, admin),
          gatewayQuery(stack, BUILDING_ROOMS, { building: building.id }, admin),
        ]);
      await run();
      const before = stack.subgraphs.organisation.statements.count;
      const [tree, rooms] = await run();
      return {
        units: expectData(tree).orgUnits.length,
        rooms: expectData(rooms).building?.rooms.length ?? 0,
        statements: stack.subgraphs.organisation.statements.count - before,
      };
    };
    const small = await measure();
    await sql(
      `with u as (
         insert into organisation.org_unit (id, name, kind, parent_id)
         select gen_random_uuid(), '扩充支部' || i, 'JOINT_BRANCH', '${general.id}' from generate_series(1, 60) i
         returning id, name, parent_id)
       insert into organisation.org_unit_change (id, unit_id, change, name, parent_id, changed_on, changed_by_id)
       select gen_random_uuid(), u.id, 'CREATED', u.name, u.parent_id, '2024-01-01', '${adminStaff.id}' from u`,
    );
    await sql(
      `with r as (
         insert into organisation.room (id, building_id, number, floor, capacity)
         select gen_random_uuid(), '${building.id}', 'x' || i, 5, 4 from generate_series(1, 60) i
         returning id)
       insert into organisation.residence (id, person_id, room_id, bed, moved_in_on)
       select gen_random_uuid(), gen_random_uuid(), r.id, '1', '2024-09-01' from r`,
    );
    const large = await measure();
    expect(large.units).toBe(small.units + 60);
    expect(large.rooms).toBe(small.rooms + 60);
    expect(large.statements).toBe(small.statements);
  });
});
