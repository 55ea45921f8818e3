/**
 * Where students live is personal information (SECURITY.md, "Residence"): a student sees their own
 * room and who looks after them, nobody else's room and no campus directory; staff list only the
 * students their duty covers; every residence detail served is audited. Through the real gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  gatewayQuery,
  type GraphQLResponse,
} from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";
import type { PeopleFilter } from "./generated/graphql";

const b = new DatasetBuilder("residence-privacy");
const branch = b.orgUnit({ name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const otherBranch = b.orgUnit({ name: "文治书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const campus = b.campus();
const building = b.building({ name: "彭康1号楼", campusId: campus.id });
const otherBuilding = b.building({ name: "文治1号楼", campusId: campus.id });
const grid = b.grid({ name: "彭康1号楼3层网格", buildingId: building.id, branchId: branch.id });
const otherGrid = b.grid({
  name: "文治1号楼2层网格",
  buildingId: otherBuilding.id,
  branchId: otherBranch.id,
});
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 3, number: "312" });
const otherRoom = b.room({
  buildingId: otherBuilding.id,
  gridId: otherGrid.id,
  floor: 2,
  number: "208",
});
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const me = b.student({ name: "王子涵", schoolId: school.id, classId: klass.id });
const roommate = b.student({ name: "李浩然", schoolId: school.id });
const elsewhere = b.student({ name: "赵思远", schoolId: school.id });
// One more student, housed nowhere: a directory would list them.
b.student({ name: "钱雨桐", schoolId: school.id });
b.residence(me, room, { bed: "1", movedInOn: "2024-09-01" });
b.residence(roommate, room, { bed: "2", movedInOn: "2024-09-01" });
b.residence(elsewhere, otherRoom, { bed: "1", movedInOn: "2024-09-01" });
const gridLeader = b.staff({ name: "周建国" });
b.assign(gridLeader, "GRID_LEADER", "GRID", grid.id);
const gridCounselor = b.staff({ name: "陈晓燕" });
b.assign(gridCounselor, "COUNSELOR", "GRID", grid.id);
const classAdviser = b.staff({ name: "王立新" });
b.assign(classAdviser, "CLASS_ADVISER", "CLASS", klass.id);
const buildingLeader = b.staff({ name: "孙伟" });
b.assign(buildingLeader, "BUILDING_LEADER", "BUILDING", building.id);
const secretary = b.staff({ name: "吴海涛" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
const otherLeader = b.staff({ name: "郑丽" });
b.assign(otherLeader, "GRID_LEADER", "GRID", otherGrid.id);
// An ended duty is nobody's business any more.
const former = b.staff({ name: "何文博" });
b.assign(former, "GRID_LEADER", "GRID", grid.id, { startsOn: "2020-09-01", endsOn: "2021-07-01" });
const schoolAdmin = b.staff({ name: "马志远" });
b.assign(schoolAdmin, "SCHOOL_ADMIN", "UNIT", school.id);

const asMe = callers.student(me.id);
const asGridLeader = callerFor(["grid_leader"], gridLeader.id, "周建国");
const asSchoolAdmin = callerFor(["school_admin"], schoolAdmin.id, "马志远");
const auditor = callerFor(["auditor"]);

// Spread by name in the documents below; codegen adds it to each of them.
graphql(`
  fragment Residence on Person {
    residence {
      bed
      movedInOn
      room {
        number
        building {
          name
        }
      }
    }
    grid {
      name
    }
    branch {
      name
    }
  }
`);
const MY_RESIDENCE = graphql(`
  query MyResidence($id: ID!) {
    person(id: $id) {
      ...Residence
    }
  }
`);
const NAME_AND_RESIDENCE = graphql(`
  query NameAndResidence($id: ID!) {
    person(id: $id) {
      name
      ...Residence
    }
  }
`);
const PLACES = graphql(`
  query Places($room: ID!, $grid: ID!) {
    room(id: $room) {
      number
      residents {
        id
        residence {
          bed
        }
      }
    }
    grid(id: $grid) {
      name
      residentCount
      residents {
        id
      }
    }
  }
`);
const RESIDENTS = graphql(`
  query Residents($room: ID!, $grid: ID!) {
    room(id: $room) {
      residents {
        id
      }
    }
    grid(id: $grid) {
      residents {
        id
      }
      residentCount
    }
  }
`);
const DIRECTORY = graphql(`
  query Directory($filter: PeopleFilter) {
    people(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const STUDENT_ROOMS = graphql(`
  query StudentRooms {
    people(first: 50, filter: { kind: STUDENT }) {
      totalCount
      edges {
        node {
          id
          residence {
            room {
              number
            }
          }
        }
      }
    }
  }
`);
const TWO_GRIDS = graphql(`
  query TwoGrids($a: ID!, $b: ID!) {
    mine: grid(id: $a) {
      residents {
        id
      }
    }
    other: grid(id: $b) {
      residents {
        id
      }
    }
  }
`);
const PEOPLE_COUNT = graphql(`
  query PeopleCount($filter: PeopleFilter) {
    people(first: 50, filter: $filter) {
      totalCount
    }
  }
`);
const BED_AND_GRID = graphql(`
  query BedAndGrid($id: ID!) {
    person(id: $id) {
      name
      residence {
        bed
      }
      grid {
        name
      }
    }
  }
`);
const GRID_RESIDENTS = graphql(`
  query GridResidents($id: ID!) {
    grid(id: $id) {
      residents {
        id
      }
    }
  }
`);
const RESPONSIBLE_STAFF = graphql(`
  query ResponsibleStaff($id: ID!) {
    person(id: $id) {
      responsibleStaff {
        role
        name
      }
    }
  }
`);
const READS_BY = graphql(`
  query ReadsBy($filter: AccessRecordFilter) {
    accessRecords(filter: $filter, first: 100) {
      edges {
        node {
          field
          purpose
          subject {
            id
          }
        }
      }
    }
  }
`);
const SAME_RESIDENCE_TWICE = graphql(`
  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {
    a: person(id: $id) {
      residence {
        bed
        room {
          number
        }
        movedOutOn
      }
      grid {
        name
      }
    }
    b: person(id: $id) {
      residence {
        bed
      }
    }
    grid(id: $grid) {
      residents {
        id
        residence {
          bed
        }
      }
    }
    denied: person(id: $denied) {
      residence {
        bed
      }
    }
  }
`);
const MY_BED = graphql(`
  query MyBed($id: ID!) {
    person(id: $id) {
      residence {
        bed
      }
    }
  }
`);
const forbiddenAt = (res: GraphQLResponse, ...path: (string | number)[]) =>
  res.errors?.some(
    (e) =>
      e.extensions?.code === "FORBIDDEN" &&
      JSON.stringify(e.path?.slice(0, path.length)) === JSON.stringify(path),
  ) ?? false;

describe("where students live", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: b.build() });
  }, 60_000);
  afterAll(() => stack?.stop());

  it("shows a student their own room, grid and branch", async () => {
    const res = await gatewayQuery(stack, MY_RESIDENCE, { id: me.id }, asMe);
    expect(expectData(res).person).toEqual({
      residence: {
        bed: "1",
        movedInOn: "2024-09-01",
        room: { number: "312", building: { name: "彭康1号楼" } },
      },
      grid: { name: grid.name },
      branch: { name: branch.name },
    });
  });

  it("refuses a student another student's room, grid and branch, by id and through a list's entities", async () => {
    for (const other of [roommate, elsewhere]) {
      const res = await gatewayQuery(stack, NAME_AND_RESIDENCE, { id: other.id }, asMe);
      expect(res.status).toBe(200);
      expect(res.data?.person).toEqual({
        name: other.name,
        residence: null,
        grid: null,
        branch: null,
      });
      for (const field of ["residence", "grid", "branch"])
        expect(forbiddenAt(res, "person", field), field).toBe(true);
    }
    // The room and grid themselves are public places; who lives there is not.
    const places = await gatewayQuery(
      stack,
      PLACES,
      { room: otherRoom.id, grid: otherGrid.id },
      asMe,
    );
    expect(expectData(places)).toEqual({
      room: { number: "208", residents: [] },
      grid: { name: otherGrid.name, residentCount: 1, residents: [] },
    });
  });

  it("lists a student only themselves in their own room's and grid's residents", async () => {
    const res = await gatewayQuery(stack, RESIDENTS, { room: room.id, grid: grid.id }, asMe);
    expect(expectData(res)).toEqual({
      room: { residents: [{ id: me.id }] },
      grid: { residents: [{ id: me.id }], residentCount: 2 },
    });
  });

  it("gives a student no directory: their people list holds themselves only, in pages and counts", async () => {
    const filters: (PeopleFilter | null)[] = [
      null,
      { kind: "STUDENT" },
      { search: "李" },
      { kind: "STAFF" },
    ];
    for (const filter of filters) {
      const { people } = expectData(await gatewayQuery(stack, DIRECTORY, { filter }, asMe));
      const ids = people.edges.map((e) => e.node.id);
      const expected = filter?.kind === "STAFF" || filter?.search ? [] : [me.id];
      expect({ filter, ids, totalCount: people.totalCount }).toEqual({
        filter,
        ids: expected,
        totalCount: expected.length,
      });
    }
  });

  it("lists a grid leader their grid's residents and no other student, with their rooms", async () => {
    const list = expectData(await gatewayQuery(stack, STUDENT_ROOMS, {}, asGridLeader));
    expect(list.people.totalCount).toBe(2);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(list.people.edges.map((e) => e.node).sort(byId)).toEqual(
      [
        { id: roommate.id, residence: { room: { number: "312" } } },
        { id: me.id, residence: { room: { number: "312" } } },
      ].sort(byId),
    );
    const grids = await gatewayQuery(
      stack,
      TWO_GRIDS,
      { a: grid.id, b: otherGrid.id },
      asGridLeader,
    );
    expect(expectData(grids)).toEqual({
      mine: { residents: [{ id: me.id }, { id: roommate.id }] },
      other: { residents: [] },
    });
    // Staff still find staff (a task force's members, say); an administrator still lists everyone.
    const staff = await gatewayQuery(
      stack,
      PEOPLE_COUNT,
      { filter: { kind: "STAFF" } },
      asGridLeader,
    );
    expect(staff.data?.people.totalCount).toBe(8);
    const all = await gatewayQuery(stack, PEOPLE_COUNT, { filter: { kind: "STUDENT" } });
    expect(all.data?.people.totalCount).toBe(4);
  });

  it("shows a school administrator their students, but not where they live", async () => {
    const res = await gatewayQuery(stack, BED_AND_GRID, { id: me.id }, asSchoolAdmin);
    expect(res.data?.person).toEqual({ name: me.name, residence: null, grid: null });
    expect(forbiddenAt(res, "person", "residence")).toBe(true);
    const list = await gatewayQuery(
      stack,
      PEOPLE_COUNT,
      { filter: { kind: "STUDENT" } },
      asSchoolAdmin,
    );
    expect(list.data?.people.totalCount).toBe(4);
    const residents = await gatewayQuery(stack, GRID_RESIDENTS, { id: grid.id }, asSchoolAdmin);
    expect(residents.data?.grid?.residents).toEqual([]);
  });

  it("tells a student who is on duty for them, and nobody else's", async () => {
    const mine = await gatewayQuery(stack, RESPONSIBLE_STAFF, { id: me.id }, asMe);
    expect(expectData(mine).person?.responsibleStaff).toEqual([
      { role: "COUNSELOR", name: "陈晓燕" },
      { role: "CLASS_ADVISER", name: "王立新" },
      { role: "GRID_LEADER", name: "周建国" },
      { role: "BUILDING_LEADER", name: "孙伟" },
      { role: "BRANCH_SECRETARY", name: "吴海涛" },
    ]);
    const others = await gatewayQuery(stack, RESPONSIBLE_STAFF, { id: roommate.id }, asMe);
    expect(others.data?.person?.responsibleStaff).toBeNull();
    expect(forbiddenAt(others, "person", "responsibleStaff")).toBe(true);
    // A school administrator covers the student but may not know where they live: the class's staff only.
    const fromSchool = await gatewayQuery(stack, RESPONSIBLE_STAFF, { id: me.id }, asSchoolAdmin);
    expect(expectData(fromSchool).person?.responsibleStaff).toEqual([
      { role: "CLASS_ADVISER", name: "王立新" },
    ]);
  });

  it("audits every residence detail served, one record per value, and nothing denied or unlisted", async () => {
    const records = async (readerPersonId: string) => {
      const res = await gatewayQuery(stack, READS_BY, { filter: { readerPersonId } }, auditor);
      return expectData(res)
        .accessRecords.edges.map((e) => `${e.node.subject?.id} ${e.node.field} ${e.node.purpose}`)
        .sort();
    };
    const leader = callerFor(["grid_leader"], otherLeader.id, "郑丽");
    // The same residence twice (aliases, a list and a nested path) is one disclosure per value.
    const res = await gatewayQuery(
      stack,
      SAME_RESIDENCE_TWICE,
      { id: elsewhere.id, grid: otherGrid.id, denied: me.id },
      leader,
    );
    expect(res.data?.a).toEqual({
      residence: { bed: "1", room: { number: "208" }, movedOutOn: null },
      grid: { name: otherGrid.name },
    });
    expect(res.data?.denied).toEqual({ residence: null });
    expect(await records(otherLeader.id)).toEqual(
      [
        `${elsewhere.id} Grid.residents RESIDENCE`,
        `${elsewhere.id} Person.grid RESIDENCE`,
        `${elsewhere.id} Person.residence RESIDENCE`,
        `${elsewhere.id} Residence.bed RESIDENCE`,
        `${elsewhere.id} Residence.room RESIDENCE`,
      ].sort(),
    );
    // A student's own reads are recorded too, under RESIDENCE.
    await gatewayQuery(stack, MY_BED, { id: me.id }, asMe);
    expect(await records(me.id)).toEqual(
      expect.arrayContaining([
        `${me.id} Person.residence RESIDENCE`,
        `${me.id} Residence.bed RESIDENCE`,
      ]),
    );
  });
});
