import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type ResultOf,
  type SubgraphHarness,
  type TypedDocumentNode,
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
import { careOptions, covering, errorsOf, present, type Caller } from "./support";

graphql(`
  fragment CaseStatisticsFigures on AssistanceCaseFigures {
    students
    opened
    graded
    assisted
    closed
    suppressed
  }
`);
const STATISTICS = graphql(`
  query CaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    assistanceCaseStatistics(from: $from, to: $to) {
      from
      to
      total {
        ...CaseStatisticsFigures
      }
      byYear {
        year
        figures {
          ...CaseStatisticsFigures
        }
      }
      byKind {
        kind
        figures {
          ...CaseStatisticsFigures
        }
      }
      byGrade {
        grade
        figures {
          ...CaseStatisticsFigures
        }
      }
      byStatus {
        status
        cases
        suppressed
      }
      overdueMeasuresByTier {
        tier
        measures
      }
    }
  }
`);
const LIST = graphql(`
  query CaseStatisticsList($f: AssistanceCaseFilter) {
    assistanceCases(first: 100, filter: $f) {
      totalCount
      edges {
        node {
          person {
            id
          }
        }
      }
    }
  }
`);
const OVERDUE = graphql(`
  query CaseStatisticsOverdue($f: OverdueMeasureFilter) {
    overdueMeasures(first: 1, filter: $f) {
      totalCount
    }
  }
`);
const OPEN = graphql(`
  mutation CaseStatisticsOpen($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
    }
  }
`);
const RECOMMEND = graphql(`
  mutation CaseStatisticsRecommend($input: RecommendGradeInput!) {
    recommendGrade(input: $input) {
      id
    }
  }
`);
const CONFIRM = graphql(`
  mutation CaseStatisticsConfirm($input: ConfirmGradeInput!) {
    confirmGrade(input: $input) {
      id
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation CaseStatisticsAddMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      id
    }
  }
`);
const ADD_MEASURE = graphql(`
  mutation CaseStatisticsAddMeasure($input: AddCaseMeasureInput!) {
    addCaseMeasure(input: $input) {
      id
    }
  }
`);
const START = graphql(`
  mutation CaseStatisticsStart($input: CaseStepInput!) {
    startAssistance(input: $input) {
      id
    }
  }
`);
const REVIEW = graphql(`
  mutation CaseStatisticsReview($input: CaseStepInput!) {
    reviewAssistanceCase(input: $input) {
      id
    }
  }
`);
const CLOSE = graphql(`
  mutation CaseStatisticsClose($input: CloseAssistanceCaseInput!) {
    closeAssistanceCase(input: $input) {
      status
    }
  }
`);

type Statistics = ResultOf<typeof STATISTICS>["assistanceCaseStatistics"];
type Figures = Statistics["total"];

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

/** Campus time is UTC+8 all year (Asia/Shanghai keeps no summer time). */
const CAMPUS_OFFSET_MS = 8 * 60 * 60 * 1000;
/** The instant a calendar year begins on campus, as the API writes instants. */
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - CAMPUS_OFFSET_MS).toISOString();
const campusYear = (instant: string) =>
  new Date(Date.parse(instant) + CAMPUS_OFFSET_MS).getUTCFullYear();
/** The campus date `days` days from today (negative: before). */
const dayFromToday = (days: number) => {
  const [y, m, d] = today().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const zeros: Figures = {
  students: 0,
  opened: 0,
  graded: 0,
  assisted: 0,
  closed: 0,
  suppressed: false,
};
const hidden: Figures = {
  students: null,
  opened: null,
  graded: null,
  assisted: null,
  closed: null,
  suppressed: true,
};

describe("evaluation: assistance-case statistics (一人一策一专班 in figures)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-case-statistics");
  const P = Array.from({ length: 7 }, (_, i) => b.student({ name: `学生P${i + 1}` })) as [
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
  ];
  const [P1, P2, P3, P4, P5, P6, P7] = P;
  const Q1 = b.student({ name: "学生Q1" });
  const Q2 = b.student({ name: "学生Q2" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const gridLeader = b.staff({ name: "赵敏" });
  const worker = b.staff({ name: "马志远" });
  const colleague = b.staff({ name: "许文静" });
  const mixed = b.staff({ name: "周静" });

  // Cases from before the workflow was in use, at the edges of campus years: 2024-12-31 23:59:59
  // and 2025-01-01 00:00:00 on campus are both 2024 in UTC.
  b.assistanceCase(P2, counselor, {
    kind: "ACADEMIC",
    status: "DISCOVERED",
    openedAt: "2024-12-31T15:59:59.000Z",
  });
  const closedOld = b.assistanceCase(P3, counselor, {
    kind: "ECONOMIC",
    status: "CLOSED",
    openedAt: "2024-12-31T16:00:00.000Z",
    reviewNote: "帮扶措施已落实",
    grading: {
      conditions: ["SUBSISTENCE_ALLOWANCE"],
      recommendedById: counselor.id,
      recommendedAt: "2025-01-02T08:00:00.000Z",
      confirmedGrade: "DIFFICULT",
      confirmedById: adviser.id,
      confirmedAt: "2025-01-03T08:00:00.000Z",
    },
  });
  // OPEN with a task-force lead: seeded as ASSISTING. Its plan has measures overdue by 1 to 14 days.
  const assistingOld = b.assistanceCase(P1, counselor, {
    kind: "FAMILY",
    openedAt: "2025-06-01T02:00:00.000Z",
  });
  b.taskForceMember(assistingOld, colleague, { duty: "生活帮扶", lead: true });
  const overdueBy = (
    k: typeof assistingOld,
    days: number,
    status: "PLANNED" | "IN_PROGRESS" | "DONE" = "PLANNED",
  ) => b.caseMeasure(k, colleague, { dueOn: dayFromToday(-days), status });
  // Each tier from its first day: 1 and 6 days COUNSELOR, 7 and 13 COLLEGE, 14 UNIVERSITY.
  overdueBy(assistingOld, 1);
  overdueBy(assistingOld, 6, "IN_PROGRESS");
  overdueBy(assistingOld, 7);
  overdueBy(assistingOld, 13);
  overdueBy(assistingOld, 14);
  overdueBy(assistingOld, 30, "DONE");
  overdueBy(assistingOld, -5);
  // Overdue, but on a CLOSED case: not on the board.
  overdueBy(closedOld, 20);
  // Q1's, before the ranges below but with an overdue measure: the board is not about the range.
  const beforeRange = b.assistanceCase(Q1, counselor, {
    kind: "OTHER",
    status: "DISCOVERED",
    openedAt: "2023-03-01T02:00:00.000Z",
  });
  overdueBy(beforeRange, 2);
  // 2024-01-01 00:00:00 on campus, the first instant of the main range; and the instant before it.
  b.assistanceCase(P4, counselor, {
    kind: "ECONOMIC",
    status: "DISCOVERED",
    openedAt: "2023-12-31T16:00:00.000Z",
  });
  b.assistanceCase(P5, counselor, {
    kind: "ACADEMIC",
    status: "DISCOVERED",
    openedAt: "2023-12-31T15:59:59.999Z",
  });

  // 50 cases opened in 2015 and 450 in 2016, each of its own student, all served on by one worker.
  const bulkWorker = b.staff({ name: "林海" });
  const bulk = Array.from({ length: 500 }, (_, i) => {
    const student = b.student({ name: `批量${i}` });
    const k = b.assistanceCase(student, counselor, {
      summary: `批量个案${i}`,
      openedAt: i < 50 ? "2015-05-01T02:00:00.000Z" : "2016-05-01T02:00:00.000Z",
    });
    b.taskForceMember(k, bulkWorker, { duty: "学业帮扶" });
    return student;
  });
  const dataset = b.build();

  const asCounselor = callers.counselor(counselor.id);
  /** The counselor while casework is done: covering every student of the scenario. */
  const everyone = covering(
    "counselor",
    [...P, Q1, Q2].map((s) => s.id),
  );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
    await casework();
  }, 120_000);
  afterAll(() => harness?.stop());

  const run = async <R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    as: Caller = asCounselor,
    options: ExecuteOptions = everyone,
  ): Promise<R> => {
    const res = await subgraphQuery(harness, "evaluation", document, variables, as, options);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return expectData(res);
  };

  /**
   * Takes a case through the real mutations: opened, graded (recommended by the counselor,
   * confirmed by the adviser) when `grade` is given, then as far as `to` with `lead` leading.
   */
  async function workCase(
    student: PersonSeed,
    kind: CaseKind,
    to: AssistanceCaseStatus,
    options: { grade?: DifficultyGrade; lead?: PersonSeed } = {},
  ): Promise<string> {
    const caseId = (
      await run(OPEN, {
        input: {
          personId: student.id,
          summary: `${student.name}的个案`,
          source: "COUNSELOR",
          kind,
        },
      })
    ).openAssistanceCase.id;
    if (options.grade) {
      await run(RECOMMEND, { input: { caseId, conditions: [] } });
      await run(
        CONFIRM,
        { input: { caseId, grade: options.grade, note: "班级评议后认定" } },
        callerFor(["class_adviser"], adviser.id),
        covering("class_adviser", [student.id]),
      );
    }
    if (to === "DISCOVERED" || to === "GRADED") return caseId;
    const lead = options.lead ?? colleague;
    await run(ADD_MEMBER, { input: { caseId, memberId: lead.id, duty: "专班负责人", lead: true } });
    await run(ADD_MEASURE, {
      input: {
        caseId,
        description: "每周谈心谈话",
        responsibleId: lead.id,
        duty: "谈心谈话",
        dueOn: dayFromToday(30),
      },
    });
    await run(START, { input: { caseId, note: "专班开始帮扶" } });
    if (to === "ASSISTING") return caseId;
    await run(REVIEW, { input: { caseId, note: "措施已落实" } });
    if (to === "REVIEWED") return caseId;
    expect(
      (await run(CLOSE, { input: { caseId, outcome: "RESOLVED" } })).closeAssistanceCase,
    ).toEqual({ status: "CLOSED" });
    return caseId;
  }

  /** This year's cases, through the workflow: `worker` leads P1's two and Q1's. */
  async function casework(): Promise<void> {
    await workCase(P1, "ECONOMIC", "CLOSED", { grade: "DIFFICULT", lead: worker });
    await workCase(P1, "MENTAL_HEALTH", "ASSISTING", { lead: worker });
    await workCase(P2, "ECONOMIC", "GRADED", { grade: "ESPECIALLY_DIFFICULT" });
    await workCase(P3, "ACADEMIC", "DISCOVERED");
    await workCase(P4, "FAMILY", "REVIEWED");
    await workCase(P5, "ECONOMIC", "ASSISTING", { grade: "GENERALLY_DIFFICULT" });
    await workCase(P6, "OTHER", "DISCOVERED");
    await workCase(P7, "ECONOMIC", "DISCOVERED");
    await workCase(Q1, "ACADEMIC", "ASSISTING", { lead: worker });
    await workCase(Q2, "MENTAL_HEALTH", "DISCOVERED");
  }

  /** A caller, and the students they hold CARE for (written out here, not asked of the code under test). */
  interface Viewer {
    as: Caller;
    options: ExecuteOptions;
    care: "all" | string[];
  }
  const admin: Viewer = { as: callers.admin(), options: {}, care: "all" };
  const counselorOfFive: Viewer = {
    as: asCounselor,
    options: covering(
      "counselor",
      [P1, P2, P3, P4, P5].map((s) => s.id),
    ),
    care: [P1, P2, P3, P4, P5].map((s) => s.id),
  };
  const leader: Viewer = {
    as: callerFor(["grid_leader"], gridLeader.id),
    options: covering(
      "grid_leader",
      P.map((s) => s.id),
    ),
    care: [],
  };
  const student: Viewer = { as: callers.student(P1.id), options: {}, care: [P1.id] };
  /** CARE for P1 as class adviser; P2 and P3 only as grid leader. */
  const adviserAndLeader: Viewer = {
    as: callerFor(["class_adviser", "grid_leader"], mixed.id),
    options: { scope: { students: { class_adviser: [P1.id], grid_leader: [P2.id, P3.id] } } },
    care: [P1.id],
  };
  /** The task-force member, with the scope careScope gives them (the cases they serve on). */
  const taskForce = async (): Promise<Viewer> => {
    const options = await careOptions(harness, worker.id);
    const students = options.scope?.students.task_force_member;
    return {
      as: callerFor(["task_force_member"], worker.id),
      options,
      care: students === "all" ? "all" : [...(students ?? [])],
    };
  };

  const statistics = (v: Viewer, from: string, to: string) =>
    subgraphQuery(harness, "evaluation", STATISTICS, { from, to }, v.as, v.options);
  const statisticsOf = async (v: Viewer, from: string, to: string): Promise<Statistics> => {
    const res = await statistics(v, from, to);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return expectData(res).assistanceCaseStatistics;
  };

  /** assistanceCases for the viewer: its totalCount and the students of its rows. */
  const listed = async (v: Viewer, f: AssistanceCaseFilter) => {
    const list = (await run(LIST, { f }, v.as, v.options)).assistanceCases;
    expect(list.totalCount, "one page holds every row").toBeLessThanOrEqual(100);
    const students = new Set(
      list.edges.map((e) => present(e.node.person, "the case's student").id),
    );
    return { cases: list.totalCount, students: [...students] };
  };
  const overdueCount = async (v: Viewer, tier?: EscalationTier) =>
    (await run(OVERDUE, { f: tier ? { tier } : null }, v.as, v.options)).overdueMeasures.totalCount;

  /** A cell's figures as the lists make them, suppressed by the rule written out independently. */
  async function figuresFromLists(v: Viewer, f: AssistanceCaseFilter): Promise<Figures> {
    const cell = await listed(v, f);
    const outsideCare = cell.students.some((id) => v.care !== "all" && !v.care.includes(id));
    if (cell.students.length >= 1 && cell.students.length <= 4 && outsideCare) return hidden;
    return {
      students: cell.students.length,
      opened: cell.cases,
      graded: (await listed(v, { ...f, graded: true })).cases,
      assisted: (await listed(v, { ...f, reachedAssisting: true })).cases,
      closed: (await listed(v, { ...f, status: "CLOSED" })).cases,
      suppressed: false,
    };
  }

  /** The whole statistics as the lists for the same caller make them. */
  async function statisticsFromLists(v: Viewer, from: string, to: string): Promise<Statistics> {
    const range = { openedFrom: from, openedBefore: to };
    const years: number[] = [];
    for (let y = campusYear(from); y <= campusYear(new Date(Date.parse(to) - 1).toISOString()); y++)
      years.push(y);
    const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
    const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
    const byStatus: Statistics["byStatus"] = [];
    for (const status of STATUSES) {
      const cell = await figuresFromLists(v, { ...range, status });
      byStatus.push({ status, cases: cell.opened, suppressed: cell.suppressed });
    }
    const byYear: Statistics["byYear"] = [];
    for (const year of years)
      byYear.push({
        year,
        figures: await figuresFromLists(v, {
          openedFrom: later(from, yearStart(year)),
          openedBefore: earlier(to, yearStart(year + 1)),
        }),
      });
    const byKind: Statistics["byKind"] = [];
    for (const kind of KINDS)
      byKind.push({ kind, figures: await figuresFromLists(v, { ...range, kind }) });
    const byGrade: Statistics["byGrade"] = [];
    for (const grade of GRADES)
      byGrade.push({ grade, figures: await figuresFromLists(v, { ...range, grade }) });
    const overdueMeasuresByTier: Statistics["overdueMeasuresByTier"] = [];
    for (const tier of TIERS)
      overdueMeasuresByTier.push({ tier, measures: await overdueCount(v, tier) });
    return {
      from,
      to,
      total: await figuresFromLists(v, range),
      byYear,
      byKind,
      byGrade,
      byStatus,
      overdueMeasuresByTier,
    };
  }

  // From 2024-01-01 00:00 on campus to the end of this year: the workflow's cases are opened now.
  const thisYear = campusYear(new Date().toISOString());
  const FROM = yearStart(2024);
  const TO = yearStart(thisYear + 1);
  const years = Array.from({ length: thisYear - 2023 }, (_, i) => 2024 + i);

  describe("figures equal the totalCount of the matching list, for the same caller", () => {
    it("for an administrator: every case but the MENTAL_HEALTH ones, nothing suppressed, written out", async () => {
      const stats = await statisticsOf(admin, FROM, TO);
      expect(stats).toEqual(await statisticsFromLists(admin, FROM, TO));
      // 10 cases opened this year through the workflow, 4 seeded in 2024 and 2025; not P1's and
      // Q2's MENTAL_HEALTH cases of this year: an administrator does not hold MENTAL_HEALTH, and
      // the list does not show them those cases (Q2 has no other, so 8 students, not 9).
      expect(stats.total).toEqual({
        students: 8,
        opened: 12,
        graded: 4,
        assisted: 6,
        closed: 2,
        suppressed: false,
      });
      expect(stats.byYear).toEqual([
        {
          year: 2024,
          figures: { students: 2, opened: 2, graded: 0, assisted: 0, closed: 0, suppressed: false },
        },
        {
          year: 2025,
          figures: { students: 2, opened: 2, graded: 1, assisted: 2, closed: 1, suppressed: false },
        },
        ...years.slice(2).map((year) => ({
          year,
          figures:
            year === thisYear
              ? { students: 8, opened: 8, graded: 3, assisted: 4, closed: 1, suppressed: false }
              : zeros,
        })),
      ]);
      const byKind = Object.fromEntries(stats.byKind.map((k) => [k.kind, k.figures]));
      expect(byKind).toEqual({
        ECONOMIC: { students: 6, opened: 6, graded: 4, assisted: 3, closed: 2, suppressed: false },
        ACADEMIC: { students: 3, opened: 3, graded: 0, assisted: 1, closed: 0, suppressed: false },
        // Two MENTAL_HEALTH cases exist (P1's and Q2's), and the administrator may list neither.
        MENTAL_HEALTH: zeros,
        FAMILY: { students: 2, opened: 2, graded: 0, assisted: 2, closed: 0, suppressed: false },
        OTHER: { students: 1, opened: 1, graded: 0, assisted: 0, closed: 0, suppressed: false },
      });
      expect(stats.byKind.map((k) => k.kind)).toEqual(KINDS);
      expect(stats.byGrade).toEqual([
        {
          grade: "ESPECIALLY_DIFFICULT",
          figures: { students: 1, opened: 1, graded: 1, assisted: 0, closed: 0, suppressed: false },
        },
        {
          grade: "DIFFICULT",
          figures: { students: 2, opened: 2, graded: 2, assisted: 2, closed: 2, suppressed: false },
        },
        {
          grade: "GENERALLY_DIFFICULT",
          figures: { students: 1, opened: 1, graded: 1, assisted: 1, closed: 0, suppressed: false },
        },
        { grade: "NOT_DIFFICULT", figures: zeros },
      ]);
      // Without Q2's DISCOVERED and P1's ASSISTING MENTAL_HEALTH cases.
      expect(stats.byStatus.map((s) => [s.status, s.cases])).toEqual([
        ["DISCOVERED", 5],
        ["GRADED", 1],
        ["ASSISTING", 3],
        ["REVIEWED", 1],
        ["CLOSED", 2],
      ]);
      // P1's plan (1, 6 | 7, 13 | 14 days late) and Q1's case of 2023 (2 days): not the range's.
      expect(stats.overdueMeasuresByTier).toEqual([
        { tier: "COUNSELOR", measures: 3 },
        { tier: "COLLEGE", measures: 2 },
        { tier: "UNIVERSITY", measures: 1 },
      ]);
      expect(await overdueCount(admin)).toBe(6);
      // The filters' other halves: the rest of the range's cases.
      const range = { openedFrom: FROM, openedBefore: TO };
      expect((await listed(admin, { ...range, graded: false })).cases).toBe(12 - 4);
      expect((await listed(admin, { ...range, reachedAssisting: false })).cases).toBe(12 - 6);
    });

    it("for a counselor covering five students: only their cases, nothing suppressed (they hold CARE)", async () => {
      const stats = await statisticsOf(counselorOfFive, FROM, TO);
      expect(stats).toEqual(await statisticsFromLists(counselorOfFive, FROM, TO));
      // P1's three, P2's two, P3's two, P4's two, P5's one.
      expect(stats.total).toMatchObject({ students: 5, opened: 10, suppressed: false });
      expect(stats.byKind.find((k) => k.kind === "OTHER")?.figures).toEqual(zeros);
      expect(stats.overdueMeasuresByTier.map((t) => t.measures)).toEqual([2, 2, 1]);
    });

    it("for a task-force member: only the cases they serve on, the closed one too", async () => {
      const viewer = await taskForce();
      expect([...(viewer.care === "all" ? [] : viewer.care)].sort()).toEqual([P1.id, Q1.id].sort());
      const stats = await statisticsOf(viewer, FROM, TO);
      expect(stats).toEqual(await statisticsFromLists(viewer, FROM, TO));
      // P1's ECONOMIC (closed) and MENTAL_HEALTH cases and Q1's: not P1's FAMILY case of 2025.
      expect(stats.total).toEqual({
        students: 2,
        opened: 3,
        graded: 1,
        assisted: 3,
        closed: 1,
        suppressed: false,
      });
      expect(stats.overdueMeasuresByTier.map((t) => t.measures)).toEqual([0, 0, 0]);
    });

    it("for a student: their own cases but the MENTAL_HEALTH one, not suppressed (their own CARE data)", async () => {
      const stats = await statisticsOf(student, FROM, TO);
      expect(stats).toEqual(await statisticsFromLists(student, FROM, TO));
      // P1's ECONOMIC (closed) and FAMILY cases; their MENTAL_HEALTH case is not shown to them,
      // as their MENTAL_HEALTH warnings are not.
      expect(stats.total).toEqual({
        students: 1,
        opened: 2,
        graded: 1,
        assisted: 2,
        closed: 1,
        suppressed: false,
      });
      expect(stats.byKind.find((k) => k.kind === "MENTAL_HEALTH")?.figures).toEqual(zeros);
      expect(stats.byGrade.find((g) => g.grade === "DIFFICULT")?.figures.opened).toBe(1);
    });

    it("for a grid leader (no CARE): cells of 1–4 students suppressed, of 5 or more shown; no grades (no FINANCIAL)", async () => {
      const stats = await statisticsOf(leader, FROM, TO);
      expect(stats).toEqual(await statisticsFromLists(leader, FROM, TO));
      // Not P1's MENTAL_HEALTH case: a grid leader does not hold MENTAL_HEALTH.
      expect(stats.total).toEqual({
        students: 7,
        opened: 11,
        graded: 4,
        assisted: 5,
        closed: 2,
        suppressed: false,
      });
      expect(Object.fromEntries(stats.byKind.map((k) => [k.kind, k.figures]))).toEqual({
        // P1, P2, P5, P7 this year; P3 (2025) and P4 (2024): six students.
        ECONOMIC: { students: 6, opened: 6, graded: 4, assisted: 3, closed: 2, suppressed: false },
        ACADEMIC: hidden,
        // Counted as the list shows them: P1's case is not the grid leader's to see, so none.
        MENTAL_HEALTH: zeros,
        FAMILY: hidden,
        OTHER: hidden,
      });
      // Two students in 2024 and in 2025; all seven this year.
      expect(stats.byYear.map((y) => y.figures.suppressed)).toEqual(years.map((y) => y < 2026));
      expect(stats.byGrade.map((g) => g.figures)).toEqual([zeros, zeros, zeros, zeros]);
      expect(stats.byStatus).toEqual([
        // P3, P6 and P7 this year, P2 in 2024, P4 in 2024: five students.
        { status: "DISCOVERED", cases: 5, suppressed: false },
        { status: "GRADED", cases: null, suppressed: true },
        { status: "ASSISTING", cases: null, suppressed: true },
        { status: "REVIEWED", cases: null, suppressed: true },
        { status: "CLOSED", cases: null, suppressed: true },
      ]);
      // Measures are counted, not suppressed: the board lists them to the leader.
      expect(stats.overdueMeasuresByTier.map((t) => t.measures)).toEqual([2, 2, 1]);
    });

    it("suppresses at 4 students and shows at 5, for a caller without CARE", async () => {
      const leaderOf = (students: PersonSeed[]): Viewer => ({
        as: leader.as,
        options: covering(
          "grid_leader",
          students.map((s) => s.id),
        ),
        care: [],
      });
      const four = await statisticsOf(leaderOf([P1, P2, P3, P4]), FROM, TO);
      expect(four.total).toEqual(hidden);
      const five = await statisticsOf(leaderOf([P1, P2, P3, P4, P5]), FROM, TO);
      // The counselor's ten cases of them but P1's MENTAL_HEALTH one.
      expect(five.total).toMatchObject({ students: 5, opened: 9, suppressed: false });
      expect(five).toEqual(await statisticsFromLists(leaderOf([P1, P2, P3, P4, P5]), FROM, TO));
    });

    it("suppresses a small cell when the caller lacks CARE for any one of its students, not when they hold it for all", async () => {
      const stats = await statisticsOf(adviserAndLeader, FROM, TO);
      expect(stats).toEqual(await statisticsFromLists(adviserAndLeader, FROM, TO));
      // P1 (CARE), P2 and P3 (no CARE): three students.
      expect(stats.total).toEqual(hidden);
      const byKind = Object.fromEntries(stats.byKind.map((k) => [k.kind, k.figures]));
      expect(byKind.ECONOMIC).toEqual(hidden);
      // P1's alone (2025, ASSISTING): CARE for every student of the cell.
      expect(byKind.FAMILY).toEqual({
        students: 1,
        opened: 1,
        graded: 0,
        assisted: 1,
        closed: 0,
        suppressed: false,
      });
      // P1's MENTAL_HEALTH case: CARE as class adviser is not MENTAL_HEALTH; not listed, not counted.
      expect(byKind.MENTAL_HEALTH).toEqual(zeros);
      // FINANCIAL for P1 only: P3's DIFFICULT case of 2025 does not count, in the list or here.
      expect(stats.byGrade.find((g) => g.grade === "DIFFICULT")?.figures).toEqual({
        students: 1,
        opened: 1,
        graded: 1,
        assisted: 1,
        closed: 1,
        suppressed: false,
      });
      expect((await listed(admin, { grade: "DIFFICULT" })).cases).toBe(2);
      expect((await listed(adviserAndLeader, { grade: "DIFFICULT" })).cases).toBe(1);
    });

    it("counts MENTAL_HEALTH cases exactly where the list shows them, for every caller", async () => {
      const f: AssistanceCaseFilter = { openedFrom: FROM, openedBefore: TO, kind: "MENTAL_HEALTH" };
      for (const v of [
        admin,
        counselorOfFive,
        student,
        adviserAndLeader,
        leader,
        await taskForce(),
      ]) {
        const stats = await statisticsOf(v, FROM, TO);
        const cell = stats.byKind.find((k) => k.kind === "MENTAL_HEALTH")?.figures;
        expect(cell?.opened).toBe((await listed(v, f)).cases);
      }
      // Only those who hold MENTAL_HEALTH for P1 or Q2, or serve on the case: the counselor (P1's
      // of their five students; both when covering everyone), the task-force member (P1's); not
      // the administrator, the student, the class adviser or the grid leader.
      expect((await listed(counselorOfFive, f)).cases).toBe(1);
      expect((await listed({ as: asCounselor, options: everyone, care: "all" }, f)).cases).toBe(2);
      expect((await listed(await taskForce(), f)).cases).toBe(1);
      for (const v of [admin, student, adviserAndLeader, leader])
        expect((await listed(v, f)).cases).toBe(0);
    });
  });

  describe("years in campus time", () => {
    it("puts 23:59:59 and 00:00:00 of New Year's Eve on campus in different years, though both are 2024 in UTC", async () => {
      const stats = await statisticsOf(
        admin,
        "2024-12-31T15:00:00.000Z",
        "2024-12-31T17:00:00.000Z",
      );
      expect(stats.byYear).toEqual([
        {
          year: 2024,
          figures: { students: 1, opened: 1, graded: 0, assisted: 0, closed: 0, suppressed: false },
        },
        {
          year: 2025,
          figures: { students: 1, opened: 1, graded: 1, assisted: 1, closed: 1, suppressed: false },
        },
      ]);
      expect(stats).toEqual(
        await statisticsFromLists(admin, "2024-12-31T15:00:00.000Z", "2024-12-31T17:00:00.000Z"),
      );
    });

    it("lists every year of the range, zeros included; from is inclusive, to exclusive", async () => {
      const stats = await statisticsOf(admin, yearStart(2022), yearStart(2024));
      expect(stats).toEqual(await statisticsFromLists(admin, yearStart(2022), yearStart(2024)));
      expect(stats.byYear).toEqual([
        { year: 2022, figures: zeros },
        // Q1's of March and P5's at 23:59:59.999 on New Year's Eve; not P4's a millisecond later.
        {
          year: 2023,
          figures: { students: 2, opened: 2, graded: 0, assisted: 0, closed: 0, suppressed: false },
        },
      ]);
      const next = await statisticsOf(admin, yearStart(2024), "2024-01-01T00:00:00.000Z");
      expect(next.total.opened).toBe(1);
    });

    it("answers zeros, not nulls, to a caller who sees no case", async () => {
      const stats = await statisticsOf(
        { as: callerFor(["auditor"], mixed.id), options: {}, care: [] },
        FROM,
        TO,
      );
      expect(stats.total).toEqual(zeros);
      expect(stats.byYear).toEqual(years.map((year) => ({ year, figures: zeros })));
      expect(stats.overdueMeasuresByTier.map((t) => t.measures)).toEqual([0, 0, 0]);
    });
  });

  describe("the range", () => {
    it.each([
      ["to equal to from", FROM, FROM],
      ["to before from", TO, FROM],
      ["more than 10 years", "2016-01-01T00:00:00.000Z", "2026-01-01T00:00:00.001Z"],
    ])("refuses %s with BAD_USER_INPUT on to", async (_what, from, to) => {
      const res = await statistics(admin, from, to);
      expect(errorsOf(res)).toEqual([[["assistanceCaseStatistics"], "BAD_USER_INPUT"]]);
      expect(res.errors?.[0]?.extensions).toMatchObject({ field: "to" });
    });

    it("accepts exactly 10 years: 11 campus years when the range starts after New Year on campus", async () => {
      const stats = await statisticsOf(
        admin,
        "2016-01-01T00:00:00.000Z",
        "2026-01-01T00:00:00.000Z",
      );
      expect(stats.byYear.map((y) => y.year)).toEqual(
        Array.from({ length: 11 }, (_, i) => 2016 + i),
      );
    });
  });

  describe("statements", () => {
    it("answers in one statement for 50 and for 500 cases, whoever asks", async () => {
      const servingOnAll: Viewer = {
        as: callerFor(["task_force_member"], bulkWorker.id),
        options: await careOptions(harness, bulkWorker.id),
        care: [],
      };
      const cases = (n: number): Viewer[] => [
        admin,
        {
          as: asCounselor,
          options: covering(
            "counselor",
            bulk.slice(0, n).map((s) => s.id),
          ),
          care: [],
        },
        servingOnAll,
      ];
      for (const n of [50, 500]) {
        // 2015 holds the first 50; 2015 and 2016 all 500.
        const to = n === 50 ? yearStart(2016) : yearStart(2017);
        for (const v of cases(n)) {
          const { statements, result } = await statementsOf(harness, "evaluation", () =>
            statistics(v, yearStart(2015), to),
          );
          expect(result.errors).toBeUndefined();
          expect(expectData(result).assistanceCaseStatistics.total).toMatchObject({
            students: n,
            opened: n,
          });
          expect(statements).toBe(1);
        }
      }
    });
  });
});
