/**
 * The three staff lines on community duty (三支队伍下沉) through the real gateway: the lines' roles
 * and what they reach, the duty roster of grids and buildings with who is on duty at a moment (at
 * its boundaries), dorm visits and talks with their CARE notes (an outsider cannot read them), and
 * the coverage report in a constant number of statements. People asks organisation and evaluation
 * through the gateway's relay (knownPlace, roomPlaces, careRecordStudent), never their tables.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, callers, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { termOf } from "@campus/subgraph";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const ASSIGN = graphql(`
  mutation DutyAssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      id
      role
    }
  }
`);
const ADD_SHIFT = graphql(`
  mutation DutyAddShift($input: AddDutyShiftInput!) {
    addDutyShift(input: $input) {
      id
      weekday
      startTime
      endTime
      person {
        name
      }
    }
  }
`);
const END_SHIFT = graphql(`
  mutation DutyEndShift($id: ID!, $lastDay: LocalDate!) {
    endDutyShift(id: $id, lastDay: $lastDay) {
      id
      validUntil
    }
  }
`);
const ON_DUTY = graphql(`
  query DutyOnDuty($grid: ID!, $building: ID!, $at: DateTimeISO) {
    grid(id: $grid) {
      staffOnDuty(at: $at) {
        role
        person {
          name
        }
      }
    }
    building(id: $building) {
      staffOnDuty(at: $at) {
        person {
          name
        }
      }
    }
  }
`);
const MY_DUTIES = graphql(`
  query DutyMine {
    myDuties {
      weekday
      startTime
      endTime
      placeKind
      placeId
    }
  }
`);
const RECORD_VISIT = graphql(`
  mutation DutyRecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      kind
      gridId
      notes
      student {
        name
      }
    }
  }
`);
const STUDENT_VISITS = graphql(`
  query DutyStudentVisits($id: ID!) {
    person(id: $id) {
      name
      visits(first: 10) {
        totalCount
        edges {
          node {
            kind
            notes
            warningId
            by {
              name
            }
          }
        }
      }
    }
  }
`);
const MY_VISITS = graphql(`
  query DutyMyVisits {
    myVisits(first: 10) {
      totalCount
      edges {
        node {
          notes
        }
      }
    }
  }
`);
const PHONE = graphql(`
  query DutyPhone($id: ID!) {
    person(id: $id) {
      phone
    }
  }
`);
const COVERAGE = graphql(`
  query DutyCoverage {
    gridCoverage {
      gridCount
      gridsWithoutCounselor {
        id
      }
      gridsWithoutDutyThisWeek {
        id
      }
      gridVisitsThisTerm {
        grid {
          id
        }
        visits
      }
    }
  }
`);

const b = new DatasetBuilder("staff-duty");
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus();
const building = b.building({ name: "启德1号楼", campusId: campus.id });
const grid = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const quietGrid = b.grid({ name: "2层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const quietRoom = b.room({
  buildingId: building.id,
  gridId: quietGrid.id,
  floor: 2,
  number: "201",
});
const klass = b.studentClass({ name: "计算机2401" });
const resident = b.student({ name: "陈思远", classId: klass.id, phone: "13800000001" });
const other = b.student({ name: "林晓", phone: "13800000002" });
b.residence(resident, room, { bed: "1" });
b.residence(other, quietRoom, { bed: "1" });
const counselor = b.staff({ name: "王辅导" });
const cadre = b.staff({ name: "李干部" });
const psych = b.staff({ name: "郑心理" });
const guard = b.staff({ name: "孙保卫" });
const outsider = b.staff({ name: "赵局外" });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
b.assign(counselor, "COUNSELOR", "GRID", grid.id);
b.assign(cadre, "OFFICE_CADRE", "GRID", grid.id);
b.assign(psych, "PSYCHOLOGY_TEACHER", "BUILDING", building.id);
const warning = b.warning(resident);
const othersWarning = b.warning(other);
const dataset = b.build();

const admin = callers.admin();
const asCounselor = callerFor(["counselor"], counselor.id, "王辅导");
const asCadre = callerFor(["community_staff"], cadre.id, "李干部");
const asPsych = callerFor(["psychology_teacher"], psych.id, "郑心理");
const asOutsider = callerFor([], outsider.id, "赵局外");

// 2026-11-30 is a Monday; campus time is UTC+8.
const MONDAY_0800 = "2026-11-30T00:00:00.000Z";
const MONDAY_1159 = "2026-11-30T03:59:00.000Z";
const MONDAY_1200 = "2026-11-30T04:00:00.000Z";
const MONDAY_0759 = "2026-11-29T23:59:00.000Z";
const SUNDAY_2359 = "2026-11-29T15:59:00.000Z";
/** Today on campus: visits are recorded for a day not in the future, and counted in its term. */
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

const shift = (over: Record<string, unknown> = {}) => ({
  input: {
    personId: cadre.id,
    role: "OFFICE_CADRE" as const,
    placeKind: "GRID" as const,
    placeId: grid.id,
    weekday: 1,
    startTime: "08:00",
    endTime: "12:00",
    validFrom: "2026-09-01",
    ...over,
  },
});

describe("the three staff lines on community duty, through the gateway", () => {
  let stack: StackHarness;
  const sql = async (text: string) =>
    (stack.subgraphs.people.orm.em.fork() as EntityManager).getConnection().execute(text);
  const count = async (table: string) =>
    ((await sql(`select count(*)::int as n from people.${table}`)) as { n: number }[])[0]?.n;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  describe("the lines' roles", () => {
    it("assigns each duty only over the targets it may have", async () => {
      const wrong = await gatewayQuery(
        stack,
        ASSIGN,
        {
          input: {
            personId: guard.id,
            role: "MENTOR",
            targetKind: "BUILDING",
            targetId: building.id,
            startsOn: "2026-09-01",
          },
        },
        admin,
      );
      expect(errorsOf(wrong)[0]?.[1]).toBe("BAD_USER_INPUT");
      const ok = await gatewayQuery(
        stack,
        ASSIGN,
        {
          input: {
            personId: guard.id,
            role: "SECURITY",
            targetKind: "BUILDING",
            targetId: building.id,
            startsOn: "2026-09-01",
          },
        },
        admin,
      );
      expect(expectData(ok).assignStaff.role).toBe("SECURITY");
    });

    it("gives an office cadre CONTACT for the grid's residents, and a psychology teacher's station none", async () => {
      const cadrePhone = await gatewayQuery(stack, PHONE, { id: resident.id }, asCadre);
      expect(expectData(cadrePhone).person?.phone).toBe("13800000001");
      const outside = await gatewayQuery(stack, PHONE, { id: other.id }, asCadre);
      expect(errorsOf(outside)[0]?.[1]).toBe("FORBIDDEN");
      const psychPhone = await gatewayQuery(stack, PHONE, { id: resident.id }, asPsych);
      expect(errorsOf(psychPhone)[0]?.[1]).toBe("FORBIDDEN");
    });
  });

  describe("the duty roster", () => {
    let first = "";
    it("puts a member of staff on a grid's roster, and refuses what does not hold with a code, writing nothing", async () => {
      const ok = await gatewayQuery(stack, ADD_SHIFT, shift(), admin);
      const added = expectData(ok).addDutyShift;
      first = added.id;
      expect(added).toMatchObject({ weekday: 1, startTime: "08:00", endTime: "12:00" });
      const before = await count("duty_shift");
      const refusals: [Record<string, unknown>, string][] = [
        [{ startTime: "12:00", endTime: "08:00" }, "BAD_USER_INPUT"], // end before start
        [{ startTime: "09:00", endTime: "09:00" }, "BAD_USER_INPUT"], // empty
        [{ endTime: "25:00" }, "BAD_USER_INPUT"], // not a time
        [{ weekday: 8 }, "BAD_USER_INPUT"],
        [{ validUntil: "2026-08-01" }, "BAD_USER_INPUT"], // period ends before it begins
        [{ role: "CLASS_ADVISER" }, "BAD_USER_INPUT"], // a duty never served in a grid
        [{ placeId: room.id }, "BAD_USER_INPUT"], // a room is no grid
        [{ placeKind: "BUILDING", placeId: grid.id }, "BAD_USER_INPUT"],
        [{ personId: resident.id }, "BAD_USER_INPUT"], // a student
        [{ startTime: "11:00", endTime: "13:00" }, "CONFLICT"], // overlaps the first
        [{ placeId: quietGrid.id, startTime: "07:00", endTime: "08:01" }, "CONFLICT"], // elsewhere, same person
      ];
      for (const [over, code] of refusals) {
        const res = await gatewayQuery(stack, ADD_SHIFT, shift(over), admin);
        expect([over, errorsOf(res)[0]?.[1]]).toEqual([over, code]);
      }
      const notAdmin = await gatewayQuery(stack, ADD_SHIFT, shift({ weekday: 2 }), asCounselor);
      expect(errorsOf(notAdmin)[0]?.[1]).toBe("FORBIDDEN");
      expect(await count("duty_shift")).toBe(before);
      // Touching hours do not overlap; another weekday is free.
      const touching = await gatewayQuery(
        stack,
        ADD_SHIFT,
        shift({ startTime: "12:00", endTime: "18:00" }),
        admin,
      );
      expect(touching.errors).toBeUndefined();
      const building1 = await gatewayQuery(
        stack,
        ADD_SHIFT,
        shift({
          personId: guard.id,
          role: "SECURITY",
          placeKind: "BUILDING",
          placeId: building.id,
          startTime: "00:00",
          endTime: "24:00",
        }),
        admin,
      );
      expect(building1.errors).toBeUndefined();
    });

    it("says who is on duty at a moment, start included and end excluded, in campus time", async () => {
      const at = async (moment: string) => {
        const data = expectData(
          await gatewayQuery(
            stack,
            ON_DUTY,
            { grid: grid.id, building: building.id, at: moment },
            asOutsider,
          ),
        );
        return {
          grid: data.grid?.staffOnDuty.map((s) => s.person.name) ?? [],
          building: data.building?.staffOnDuty.map((s) => s.person.name) ?? [],
        };
      };
      expect(await at(MONDAY_0800)).toEqual({ grid: ["李干部"], building: ["孙保卫"] });
      expect(await at(MONDAY_1159)).toEqual({ grid: ["李干部"], building: ["孙保卫"] });
      // 12:00 ends the morning shift and starts the afternoon one: still exactly one on duty.
      expect((await at(MONDAY_1200)).grid).toEqual(["李干部"]);
      // Monday 07:59: not yet in the grid, while the building's all-day Monday guard is there.
      expect(await at(MONDAY_0759)).toEqual({ grid: [], building: ["孙保卫"] });
      // Sunday 23:59 campus time (Sunday 15:59 UTC): nobody.
      expect(await at(SUNDAY_2359)).toEqual({ grid: [], building: [] });
      expect((await at("2026-11-30T10:00:00.000Z")).grid).toEqual([]); // Monday 18:00
    });

    it("lists the caller's own duties, and ends a shift after its last day", async () => {
      const mine = expectData(await gatewayQuery(stack, MY_DUTIES, {}, asCadre)).myDuties;
      expect(mine.map((d) => `${d.weekday} ${d.startTime}-${d.endTime}`)).toEqual([
        "1 08:00-12:00",
        "1 12:00-18:00",
      ]);
      const student = await gatewayQuery(stack, MY_DUTIES, {}, callerFor(["student"], resident.id));
      expect(errorsOf(student)[0]?.[1]).toBe("FORBIDDEN");
      const early = await gatewayQuery(
        stack,
        END_SHIFT,
        { id: first, lastDay: "2026-08-31" },
        admin,
      );
      expect(errorsOf(early)[0]?.[1]).toBe("BAD_USER_INPUT");
      const ended = await gatewayQuery(
        stack,
        END_SHIFT,
        { id: first, lastDay: "2026-11-30" },
        admin,
      );
      expect(expectData(ended).endDutyShift.validUntil).toBe("2026-11-30");
      const again = await gatewayQuery(
        stack,
        END_SHIFT,
        { id: first, lastDay: "2026-11-30" },
        admin,
      );
      expect(errorsOf(again)[0]?.[1]).toBe("CONFLICT");
      // The Monday of that week it was still served; a Monday after its last day it is not.
      expect(
        expectData(
          await gatewayQuery(
            stack,
            ON_DUTY,
            { grid: grid.id, building: building.id, at: MONDAY_0800 },
            asCadre,
          ),
        ).grid?.staffOnDuty.map((s) => s.person.name),
      ).toEqual(["李干部"]);
      expect(
        expectData(
          await gatewayQuery(
            stack,
            ON_DUTY,
            { grid: grid.id, building: building.id, at: "2026-12-07T00:00:00.000Z" },
            asCadre,
          ),
        ).grid?.staffOnDuty,
      ).toEqual([]);
    });
  });

  describe("dorm visits and talks", () => {
    const visit = (over: Record<string, unknown> = {}) => ({
      input: {
        kind: "DORM_VISIT" as const,
        visitedOn: TODAY,
        roomId: room.id,
        notes: "宿舍整洁，陈思远近期作息不规律",
        ...over,
      },
    });

    it("lets staff record visits within their duty, linked to a warning of the same student", async () => {
      const roomVisit = await gatewayQuery(stack, RECORD_VISIT, visit(), asCadre);
      expect(expectData(roomVisit).recordVisit).toMatchObject({ gridId: grid.id, student: null });
      const talk = await gatewayQuery(
        stack,
        RECORD_VISIT,
        visit({
          kind: "TALK",
          roomId: null,
          studentId: resident.id,
          warningId: warning.id,
          notes: "谈心：学业压力大，已约下周复谈",
        }),
        asCounselor,
      );
      expect(expectData(talk).recordVisit.student?.name).toBe("陈思远");
      const withStudent = await gatewayQuery(
        stack,
        RECORD_VISIT,
        visit({ studentId: resident.id, notes: "走访：床铺有违规电器，已提醒" }),
        asCadre,
      );
      expect(withStudent.errors).toBeUndefined();
    });

    it("refuses visits outside the caller's duty or with bad references, with codes, writing nothing", async () => {
      const before = await count("visit");
      const refusals: [Record<string, unknown>, typeof asCadre, string][] = [
        [{}, asOutsider, "FORBIDDEN"], // not their grid
        [{ roomId: quietRoom.id }, asCadre, "FORBIDDEN"],
        [{ roomId: null, studentId: other.id }, asCadre, "FORBIDDEN"],
        [{}, callerFor(["student"], resident.id), "FORBIDDEN"],
        [{ roomId: null }, asCadre, "BAD_USER_INPUT"], // neither student nor room
        [{ visitedOn: "2099-01-01" }, asCadre, "BAD_USER_INPUT"],
        [{ roomId: "00000000-0000-4000-8000-0000000000aa" }, asCadre, "BAD_USER_INPUT"],
        [{ studentId: resident.id, warningId: othersWarning.id }, asCounselor, "BAD_USER_INPUT"],
        [
          { studentId: resident.id, caseId: "00000000-0000-4000-8000-0000000000ab" },
          asCounselor,
          "BAD_USER_INPUT",
        ],
        [{ warningId: warning.id }, asCadre, "BAD_USER_INPUT"], // a link needs its student
        [{ notes: " " }, asCadre, "BAD_USER_INPUT"],
      ];
      for (const [over, caller, code] of refusals) {
        const res = await gatewayQuery(stack, RECORD_VISIT, visit(over), caller);
        expect([over, caller.name, errorsOf(res)[0]?.[1]]).toEqual([over, caller.name, code]);
      }
      expect(await count("visit")).toBe(before);
    });

    it("shows a student's visits and their notes to CARE only, the author their own, and audits each read", async () => {
      const care = expectData(
        await gatewayQuery(stack, STUDENT_VISITS, { id: resident.id }, asCounselor),
      ).person?.visits;
      expect(care?.totalCount).toBe(2);
      expect(care?.edges.map((e) => e.node.notes).sort()).toEqual([
        "谈心：学业压力大，已约下周复谈",
        "走访：床铺有违规电器，已提醒",
      ]);
      const audited = (await sql(
        `select count(*)::int as n from people.access_record where field = 'Visit.notes' and subject_id = '${resident.id}' and purpose = 'CARE'`,
      )) as { n: number }[];
      expect(audited[0]?.n).toBeGreaterThanOrEqual(2);

      // The office cadre holds no CARE: not the student's visits, but their own notes, yes.
      const cadreView = await gatewayQuery(stack, STUDENT_VISITS, { id: resident.id }, asCadre);
      expect(cadreView.data?.person?.visits).toBeNull();
      expect(errorsOf(cadreView)[0]?.[1]).toBe("FORBIDDEN");
      const own = expectData(await gatewayQuery(stack, MY_VISITS, {}, asCadre)).myVisits;
      expect(own.totalCount).toBe(2);
      expect(own.edges.every((e) => e.node.notes !== null)).toBe(true);

      // An outsider, staff or student, reads nothing of them.
      for (const caller of [asOutsider, callerFor(["student"], other.id, "林晓")]) {
        const res = await gatewayQuery(stack, STUDENT_VISITS, { id: resident.id }, caller);
        expect(res.data?.person?.visits ?? null).toBeNull();
        expect(JSON.stringify(res.data)).not.toContain("学业压力");
      }
    });
  });

  describe("the coverage report", () => {
    it("names grids without a counselor or duty this week and counts visits per grid, in the same statements however many grids", async () => {
      const measure = async () => {
        await gatewayQuery(stack, COVERAGE, {}, admin); // warm-up
        const before = stack.subgraphs.people.statements.count;
        const res = await gatewayQuery(stack, COVERAGE, {}, admin);
        return {
          report: expectData(res).gridCoverage,
          statements: stack.subgraphs.people.statements.count - before,
        };
      };
      const small = await measure();
      expect(small.report.gridsWithoutCounselor.map((g) => g.id)).toEqual([quietGrid.id]);
      expect(small.report.gridsWithoutDutyThisWeek.map((g) => g.id)).toEqual([quietGrid.id]);
      expect(small.report.gridVisitsThisTerm.map((v) => [v.grid.id, v.visits])).toEqual([
        [quietGrid.id, 0],
        [grid.id, 2],
      ]);
      const refused = await gatewayQuery(stack, COVERAGE, {}, asCounselor);
      expect(errorsOf(refused)[0]?.[1]).toBe("FORBIDDEN");

      // 100 more grids, each with a counselor, a shift and a visit.
      const org = (stack.subgraphs.organisation.orm.em.fork() as EntityManager).getConnection();
      const grids = await org.execute<{ id: string }[]>(
        `insert into organisation.grid (id, name, building_id, branch_id)
         select gen_random_uuid(), '扩充网格' || i, '${building.id}', '${branch.id}' from generate_series(1, 100) i
         returning id`,
      );
      await org.execute(
        `insert into organisation.room (id, building_id, grid_id, number, floor, capacity)
         select gen_random_uuid(), '${building.id}', g, 'x' || row_number() over (), 9, 4
           from unnest('{${grids.map((g) => g.id).join(",")}}'::uuid[]) g`,
      );
      const ids = `unnest('{${grids.map((g) => g.id).join(",")}}'::uuid[])`;
      await sql(
        `insert into people.staff_assignment (id, person_id, role, target_kind, target_id, starts_on)
         select gen_random_uuid(), '${counselor.id}', 'COUNSELOR', 'GRID', g, '2024-09-01' from ${ids} g`,
      );
      await sql(
        `insert into people.duty_shift (id, person_id, role, place_kind, place_id, weekday, start_minute, end_minute, valid_from)
         select gen_random_uuid(), '${guard.id}', 'SECURITY', 'GRID', g, 3, 480, 540, '2024-09-01' from ${ids} g`,
      );
      await sql(
        `insert into people.visit (id, by_person_id, kind, visited_on, term, room_id, grid_id, notes)
         select gen_random_uuid(), '${cadre.id}', 'DORM_VISIT', '${TODAY}', '${termOf(TODAY)}', gen_random_uuid(), g, '走访' from ${ids} g`,
      );
      const large = await measure();
      expect(large.report.gridCount).toBe(small.report.gridCount + 100);
      expect(large.report.gridsWithoutCounselor.map((g) => g.id)).toEqual([quietGrid.id]);
      expect(large.statements).toBe(small.statements);
    });
  });
});
