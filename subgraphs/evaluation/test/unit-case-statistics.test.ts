import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { today } from "@campus/subgraph";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type {
  AssistanceCaseFilter,
  AssistanceCaseStatus,
  CaseKind,
  DifficultyGrade,
  EscalationTier,
} from "./generated/graphql";
import { covering, errorsOf, type Caller } from "./support";

/** Federation's `_entities` is in no schema file codegen reads: plain text, the shape written below. */
const UNIT_STATISTICS = `
  query UnitCaseStatistics($representations: [_Any!]!, $from: DateTimeISO!, $to: DateTimeISO!) {
    _entities(representations: $representations) {
      ... on OrgUnit { id assistanceCaseStatistics(from: $from, to: $to) { ...Statistics } }
      ... on Building { id assistanceCaseStatistics(from: $from, to: $to) { ...Statistics } }
      ... on Grid { id assistanceCaseStatistics(from: $from, to: $to) { ...Statistics } }
    }
  }
  fragment Figures on AssistanceCaseFigures { students opened graded assisted closed suppressed }
  fragment Statistics on AssistanceCaseStatistics {
    from to
    total { ...Figures }
    byYear { year figures { ...Figures } }
    byKind { kind figures { ...Figures } }
    byGrade { grade figures { ...Figures } }
    byStatus { status cases suppressed }
    overdueMeasuresByTier { tier measures }
  }
`;
const UNIT_LIST = `
  query UnitCaseList($representations: [_Any!]!, $f: AssistanceCaseFilter) {
    _entities(representations: $representations) {
      ... on OrgUnit { assistanceCases(first: 100, filter: $f) { ...Page } }
      ... on Grid { assistanceCases(first: 100, filter: $f) { ...Page } }
    }
  }
  fragment Page on AssistanceCaseConnection { totalCount edges { node { person { id } } } }
`;
const OVERDUE = graphql(`
  query UnitCaseOverdue($f: OverdueMeasureFilter) {
    overdueMeasures(first: 1, filter: $f) {
      totalCount
    }
  }
`);

interface Figures {
  students: number | null;
  opened: number | null;
  graded: number | null;
  assisted: number | null;
  closed: number | null;
  suppressed: boolean;
}
interface Statistics {
  from: string;
  to: string;
  total: Figures;
  byYear: { year: number; figures: Figures }[];
  byKind: { kind: CaseKind; figures: Figures }[];
  byGrade: { grade: DifficultyGrade; figures: Figures }[];
  byStatus: { status: AssistanceCaseStatus; cases: number | null; suppressed: boolean }[];
  overdueMeasuresByTier: { tier: EscalationTier; measures: number }[];
}
interface Page {
  totalCount: number;
  edges: { node: { person: { id: string } | null } }[];
}

const KINDS: CaseKind[] = ["ECONOMIC", "ACADEMIC", "MENTAL_HEALTH", "FAMILY", "OTHER"];
const GRADES: DifficultyGrade[] = [
  "ESPECIALLY_DIFFICULT",
  "DIFFICULT",
  "GENERALLY_DIFFICULT",
  "NOT_DIFFICULT",
];
const STATUSES: AssistanceCaseStatus[] = [
  "DISCOVERED",
  "GRADED",
  "ASSISTING",
  "REVIEWED",
  "CLOSED",
];
const TIERS: EscalationTier[] = ["COUNSELOR", "COLLEGE", "UNIVERSITY"];

/** 2025 on campus (UTC+8): [2025-01-01 00:00, 2026-01-01 00:00). */
const RANGE = { from: "2024-12-31T16:00:00.000Z", to: "2025-12-31T16:00:00.000Z" };
/** The campus date `days` days before today. */
const daysAgo = (days: number) => {
  const [y, m, d] = today().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
};

describe("evaluation: a unit's assistance cases and their statistics", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-unit-case-statistics");
  const A = Array.from({ length: 6 }, (_, i) => b.student({ name: `学生A${i + 1}` })) as [
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
  ];
  const [A1, A2, A3, A4, A5, A6] = A;
  const B1 = b.student({ name: "学生B1" });
  const B2 = b.student({ name: "学生B2" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const colleague = b.staff({ name: "许文静" });

  b.assistanceCase(A1, counselor, { kind: "ECONOMIC", openedAt: "2025-03-01T02:00:00.000Z" });
  b.assistanceCase(A2, counselor, { kind: "MENTAL_HEALTH", openedAt: "2025-04-01T02:00:00.000Z" });
  b.assistanceCase(A3, counselor, {
    kind: "ACADEMIC",
    status: "CLOSED",
    openedAt: "2025-05-01T02:00:00.000Z",
    reviewNote: "帮扶措施已落实",
    grading: {
      conditions: ["SUBSISTENCE_ALLOWANCE"],
      recommendedById: counselor.id,
      recommendedAt: "2025-05-02T08:00:00.000Z",
      confirmedGrade: "DIFFICULT",
      confirmedById: adviser.id,
      confirmedAt: "2025-05-03T08:00:00.000Z",
    },
  });
  // With a task-force lead: seeded as ASSISTING; measures overdue by 1, 7 and 14 days, one per tier.
  const assisting = b.assistanceCase(A4, counselor, {
    kind: "FAMILY",
    openedAt: "2025-06-01T02:00:00.000Z",
  });
  b.taskForceMember(assisting, colleague, { duty: "生活帮扶", lead: true });
  for (const days of [1, 7, 14]) b.caseMeasure(assisting, colleague, { dueOn: daysAgo(days) });
  b.assistanceCase(A4, counselor, { kind: "ECONOMIC", openedAt: "2025-07-01T02:00:00.000Z" });
  b.assistanceCase(A6, counselor, { kind: "OTHER", openedAt: "2025-08-01T02:00:00.000Z" });
  // Before the range, with a measure overdue by 2 days: the overdue figures are not about the range.
  const before = b.assistanceCase(A5, counselor, {
    kind: "ACADEMIC",
    openedAt: "2024-06-01T02:00:00.000Z",
  });
  b.caseMeasure(before, colleague, { dueOn: daysAgo(2) });
  const ofB1 = b.assistanceCase(B1, counselor, {
    kind: "ECONOMIC",
    openedAt: "2025-03-01T02:00:00.000Z",
  });
  b.caseMeasure(ofB1, colleague, { dueOn: daysAgo(7) });
  b.assistanceCase(B2, counselor, { kind: "MENTAL_HEALTH", openedAt: "2025-03-01T02:00:00.000Z" });
  const dataset = b.build();

  const school = {
    __typename: "OrgUnit",
    id: randomUUID(),
    studentIds: A.map((s) => s.id),
  };
  const otherSchool = { __typename: "OrgUnit", id: randomUUID(), studentIds: [B1.id, B2.id] };
  const branch = { __typename: "OrgUnit", id: randomUUID(), studentIds: [] };
  const grid = { __typename: "Grid", id: randomUUID(), residentIds: [A1.id, A4.id, B1.id] };

  const admin: [Caller, ExecuteOptions] = [callers.admin(), {}];
  /** A counselor of A1–A5, who holds CARE and MENTAL_HEALTH for them: not A6, B1 or B2. */
  const scoped: [Caller, ExecuteOptions] = [
    callers.counselor(counselor.id),
    covering(
      "counselor",
      [A1, A2, A3, A4, A5].map((s) => s.id),
    ),
  ];

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  }, 120_000);
  afterAll(() => harness?.stop());

  const unitStatistics = (representations: object[], [caller, options]: [Caller, ExecuteOptions]) =>
    harness.execute<{ _entities: { id: string; assistanceCaseStatistics: Statistics | null }[] }>(
      "evaluation",
      UNIT_STATISTICS,
      { representations, ...RANGE },
      caller,
      options,
    );
  const statisticsOf = async (unit: object, as: [Caller, ExecuteOptions]) => {
    const res = await unitStatistics([unit], as);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const stats = expectData(res)._entities[0]?.assistanceCaseStatistics;
    if (!stats) throw new Error("no statistics");
    return stats;
  };
  const unitList = (unit: object, [caller, options]: [Caller, ExecuteOptions], f: object | null) =>
    harness.execute<{ _entities: { assistanceCases: Page | null }[] }>(
      "evaluation",
      UNIT_LIST,
      { representations: [unit], f },
      caller,
      options,
    );

  /** A cell's figures as the unit's list makes them (both callers hold CARE for everyone they see: nothing suppressed). */
  async function figuresFromList(
    unit: object,
    as: [Caller, ExecuteOptions],
    f: AssistanceCaseFilter,
  ): Promise<Figures> {
    const count = async (g: AssistanceCaseFilter) => {
      const res = await unitList(unit, as, g);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const page = expectData(res)._entities[0]?.assistanceCases;
      if (!page) throw new Error("no list");
      expect(page.totalCount, "one page holds every row").toBeLessThanOrEqual(100);
      return page;
    };
    const cell = await count(f);
    const students = new Set(cell.edges.map((e) => e.node.person?.id));
    return {
      students: students.size,
      opened: cell.totalCount,
      graded: (await count({ ...f, graded: true })).totalCount,
      assisted: (await count({ ...f, reachedAssisting: true })).totalCount,
      closed: (await count({ ...f, status: "CLOSED" })).totalCount,
      suppressed: false,
    };
  }

  /** The statistics but overdueMeasuresByTier as the unit's list makes them. */
  async function statisticsFromList(
    unit: object,
    as: [Caller, ExecuteOptions],
  ): Promise<Omit<Statistics, "overdueMeasuresByTier">> {
    const range = { openedFrom: RANGE.from, openedBefore: RANGE.to };
    const byStatus: Statistics["byStatus"] = [];
    for (const status of STATUSES) {
      const cell = await figuresFromList(unit, as, { ...range, status });
      byStatus.push({ status, cases: cell.opened, suppressed: false });
    }
    const byKind: Statistics["byKind"] = [];
    for (const kind of KINDS)
      byKind.push({ kind, figures: await figuresFromList(unit, as, { ...range, kind }) });
    const byGrade: Statistics["byGrade"] = [];
    for (const grade of GRADES)
      byGrade.push({ grade, figures: await figuresFromList(unit, as, { ...range, grade }) });
    const total = await figuresFromList(unit, as, range);
    return {
      ...RANGE,
      total,
      byYear: [{ year: 2025, figures: total }],
      byKind,
      byGrade,
      byStatus,
    };
  }

  it("equals the unit's list in every figure, for an administrator and a scoped counselor", async () => {
    for (const [who, as, unit] of [
      ["admin, school", admin, school],
      ["admin, other school", admin, otherSchool],
      ["admin, grid", admin, grid],
      ["counselor, school", scoped, school],
      ["counselor, grid", scoped, grid],
    ] as const) {
      const { overdueMeasuresByTier: _, ...stats } = await statisticsOf(unit, as);
      expect(stats, who).toEqual(await statisticsFromList(unit, as));
    }
    // The administrator: A1's, A3's, A4's two and A6's; not A2's MENTAL_HEALTH case, nor A5's of 2024.
    expect((await statisticsOf(school, admin)).total).toEqual({
      students: 4,
      opened: 5,
      graded: 1,
      assisted: 2,
      closed: 1,
      suppressed: false,
    });
    // The counselor: A2's MENTAL_HEALTH case (they hold MENTAL_HEALTH for A2), not A6's (unseen).
    const counted = await statisticsOf(school, scoped);
    expect(counted.total).toMatchObject({ students: 4, opened: 5 });
    expect(counted.byKind.find((k) => k.kind === "MENTAL_HEALTH")?.figures.opened).toBe(1);
    expect(counted.byKind.find((k) => k.kind === "OTHER")?.figures.opened).toBe(0);
  });

  it("counts the measures overdue now on the unit's students' cases, by tier", async () => {
    const tiers = (counts: number[]) => TIERS.map((tier, i) => ({ tier, measures: counts[i] }));
    expect((await statisticsOf(school, admin)).overdueMeasuresByTier).toEqual(tiers([2, 1, 1]));
    expect((await statisticsOf(otherSchool, admin)).overdueMeasuresByTier).toEqual(
      tiers([0, 1, 0]),
    );
    expect((await statisticsOf(grid, admin)).overdueMeasuresByTier).toEqual(tiers([1, 2, 1]));
    // The counselor sees exactly A1–A5, all of the school's they see: the board's counts.
    const board: number[] = [];
    for (const tier of TIERS) {
      const res = await subgraphQuery(harness, "evaluation", OVERDUE, { f: { tier } }, ...scoped);
      board.push(expectData(res).overdueMeasures.totalCount);
    }
    expect(board).toEqual([2, 1, 1]);
    expect((await statisticsOf(school, scoped)).overdueMeasuresByTier).toEqual(tiers(board));
  });

  it("answers many units in one statement, each with its own students", async () => {
    const { statements, result } = await statementsOf(harness, "evaluation", () =>
      unitStatistics([school, otherSchool, branch, grid], admin),
    );
    expect(statements).toBe(1);
    expect(
      expectData(result)._entities.map((u) => [
        u.assistanceCaseStatistics?.total.opened,
        u.assistanceCaseStatistics?.byYear.length,
      ]),
    ).toEqual([
      [5, 1],
      [1, 1], // B1's; not B2's MENTAL_HEALTH case
      [0, 1], // no students: zeros
      [4, 1], // A1's, A4's two and B1's
    ]);
  });

  it("refuses a unit whose students the caller sees none of, and shows an empty one as zeros", async () => {
    const res = await unitStatistics([otherSchool, branch], scoped);
    expect(res.data?._entities[0]?.assistanceCaseStatistics).toBeNull();
    expect(res.data?._entities[1]?.assistanceCaseStatistics?.total).toEqual({
      students: 0,
      opened: 0,
      graded: 0,
      assisted: 0,
      closed: 0,
      suppressed: false,
    });
    expect(errorsOf(res)).toEqual([[["_entities", 0, "assistanceCaseStatistics"], "FORBIDDEN"]]);
    const list = await unitList(otherSchool, scoped, null);
    expect(list.data?._entities[0]?.assistanceCases).toBeNull();
    expect(errorsOf(list)).toEqual([[["_entities", 0, "assistanceCases"], "FORBIDDEN"]]);
  });
});
