/**
 * assistanceCaseStatistics through the real gateway: the scope each caller's figures are counted
 * over is the one the gateway resolves from staff assignments (people, organisation) and case
 * task forces (evaluation's careScope), exactly as for the case list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import type { Caller } from "@campus/auth";
import { callerFor, callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";
import type { CaseKind } from "./generated/graphql";

const STATISTICS = graphql(`
  query StackCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    assistanceCaseStatistics(from: $from, to: $to) {
      total {
        students
        opened
        closed
        suppressed
      }
      byKind {
        kind
        figures {
          students
          opened
          suppressed
        }
      }
      byYear {
        year
        figures {
          opened
        }
      }
    }
  }
`);
const COUNT = graphql(`
  query StackCaseCount($filter: AssistanceCaseFilter) {
    assistanceCases(first: 1, filter: $filter) {
      totalCount
    }
  }
`);

const b = new DatasetBuilder("case-statistics");
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康1号楼", campusId: campus.id, floors: 2 });
const floor1 = b.grid({ name: "1层网格", buildingId: building.id, branchId: branch.id });
const floor2 = b.grid({ name: "2层网格", buildingId: building.id, branchId: branch.id });
const resident = (name: string, gridId: string, floor: number, number: string) => {
  const student = b.student({ name });
  b.residence(student, b.room({ buildingId: building.id, gridId, floor, number }));
  return student;
};
// Six residents of the first floor, one of the second.
const floorOne = ["王子涵", "李浩然", "张欣怡", "刘洋", "陈思远", "杨雨桐"].map((name, i) =>
  resident(name, floor1.id, 1, `10${i + 1}`),
);
const [A] = floorOne as [PersonSeed];
const upstairs = resident("赵一鸣", floor2.id, 2, "201");
const counselor = b.staff({ name: "陈晓燕" });
const gridLeader = b.staff({ name: "赵敏" });
const worker = b.staff({ name: "马志远" });
b.assign(counselor, "COUNSELOR", "GRID", floor1.id);
b.assign(gridLeader, "GRID_LEADER", "GRID", floor1.id);
// One ECONOMIC case for each first-floor resident, A's closed; a MENTAL_HEALTH case of A's, on
// whose task force `worker` serves; and the second floor's resident's case.
for (const [i, student] of floorOne.entries())
  b.assistanceCase(student, counselor, {
    kind: "ECONOMIC",
    status: i === 0 ? "CLOSED" : "DISCOVERED",
    openedAt: `2025-0${i + 1}-10T02:00:00.000Z`,
  });
const mental = b.assistanceCase(A, counselor, {
  kind: "MENTAL_HEALTH",
  openedAt: "2025-12-31T16:30:00.000Z",
});
b.taskForceMember(mental, worker, { duty: "心理帮扶", lead: true });
b.assistanceCase(upstairs, counselor, {
  kind: "ACADEMIC",
  status: "DISCOVERED",
  openedAt: "2025-03-01T02:00:00.000Z",
});
const dataset = b.build();

// 2025 and 2026 on campus; A's MENTAL_HEALTH case opened at 00:30 on 2026-01-01 there.
const range = { from: "2024-12-31T16:00:00.000Z", to: "2026-12-31T16:00:00.000Z" };

describe("assistance-case statistics through the gateway", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  const statisticsOf = async (as: Caller) =>
    expectData(await gatewayQuery(stack, STATISTICS, range, as)).assistanceCaseStatistics;
  const listed = async (as: Caller, kind?: CaseKind) =>
    expectData(
      await gatewayQuery(
        stack,
        COUNT,
        { filter: { openedFrom: range.from, openedBefore: range.to, kind } },
        as,
      ),
    ).assistanceCases.totalCount;

  it("counts the floor's counselor the cases of the students their assignment covers, as the list does", async () => {
    const as = callers.counselor(counselor.id);
    const stats = await statisticsOf(as);
    expect(stats.total).toEqual({ students: 6, opened: 7, closed: 1, suppressed: false });
    expect(stats.total.opened).toBe(await listed(as));
    // The counselor holds MENTAL_HEALTH for the floor's residents: A's case counts for them.
    const byKind = Object.fromEntries(stats.byKind.map((k) => [k.kind, k.figures]));
    expect(byKind.MENTAL_HEALTH).toEqual({ students: 1, opened: 1, suppressed: false });
    expect(await listed(as, "MENTAL_HEALTH")).toBe(1);
    expect(stats.byYear).toEqual([
      { year: 2025, figures: { opened: 6 } },
      { year: 2026, figures: { opened: 1 } },
    ]);
  });

  it("suppresses a grid leader's small cells (no CARE) and shows the floor's six students, without A's MENTAL_HEALTH case", async () => {
    const as = callerFor(["grid_leader"], gridLeader.id, "赵敏");
    const stats = await statisticsOf(as);
    expect(stats.total).toEqual({ students: 6, opened: 6, closed: 1, suppressed: false });
    expect(stats.total.opened).toBe(await listed(as));
    const byKind = Object.fromEntries(stats.byKind.map((k) => [k.kind, k.figures]));
    expect(byKind.ECONOMIC).toEqual({ students: 6, opened: 6, suppressed: false });
    // A grid leader does not hold MENTAL_HEALTH: A's case is neither listed nor counted.
    expect(byKind.MENTAL_HEALTH).toEqual({ students: 0, opened: 0, suppressed: false });
    expect(await listed(as, "MENTAL_HEALTH")).toBe(0);
  });

  it("counts a task-force member only the case they serve on, with the scope the gateway resolves from careScope", async () => {
    const as = callerFor(["task_force_member"], worker.id, "马志远");
    const stats = await statisticsOf(as);
    // A's MENTAL_HEALTH case: they serve on it, so they see and count it without MENTAL_HEALTH.
    expect(stats.total).toEqual({ students: 1, opened: 1, closed: 0, suppressed: false });
    expect(stats.total.opened).toBe(await listed(as));
    expect(await listed(as, "MENTAL_HEALTH")).toBe(1);
  });

  it("counts an administrator every case, the second floor's too, but not A's MENTAL_HEALTH case", async () => {
    const stats = await statisticsOf(callers.admin());
    // Administrators do not hold MENTAL_HEALTH, so the list does not show them A's case either.
    expect(stats.total).toEqual({ students: 7, opened: 7, closed: 1, suppressed: false });
    expect(stats.total.opened).toBe(await listed(callers.admin()));
    expect(await listed(callers.admin(), "MENTAL_HEALTH")).toBe(0);
  });
});
