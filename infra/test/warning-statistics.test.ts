/**
 * Warning statistics and unit warning lists through the real gateway: people lends a residential
 * college's students (OrgUnit.studentIds), organisation a building's residents
 * (Building.residentIds), and evaluation counts and lists the warnings of those the caller may
 * list, through @requires, keeping no copy of either. Each figure must equal the totalCount of the
 * unit's list with the matching filter, for the same caller.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, callers, expectData, gatewayQuery } from "@campus/testkit";
import type { Caller } from "@campus/auth";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { partialData } from "./fixtures";
import { graphql } from "./generated";
import type { WarningFilter } from "./generated/graphql";

const COLLEGES = graphql(`
  query WarningStatisticsColleges($from: DateTimeISO!, $to: DateTimeISO!) {
    orgUnits(kind: RESIDENTIAL_COLLEGE) {
      id
      name
      warningStatistics(from: $from, to: $to) {
        ...UnitWarningStatistics
      }
    }
  }
  fragment UnitWarningStatistics on WarningStatistics {
    total {
      ...UnitWarningFigures
    }
    byMonth {
      month
      figures {
        ...UnitWarningFigures
      }
    }
    byCategory {
      category
      figures {
        ...UnitWarningFigures
      }
    }
    byLevel {
      level
      figures {
        ...UnitWarningFigures
      }
    }
  }
  fragment UnitWarningFigures on WarningFigures {
    students
    raised
    handled
    closed
    overdue
    suppressed
  }
`);
const COLLEGE_LISTS = graphql(`
  query WarningStatisticsCollegeLists(
    $raised: WarningFilter!
    $handled: WarningFilter!
    $closed: WarningFilter!
    $overdue: WarningFilter!
  ) {
    orgUnits(kind: RESIDENTIAL_COLLEGE) {
      id
      ...UnitWarningLists
    }
  }
  fragment UnitWarningLists on OrgUnit {
    raised: warnings(first: 100, filter: $raised) {
      totalCount
      edges {
        node {
          person {
            id
          }
        }
      }
    }
    handled: warnings(first: 1, filter: $handled) {
      totalCount
    }
    closed: warnings(first: 1, filter: $closed) {
      totalCount
    }
    overdue: warnings(first: 1, filter: $overdue) {
      totalCount
    }
  }
`);
const BUILDING = graphql(`
  query WarningStatisticsBuilding($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    building(id: $id) {
      name
      warningStatistics(from: $from, to: $to) {
        total {
          students
          raised
          handled
          closed
          overdue
          suppressed
        }
      }
      warnings(filter: { raisedFrom: $from, raisedBefore: $to }) {
        totalCount
      }
      all: warnings {
        totalCount
      }
    }
  }
`);

const UNITS_OF_KIND = graphql(`
  query WarningStatisticsUnitsOfKind($kind: OrgUnitKind, $from: DateTimeISO!, $to: DateTimeISO!) {
    orgUnits(kind: $kind) {
      name
      warningStatistics(from: $from, to: $to) {
        ...UnitWarningStatistics
      }
    }
  }
`);

const HOUR = 3_600_000;
const campusMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month - 1, 1) - 8 * HOUR);
/** January to April 2026 on campus. */
const RANGE = { from: campusMonth(2026, 1).toISOString(), to: campusMonth(2026, 5).toISOString() };
const NOT_OPEN = ["ASSIGNED", "ASSESSED", "INTERVENING", "TRACKING", "CLOSED"] as const;

const b = new DatasetBuilder("warning-statistics-stack");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const pengkang = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const wenzhi = b.orgUnit({ name: "文治书院", kind: "RESIDENTIAL_COLLEGE" });
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: pengkang.id });
const other = b.building({ name: "文治1号楼", campusId: campus.id, collegeId: wenzhi.id });
const floor1 = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const floor2 = b.grid({ name: "2层网格", buildingId: building.id, branchId: branch.id });
const floorW = b.grid({ name: "文治1层网格", buildingId: other.id, branchId: branch.id });
const live = (
  grid: typeof floor1,
  home: typeof building,
  college: typeof pengkang,
  names: string[],
) => {
  const room = b.room({ buildingId: home.id, gridId: grid.id, floor: 1, number: grid.name });
  return names.map((name, i) => {
    const student = b.student({ name, schoolId: school.id, collegeId: college.id });
    b.residence(student, room, { bed: String(i + 1) });
    return student;
  });
};
const [f1, f2, f3, f4] = live(floor1, building, pengkang, [
  "王子涵",
  "李浩然",
  "张欣怡",
  "刘洋",
]) as [PersonSeed, PersonSeed, PersonSeed, PersonSeed];
const [f5, f6, f7] = live(floor2, building, pengkang, ["陈思远", "杨雨桐", "赵一鸣"]) as [
  PersonSeed,
  PersonSeed,
  PersonSeed,
];
const [h1, h2] = live(floorW, other, wenzhi, ["周若曦", "吴昊天"]) as [PersonSeed, PersonSeed];
b.warning(f1, {
  category: "ACADEMIC",
  level: "YELLOW",
  status: "OPEN",
  raisedAt: "2026-01-05T02:00:00.000Z",
});
b.warning(f1, {
  category: "MENTAL_HEALTH",
  level: "RED",
  status: "ASSESSED",
  raisedAt: "2026-02-10T02:00:00.000Z",
});
b.warning(f1, { category: "ACADEMIC", level: "ORANGE", status: "CLOSED" }); // 2024: outside the range
b.warning(f2, {
  category: "BEHAVIOUR",
  level: "ORANGE",
  status: "CLOSED",
  raisedAt: "2026-01-20T02:00:00.000Z",
});
b.warning(f2, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "ASSIGNED",
  raisedAt: "2026-03-03T02:00:00.000Z",
});
b.warning(f3, {
  category: "SAFETY",
  level: "RED",
  status: "TRACKING",
  raisedAt: "2026-02-15T02:00:00.000Z",
});
b.warning(f4, {
  category: "FINANCIAL",
  level: "YELLOW",
  status: "OPEN",
  raisedAt: "2026-03-15T02:00:00.000Z",
});
b.warning(f5, {
  category: "ACADEMIC",
  level: "YELLOW",
  status: "CLOSED",
  raisedAt: "2026-04-01T02:00:00.000Z",
});
b.warning(f6, {
  category: "BEHAVIOUR",
  level: "YELLOW",
  status: "INTERVENING",
  raisedAt: "2026-04-12T02:00:00.000Z",
});
b.warning(f7, {
  category: "ACADEMIC",
  level: "RED",
  status: "OPEN",
  raisedAt: "2026-02-28T17:00:00.000Z",
});
b.warning(h1, {
  category: "ACADEMIC",
  level: "ORANGE",
  status: "OPEN",
  raisedAt: "2026-01-08T02:00:00.000Z",
});
b.warning(h2, {
  category: "MENTAL_HEALTH",
  level: "YELLOW",
  status: "OPEN",
  raisedAt: "2026-03-09T02:00:00.000Z",
});
b.warning(h2, {
  category: "BEHAVIOUR",
  level: "RED",
  status: "CLOSED",
  raisedAt: "2026-03-20T02:00:00.000Z",
});
// The first floor's counselor and grid leader; the residential college's administrator.
const counselor = b.staff({ name: "陈晓燕" });
const gridLeader = b.staff({ name: "赵敏" });
const collegeAdmin = b.staff({ name: "孙立新" });
b.assign(counselor, "COUNSELOR", "GRID", floor1.id);
b.assign(gridLeader, "GRID_LEADER", "GRID", floor1.id);
b.assign(collegeAdmin, "COLLEGE_ADMIN", "UNIT", pengkang.id);
const dataset = b.build();

const CALLERS: [string, Caller][] = [
  ["an administrator", callers.admin()],
  ["the college's administrator", callerFor(["college_admin"], collegeAdmin.id, "孙立新")],
  ["the first floor's counselor", callers.counselor(counselor.id)],
  ["the first floor's grid leader", callerFor(["grid_leader"], gridLeader.id, "赵敏")],
];

type Figures = {
  students: number | null;
  raised: number | null;
  handled: number | null;
  closed: number | null;
  overdue: number | null;
  suppressed: boolean;
};

describe("warning statistics of colleges and buildings through the gateway", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  }, 60_000);
  afterAll(() => stack?.stop());

  const colleges = (as: Caller) => gatewayQuery(stack, COLLEGES, RANGE, as);

  it("gives each college's figures over the warnings the caller may list of its students, agreeing with its lists", async () => {
    const shown: Record<string, Record<string, number>> = {};
    for (const [who, as] of CALLERS) {
      const answer = partialData(await colleges(as));
      shown[who] = {};
      for (const unit of answer.orgUnits) {
        const stats = unit.warningStatistics;
        if (!stats) continue;
        const range = { raisedFrom: RANGE.from, raisedBefore: RANGE.to };
        const cells: [string, Figures, WarningFilter][] = [["total", stats.total, range]];
        for (const { category, figures } of stats.byCategory)
          cells.push([category, figures, { ...range, category }]);
        for (const { level, figures } of stats.byLevel)
          cells.push([level, figures, { ...range, level }]);
        stats.byMonth.forEach(({ month, figures }, i) =>
          cells.push([
            month,
            figures,
            {
              raisedFrom: campusMonth(2026, i + 1).toISOString(),
              raisedBefore: campusMonth(2026, i + 2).toISOString(),
            },
          ]),
        );
        let compared = 0;
        for (const [cell, figures, filter] of cells) {
          if (figures.suppressed) continue;
          const lists = partialData(
            await gatewayQuery(
              stack,
              COLLEGE_LISTS,
              {
                raised: filter,
                handled: { ...filter, statuses: [...NOT_OPEN] },
                closed: { ...filter, status: "CLOSED" },
                overdue: { ...filter, overdue: true },
              },
              as,
            ),
          ).orgUnits.find((u) => u.id === unit.id);
          expect(
            {
              students: new Set(lists?.raised?.edges.map((e) => e.node.person?.id)).size,
              raised: lists?.raised?.totalCount,
              handled: lists?.handled?.totalCount,
              closed: lists?.closed?.totalCount,
              overdue: lists?.overdue?.totalCount,
              suppressed: false,
            },
            `${who}: ${unit.name} ${cell}`,
          ).toEqual(figures);
          compared++;
        }
        shown[who][unit.name] = compared;
      }
    }
    // Every cell where nothing is suppressed: total, 4 categories (5 with MENTAL_HEALTH), 3 levels, 4 months.
    expect(shown).toEqual({
      "an administrator": { 彭康书院: 12, 文治书院: 12 },
      "the college's administrator": { 彭康书院: 12 },
      "the first floor's counselor": { 彭康书院: 13 },
      // f1–f4 without CARE: every cell with a warning is suppressed, and only April has none.
      "the first floor's grid leader": { 彭康书院: 1 },
    });
  }, 120_000);

  it("says what each caller may count, refuses a college whose students the caller sees none of, and answers the rest", async () => {
    const admin = expectData(await colleges(callers.admin())).orgUnits;
    expect(admin.map((u) => [u.name, u.warningStatistics?.total])).toEqual([
      // f1–f7's eight warnings of the range (not f1's mental-health one, nor the one of 2024).
      [
        "彭康书院",
        { students: 7, raised: 8, handled: 5, closed: 2, overdue: 6, suppressed: false },
      ],
      [
        "文治书院",
        { students: 2, raised: 2, handled: 1, closed: 1, overdue: 1, suppressed: false },
      ],
    ]);
    const res = await colleges(callers.counselor(counselor.id));
    const data = partialData(res).orgUnits;
    // f1–f4, and f1's mental-health warning, which the counselor holds MENTAL_HEALTH for.
    expect(data[0]?.warningStatistics?.total).toEqual({
      students: 4,
      raised: 6,
      handled: 4,
      closed: 1,
      overdue: 5,
      suppressed: false,
    });
    expect(data[0]?.warningStatistics?.byCategory.map((c) => c.category)).toContain(
      "MENTAL_HEALTH",
    );
    expect(data[1]?.warningStatistics).toBeNull();
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [["orgUnits", 1, "warningStatistics"], "FORBIDDEN"],
    ]);
    const leader = partialData(
      await colleges(callerFor(["grid_leader"], gridLeader.id, "赵敏")),
    ).orgUnits;
    expect(leader.map((u) => u.warningStatistics?.total ?? null)).toEqual([
      {
        students: null,
        raised: null,
        handled: null,
        closed: null,
        overdue: null,
        suppressed: true,
      },
      null,
    ]);
  });

  it("counts a building's residents now and agrees with the building's list, for an administrator and the floor's counselor", async () => {
    const as: [Caller, number, number][] = [
      [callers.admin(), 8, 9], // f1–f7: eight in the range, nine in all (not the mental-health one)
      [callers.counselor(counselor.id), 6, 7], // f1–f4, the mental-health one included
    ];
    for (const [caller, inRange, all] of as) {
      const answer = expectData(
        await gatewayQuery(stack, BUILDING, { id: building.id, ...RANGE }, caller),
      );
      expect(answer.building?.name).toBe("彭康1号楼");
      expect(answer.building?.warningStatistics?.total.raised).toBe(inRange);
      expect(answer.building?.warnings?.totalCount).toBe(inRange);
      expect(answer.building?.all?.totalCount).toBe(all);
    }
  });

  it("counts every college in one evaluation statement and lends each college's students in one people statement", async () => {
    await colleges(callers.admin()); // warm-up
    const evaluation = stack.subgraphs.evaluation.statements;
    const people = stack.subgraphs.people.statements;
    const [e, p] = [evaluation.count, people.count];
    expectData(await colleges(callers.admin()));
    expect(evaluation.count - e).toBe(1);
    expect(people.count - p).toBe(1);
  });

  it("estimates a kind of unit's statistics within the cost limit, and refuses every unit's months at once", async () => {
    const colleges = await gatewayQuery(stack, UNITS_OF_KIND, {
      kind: "RESIDENTIAL_COLLEGE",
      ...RANGE,
    });
    expect(expectData(colleges).orgUnits.map((u) => u.name)).toEqual(["彭康书院", "文治书院"]);
    const schools = await gatewayQuery(stack, UNITS_OF_KIND, { kind: "SCHOOL", ...RANGE });
    expect(expectData(schools).orgUnits.map((u) => u.warningStatistics?.total.raised)).toEqual([
      10,
    ]);
    // Up to 300 units, each with up to 121 months: past the limit, and the error says where.
    const every = await gatewayQuery(stack, UNITS_OF_KIND, RANGE);
    expect(every.errors?.[0]?.extensions).toMatchObject({
      code: "OPERATION_LIMIT_EXCEEDED",
      limit: "cost",
    });
    expect(every.errors?.[0]?.message).toMatch(/WarningStatistics\.byMonth/);
  });

  it("keeps the students' and residents' ids out of the public API", async () => {
    for (const document of [
      `query { orgUnits { studentIds } }`,
      `query($id: ID!) { building(id: $id) { residentIds } }`,
    ]) {
      const res = await stack.query(document, { id: building.id });
      expect(res.errors?.[0]?.extensions?.code, document).toBe("GRAPHQL_VALIDATION_FAILED");
    }
    expect(stack.supergraphSdl).toMatch(/\n\s+studentIds: \[ID!\]! @inaccessible /);
  });
});
