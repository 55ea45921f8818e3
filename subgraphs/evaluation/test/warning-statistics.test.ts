import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed, type WarningSeed } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type {
  WarningCategory,
  WarningFilter,
  WarningLevel,
  WarningStatisticsAllQuery,
} from "./generated/graphql";
import { seedWarnings } from "../src/warning/warning.seed";
import { covering, errorsOf, evaluationEm, evaluationKnex, type Caller } from "./support";

const STATISTICS = graphql(`
  query WarningStatisticsAll($from: DateTimeISO!, $to: DateTimeISO!) {
    warningStatistics(from: $from, to: $to) {
      from
      to
      total {
        ...WarningFigureFields
      }
      byMonth {
        month
        figures {
          ...WarningFigureFields
        }
      }
      byCategory {
        category
        figures {
          ...WarningFigureFields
        }
      }
      byLevel {
        level
        figures {
          ...WarningFigureFields
        }
        medianHoursToClose
        meanHoursToClose
      }
    }
  }
  fragment WarningFigureFields on WarningFigures {
    students
    raised
    handled
    closed
    overdue
    suppressed
  }
`);

/** The four lists one cell's figures must agree with, and the students of the first. */
const CELL_LISTS = graphql(`
  query WarningStatisticsCellLists(
    $raised: WarningFilter!
    $handled: WarningFilter!
    $closed: WarningFilter!
    $overdue: WarningFilter!
  ) {
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

type Statistics = WarningStatisticsAllQuery["warningStatistics"];
type Figures = Statistics["total"];

/** Federation's `_entities` is in no schema file codegen reads: plain text, the shape written below. */
const UNIT_STATISTICS = `
  query UnitWarningStatistics($representations: [_Any!]!, $from: DateTimeISO!, $to: DateTimeISO!) {
    _entities(representations: $representations) {
      ... on OrgUnit { id warningStatistics(from: $from, to: $to) { ...Statistics } }
      ... on Building { id warningStatistics(from: $from, to: $to) { ...Statistics } }
      ... on Grid { id warningStatistics(from: $from, to: $to) { ...Statistics } }
    }
  }
  fragment Figures on WarningFigures { students raised handled closed overdue suppressed }
  fragment Statistics on WarningStatistics {
    from to
    total { ...Figures }
    byMonth { month figures { ...Figures } }
    byCategory { category figures { ...Figures } }
    byLevel { level figures { ...Figures } medianHoursToClose meanHoursToClose }
  }
`;
const UNIT_LISTS = `
  query UnitWarningLists(
    $representations: [_Any!]!
    $raised: WarningFilter!
    $handled: WarningFilter!
    $closed: WarningFilter!
    $overdue: WarningFilter!
  ) {
    _entities(representations: $representations) {
      ... on OrgUnit {
        raised: warnings(first: 100, filter: $raised) { totalCount edges { node { person { id } } } }
        handled: warnings(first: 1, filter: $handled) { totalCount }
        closed: warnings(first: 1, filter: $closed) { totalCount }
        overdue: warnings(first: 1, filter: $overdue) { totalCount }
      }
    }
  }
`;
const UNIT_PAGE = `
  query UnitWarningPage($representations: [_Any!]!, $first: Int!, $after: String, $orderBy: WarningOrder!) {
    _entities(representations: $representations) {
      ... on OrgUnit { warnings(first: $first, after: $after, orderBy: $orderBy) { ...Page } }
      ... on Building { warnings(first: $first, after: $after, orderBy: $orderBy) { ...Page } }
      ... on Grid { warnings(first: $first, after: $after, orderBy: $orderBy) { ...Page } }
    }
  }
  fragment Page on WarningConnection {
    totalCount
    edges { node { id person { id } } }
    pageInfo { hasNextPage endCursor }
  }
`;
interface ListAnswer {
  raised: { totalCount: number; edges: { node: { person: { id: string } | null } }[] };
  handled: { totalCount: number };
  closed: { totalCount: number };
  overdue: { totalCount: number };
}
interface UnitPage {
  totalCount: number;
  edges: { node: { id: string; person: { id: string } | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type UnitStatisticsResult = { _entities: { id: string; warningStatistics: Statistics | null }[] };

const HOUR = 3_600_000;
/** The start of a month on campus (UTC+8, no daylight saving), as an instant. */
const campusMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month - 1, 1) - 8 * HOUR);
/** January to April 2026 on campus: [2025-12-31T16:00Z, 2026-04-30T16:00Z). */
const RANGE = { from: campusMonth(2026, 1).toISOString(), to: campusMonth(2026, 5).toISOString() };
const LEVELS = ["YELLOW", "ORANGE", "RED"] as const;
const CATEGORIES = ["ACADEMIC", "BEHAVIOUR", "MENTAL_HEALTH", "FINANCIAL", "SAFETY"] as const;
const NOT_OPEN = ["ASSIGNED", "ASSESSED", "INTERVENING", "TRACKING", "CLOSED"] as const;

/** A cell of the statistics and the filter that lists its warnings. */
interface Cell {
  name: string;
  figures: Figures;
  filter: WarningFilter;
}

/** Every cell of an answer with the filter of its list: total, each month, category and level. */
function cellsOf(stats: Statistics): Cell[] {
  const range = { raisedFrom: stats.from, raisedBefore: stats.to };
  const cells: Cell[] = [{ name: "total", figures: stats.total, filter: range }];
  for (const { month, figures } of stats.byMonth) {
    const [year, m] = month.split("-").map(Number) as [number, number];
    const start = campusMonth(year, m).getTime();
    const end = campusMonth(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1).getTime();
    cells.push({
      name: `month ${month}`,
      figures,
      filter: {
        raisedFrom: new Date(Math.max(start, Date.parse(stats.from))).toISOString(),
        raisedBefore: new Date(Math.min(end, Date.parse(stats.to))).toISOString(),
      },
    });
  }
  for (const { category, figures } of stats.byCategory)
    cells.push({ name: `category ${category}`, figures, filter: { ...range, category } });
  for (const { level, figures } of stats.byLevel)
    cells.push({ name: `level ${level}`, figures, filter: { ...range, level } });
  return cells;
}

/** The four filters of a cell's figures. */
const listFilters = (filter: WarningFilter) => ({
  raised: filter,
  handled: { ...filter, statuses: [...NOT_OPEN] },
  closed: { ...filter, status: "CLOSED" as const },
  overdue: { ...filter, overdue: true },
});

/** What a cell's lists say its figures are. */
function figuresOfLists(lists: ListAnswer): Omit<Figures, "suppressed"> {
  return {
    students: new Set(lists.raised.edges.map((e) => e.node.person?.id)).size,
    raised: lists.raised.totalCount,
    handled: lists.handled.totalCount,
    closed: lists.closed.totalCount,
    overdue: lists.overdue.totalCount,
  };
}

const nulls = { students: null, raised: null, handled: null, closed: null, overdue: null };

describe("evaluation: warning statistics over the caller's list rows", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("warning-statistics");
  const student = (name: string) => b.student({ name });
  // A1–A6 live where the grid leader works; the counselor covers A1–A3 and P1; P1 is referred to
  // the psychology teacher; B1 is nobody's but the administrator's.
  const [A1, A2, A3, A4, A5, A6, B1, P1] = [
    "王子涵",
    "李浩然",
    "张欣怡",
    "刘洋",
    "陈思远",
    "杨雨桐",
    "赵一鸣",
    "周若曦",
  ].map(student) as [
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
    PersonSeed,
  ];
  const counselor = b.staff({ name: "陈晓燕" });
  const gridLeader = b.staff({ name: "赵敏" });
  const psychologist = b.staff({ name: "孙心怡" });
  const w = (person: PersonSeed, row: Partial<WarningSeed>) => b.warning(person, row);
  const W = {
    w1: w(A1, {
      category: "ACADEMIC",
      level: "YELLOW",
      status: "OPEN",
      raisedAt: "2026-01-10T02:00:00.000Z",
    }),
    w2: w(A1, {
      category: "BEHAVIOUR",
      level: "ORANGE",
      status: "CLOSED",
      raisedAt: "2026-01-15T02:00:00.000Z",
    }),
    // 2026-03-01 01:00 on campus: March, though February in UTC.
    w3: w(A2, {
      category: "BEHAVIOUR",
      level: "YELLOW",
      status: "ASSIGNED",
      raisedAt: "2026-02-28T17:00:00.000Z",
    }),
    w4: w(A2, {
      category: "MENTAL_HEALTH",
      level: "RED",
      status: "ASSESSED",
      raisedAt: "2026-03-05T02:00:00.000Z",
    }),
    w5: w(A3, {
      category: "BEHAVIOUR",
      level: "RED",
      status: "CLOSED",
      raisedAt: "2026-03-10T02:00:00.000Z",
    }),
    w6: w(A4, {
      category: "BEHAVIOUR",
      level: "YELLOW",
      status: "TRACKING",
      raisedAt: "2026-03-20T02:00:00.000Z",
    }),
    w7: w(A5, {
      category: "BEHAVIOUR",
      level: "ORANGE",
      status: "OPEN",
      raisedAt: "2026-04-02T02:00:00.000Z",
    }),
    w8: w(A6, {
      category: "SAFETY",
      level: "RED",
      status: "CLOSED",
      raisedAt: "2026-04-10T02:00:00.000Z",
    }),
    w9: w(A6, {
      category: "ACADEMIC",
      level: "RED",
      status: "CLOSED",
      raisedAt: "2026-02-01T02:00:00.000Z",
    }),
    w10: w(B1, {
      category: "ACADEMIC",
      level: "ORANGE",
      status: "CLOSED",
      raisedAt: "2026-02-10T02:00:00.000Z",
    }),
    w11: w(P1, {
      category: "MENTAL_HEALTH",
      level: "YELLOW",
      status: "OPEN",
      raisedAt: "2026-01-20T02:00:00.000Z",
    }),
    w12: w(P1, {
      category: "ACADEMIC",
      level: "YELLOW",
      status: "INTERVENING",
      raisedAt: "2026-04-20T02:00:00.000Z",
    }),
    // A minute before the range on campus (2025-12-31 23:59), and at its end: neither counts.
    w13: w(A1, {
      category: "ACADEMIC",
      level: "YELLOW",
      status: "OPEN",
      raisedAt: "2025-12-31T15:59:00.000Z",
    }),
    w14: w(A2, { category: "ACADEMIC", level: "YELLOW", status: "OPEN", raisedAt: RANGE.to }),
    // At the range's first instant: counts, in January.
    w15: w(A3, { category: "ACADEMIC", level: "ORANGE", status: "OPEN", raisedAt: RANGE.from }),
    w16: w(A5, {
      category: "ACADEMIC",
      level: "YELLOW",
      status: "ASSIGNED",
      raisedAt: "2026-03-25T02:00:00.000Z",
    }),
    w17: w(A6, {
      category: "BEHAVIOUR",
      level: "ORANGE",
      status: "ASSIGNED",
      raisedAt: "2026-03-28T02:00:00.000Z",
    }),
  };
  const dataset = b.build();

  const as = {
    admin: [callers.admin(), {}] as [Caller, ExecuteOptions],
    counselor: [
      callers.counselor(counselor.id),
      covering("counselor", [A1.id, A2.id, A3.id, P1.id]),
    ] as [Caller, ExecuteOptions],
    gridLeader: [
      callerFor(["grid_leader"], gridLeader.id),
      covering("grid_leader", [A1.id, A2.id, A3.id, A4.id, A5.id, A6.id]),
    ] as [Caller, ExecuteOptions],
    psychologist: [
      callerFor(["psychology_teacher"], psychologist.id),
      covering("psychology_teacher", [P1.id]),
    ] as [Caller, ExecuteOptions],
    student: [callers.student(A1.id), {}] as [Caller, ExecuteOptions],
    // Counselor of A1–A3 (CARE) and grid leader of A1–A6 (no CARE): suppressed only where A4–A6 are.
    both: [
      callerFor(["counselor", "grid_leader"], counselor.id),
      {
        scope: {
          students: {
            counselor: [A1.id, A2.id, A3.id],
            grid_leader: [A1.id, A2.id, A3.id, A4.id, A5.id, A6.id],
          },
        },
      },
    ] as [Caller, ExecuteOptions],
  };

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
    const knex = evaluationKnex(harness);
    const warnings = () => knex.withSchema("evaluation").table("warning");
    // Known times to close: RED 10, 20 and 60 hours; ORANGE 5 hours, and 7 by its history alone
    // (a row from before closedAt was kept).
    for (const [warning, hours] of [
      [W.w5, 10],
      [W.w8, 20],
      [W.w9, 60],
      [W.w2, 5],
    ] as const)
      await warnings()
        .where({ id: warning.id })
        .update({ closed_at: new Date(Date.parse(warning.raisedAt) + hours * HOUR) });
    await knex
      .withSchema("evaluation")
      .table("warning_transition")
      .insert({
        id: randomUUID(),
        warning_id: W.w10.id,
        warning_version: 1,
        from_status: "TRACKING",
        to_status: "CLOSED",
        by_person_id: counselor.id,
        at: new Date(Date.parse(W.w10.raisedAt) + 7 * HOUR),
      });
    // Two warnings whose stage was given more time: not overdue now.
    await warnings()
      .whereIn("id", [W.w6.id, W.w12.id])
      .update({ due_at: new Date(Date.now() + 30 * 24 * HOUR) });
  });
  afterAll(() => harness?.stop());

  const statistics = async (
    [caller, options]: [Caller, ExecuteOptions],
    range: { from: string; to: string } = RANGE,
  ) => {
    const res = await subgraphQuery(harness, "evaluation", STATISTICS, range, caller, options);
    return expectData(res).warningStatistics;
  };

  /** Every cell that is not suppressed agrees with its lists; suppressed ones show no figure. */
  async function expectListsAgree(
    stats: Statistics,
    lists: (filters: ReturnType<typeof listFilters>) => Promise<ListAnswer>,
  ): Promise<number> {
    let compared = 0;
    for (const cell of cellsOf(stats)) {
      if (cell.figures.suppressed) {
        expect(cell.figures, cell.name).toEqual({ ...nulls, suppressed: true });
        continue;
      }
      const { suppressed: _, ...figures } = cell.figures;
      expect(figures, cell.name).toEqual(figuresOfLists(await lists(listFilters(cell.filter))));
      compared++;
    }
    return compared;
  }

  const rootLists =
    ([caller, options]: [Caller, ExecuteOptions]) =>
    async (filters: ReturnType<typeof listFilters>) =>
      expectData(await subgraphQuery(harness, "evaluation", CELL_LISTS, filters, caller, options));

  it("agrees with the warning lists in every cell, for every kind of caller", async () => {
    const compared: Record<string, number> = {};
    for (const [who, caller] of Object.entries(as))
      compared[who] = await expectListsAgree(await statistics(caller), rootLists(caller));
    // Total, 4 months, the categories the caller may count, 3 levels; fewer where suppressed.
    expect(compared).toEqual({
      admin: 1 + 4 + 4 + 3,
      counselor: 1 + 4 + 5 + 3,
      gridLeader: 1 + 1 + 2, // total, March, BEHAVIOUR and FINANCIAL (none)
      psychologist: 0 + 2 + 3 + 2, // February and March, BEHAVIOUR, FINANCIAL, SAFETY, ORANGE, RED: none
      student: 1 + 4 + 4 + 3,
      both: 1 + 2 + 3 + 0, // total, January (A1, A3), March; BEHAVIOUR, MENTAL_HEALTH (A2, in care), FINANCIAL
    });
  });

  it("gives an administrator every warning but mental-health ones, with these figures", async () => {
    const stats = await statistics(as.admin);
    expect(stats.from).toBe(RANGE.from);
    expect(stats.to).toBe(RANGE.to);
    const shown = (
      students: number,
      raised: number,
      handled: number,
      closed: number,
      overdue: number,
    ) => ({
      students,
      raised,
      handled,
      closed,
      overdue,
      suppressed: false,
    });
    // w1–w3, w5–w10, w12, w15–w17: not w4 and w11 (MENTAL_HEALTH), w13 and w14 (outside the range).
    expect(stats.total).toEqual(shown(8, 13, 10, 5, 6));
    expect(stats.byMonth).toEqual([
      { month: "2026-01", figures: shown(2, 3, 1, 1, 2) }, // w1, w2, w15
      { month: "2026-02", figures: shown(2, 2, 2, 2, 0) }, // w9, w10
      { month: "2026-03", figures: shown(5, 5, 5, 1, 3) }, // w3, w5, w6, w16, w17
      { month: "2026-04", figures: shown(3, 3, 2, 1, 1) }, // w7, w8, w12
    ]);
    expect(stats.byCategory.map((c) => c.category)).toEqual([
      "ACADEMIC",
      "BEHAVIOUR",
      "FINANCIAL",
      "SAFETY",
    ]);
    expect(stats.byCategory.find((c) => c.category === "FINANCIAL")?.figures).toEqual(
      shown(0, 0, 0, 0, 0),
    );
    expect(stats.byLevel.map((l) => l.level)).toEqual(LEVELS);
  });

  it("counts a warning in the campus month it was raised in, at a month boundary", async () => {
    // 2026-02-15 to 2026-03-01 00:00 UTC, i.e. 08:00 on campus: w3, raised 2026-02-28T17:00Z, is in March.
    const stats = await statistics(as.admin, {
      from: "2026-02-15T00:00:00.000Z",
      to: "2026-03-01T00:00:00.000Z",
    });
    expect(stats.byMonth.map((m) => [m.month, m.figures.raised])).toEqual([
      ["2026-02", 0],
      ["2026-03", 1],
    ]);
    expect(stats.total.raised).toBe(1);
    expect(await expectListsAgree(stats, rootLists(as.admin))).toBe(1 + 2 + 4 + 3);
    // A range ending exactly at a month's start on campus has no row for that month.
    const january = await statistics(as.admin, {
      from: RANGE.from,
      to: campusMonth(2026, 2).toISOString(),
    });
    expect(january.byMonth.map((m) => m.month)).toEqual(["2026-01"]);
  });

  it("computes the hours to close each level over the closed warnings of known closing time", async () => {
    const byLevel = (stats: Statistics) =>
      stats.byLevel.map((l) => [
        l.level,
        l.figures.closed,
        l.medianHoursToClose,
        l.meanHoursToClose,
      ]);
    expect(byLevel(await statistics(as.admin))).toEqual([
      ["YELLOW", 0, null, null],
      ["ORANGE", 2, 6, 6], // 5 hours, and 7 from its history
      ["RED", 3, 20, 30], // 10, 20 and 60 hours
    ]);
    expect(byLevel(await statistics(as.counselor))).toEqual([
      ["YELLOW", 0, null, null],
      ["ORANGE", 1, 5, 5],
      ["RED", 1, 10, 10],
    ]);
    // Suppressed levels (a grid leader's: 4, 4 and 2 students) say nothing of time either.
    expect(byLevel(await statistics(as.gridLeader))).toEqual([
      ["YELLOW", null, null, null],
      ["ORANGE", null, null, null],
      ["RED", null, null, null],
    ]);
  });

  it("suppresses cells of 1–4 students for a grid leader, and shows those of 5 or more", async () => {
    const stats = await statistics(as.gridLeader);
    const state = (figures: Figures) => (figures.suppressed ? "suppressed" : figures.students);
    expect(state(stats.total)).toBe(6);
    expect(stats.total.raised).toBe(11);
    expect(stats.byMonth.map((m) => [m.month, state(m.figures)])).toEqual([
      ["2026-01", "suppressed"], // A1, A3
      ["2026-02", "suppressed"], // A6
      ["2026-03", 5], // A2–A6
      ["2026-04", "suppressed"], // A5, A6
    ]);
    expect(stats.byCategory.map((c) => [c.category, state(c.figures)])).toEqual([
      ["ACADEMIC", "suppressed"], // A1, A3, A5, A6
      ["BEHAVIOUR", 6],
      ["FINANCIAL", 0],
      ["SAFETY", "suppressed"], // A6 alone
    ]);
    // With CARE for A1–A3 as counselor too, a cell of only those students is shown; one with A6 is not.
    const both = await statistics(as.both);
    expect(both.byMonth.map((m) => [m.month, state(m.figures)])).toEqual([
      ["2026-01", 2],
      ["2026-02", "suppressed"],
      ["2026-03", 5],
      ["2026-04", "suppressed"],
    ]);
  });

  it("counts mental-health warnings only for the students the caller holds MENTAL_HEALTH for", async () => {
    const category = (stats: Statistics) =>
      stats.byCategory.find((c) => c.category === "MENTAL_HEALTH")?.figures ?? "not counted";
    // The counselor holds it for A2 and P1: w4 and w11.
    const counselor = await statistics(as.counselor);
    expect(category(counselor)).toEqual({
      students: 2,
      raised: 2,
      handled: 1,
      closed: 0,
      overdue: 2,
      suppressed: false,
    });
    expect(counselor.byCategory.map((c) => c.category)).toEqual(CATEGORIES);
    // The psychology teacher holds it for P1 (w11) but not CARE: the category is there, suppressed.
    const psychologist = await statistics(as.psychologist);
    expect(category(psychologist)).toEqual({ ...nulls, suppressed: true });
    expect(psychologist.total).toEqual({ ...nulls, suppressed: true });
    for (const who of [as.admin, as.gridLeader, as.student])
      expect(category(await statistics(who))).toBe("not counted");
  });

  it("gives a student their own warnings only, which they hold CARE for, so nothing is suppressed", async () => {
    const stats = await statistics(as.student);
    expect(stats.total).toEqual({
      students: 1,
      raised: 2, // w1, w2 (w13 is before the range)
      handled: 1,
      closed: 1,
      overdue: 1,
      suppressed: false,
    });
    expect(cellsOf(stats).some((cell) => cell.figures.suppressed)).toBe(false);
  });

  it("refuses a range that is empty, backwards or longer than ten years, naming the argument", async () => {
    for (const range of [
      { from: RANGE.from, to: RANGE.from },
      { from: RANGE.to, to: RANGE.from },
      { from: "2016-01-01T00:00:00.000Z", to: "2026-01-01T00:00:00.001Z" },
    ]) {
      const res = await subgraphQuery(harness, "evaluation", STATISTICS, range, callers.admin());
      expect(res.data, JSON.stringify(range)).toBeNull();
      expect(
        res.errors?.map((e) => e.extensions),
        JSON.stringify(range),
      ).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field: "to" })]);
      expect(res.errors?.[0]?.message).not.toMatch(/select|from "|evaluation\./i);
    }
    // Exactly ten years is allowed, and has its 120 months.
    const decade = await statistics(as.admin, {
      from: "2016-01-01T00:00:00.000Z",
      to: "2026-01-01T00:00:00.000Z",
    });
    expect(decade.byMonth).toHaveLength(121); // campus time: 2016-01 (from 08:00) to 2026-01 (until 08:00)
  });

  describe("of units: the students another subgraph lends", () => {
    const college = {
      __typename: "OrgUnit",
      id: randomUUID(),
      studentIds: [A1.id, A2.id, A3.id, A4.id, B1.id, P1.id],
    };
    const otherCollege = { __typename: "OrgUnit", id: randomUUID(), studentIds: [B1.id] };
    const branch = { __typename: "OrgUnit", id: randomUUID(), studentIds: [] };
    const building = {
      __typename: "Building",
      id: randomUUID(),
      residentIds: [A1.id, A2.id, A3.id, A4.id, A5.id, A6.id],
    };
    const grid = { __typename: "Grid", id: randomUUID(), residentIds: [A5.id, A6.id] };

    const unitStatistics = (
      representations: object[],
      [caller, options]: [Caller, ExecuteOptions],
    ) =>
      harness.execute<UnitStatisticsResult>(
        "evaluation",
        UNIT_STATISTICS,
        { representations, ...RANGE },
        caller,
        options,
      );
    const unitLists =
      (unit: object, [caller, options]: [Caller, ExecuteOptions]) =>
      async (filters: ReturnType<typeof listFilters>) => {
        const res: GraphQLResponse<{ _entities: ListAnswer[] }> = await harness.execute(
          "evaluation",
          UNIT_LISTS,
          { representations: [unit], ...filters },
          caller,
          options,
        );
        const lists = expectData(res)._entities[0];
        if (!lists) throw new Error("no entity answered");
        return lists;
      };

    it("agrees with the unit's warning lists in every cell, and counts only the unit's students", async () => {
      for (const [who, caller] of [
        ["admin", as.admin],
        ["counselor", as.counselor],
        ["grid leader", as.gridLeader],
      ] as const) {
        const stats = expectData(await unitStatistics([college], caller))._entities[0]
          ?.warningStatistics;
        if (!stats) throw new Error(`no statistics for ${who}`);
        expect(await expectListsAgree(stats, unitLists(college, caller)), who).toBeGreaterThan(0);
      }
      // The administrator: w1–w3, w5, w6, w10, w12 and w15 of A1–A4, B1 and P1.
      const admin = expectData(await unitStatistics([college], as.admin))._entities[0];
      expect(admin?.warningStatistics?.total).toMatchObject({ students: 6, raised: 8 });
    });

    it("answers many units of every kind in one statement, each with its own students", async () => {
      const { statements, result } = await statementsOf(harness, "evaluation", () =>
        unitStatistics([college, otherCollege, branch, building, grid], as.admin),
      );
      expect(statements).toBe(1);
      expect(
        expectData(result)._entities.map((u) => [
          u.warningStatistics?.total.raised,
          u.warningStatistics?.byMonth.length,
        ]),
      ).toEqual([
        [8, 4],
        [1, 4], // B1: w10
        [0, 4], // no students: zeros, every month
        [11, 4], // A1–A6
        [5, 4], // A5, A6: w7, w8, w9, w16, w17
      ]);
    });

    it("refuses a unit whose students the caller sees none of, and shows an empty one as zeros to anyone", async () => {
      const res = await unitStatistics([otherCollege, branch], as.counselor);
      expect(res.data?._entities[0]?.warningStatistics).toBeNull();
      expect(res.data?._entities[1]?.warningStatistics?.total).toEqual({
        students: 0,
        raised: 0,
        handled: 0,
        closed: 0,
        overdue: 0,
        suppressed: false,
      });
      expect(errorsOf(res)).toEqual([[["_entities", 0, "warningStatistics"], "FORBIDDEN"]]);
      // A student sees their own college's statistics as their own warnings'.
      const own = expectData(await unitStatistics([college], as.student))._entities[0];
      expect(own?.warningStatistics?.total).toMatchObject({ students: 1, raised: 2 });
    });

    it("pages a unit's list like the root list, and pages many units in a constant number of statements", async () => {
      const page = (
        representations: object[],
        variables: Record<string, unknown>,
        [caller, options]: [Caller, ExecuteOptions],
      ) =>
        harness.execute<{ _entities: { warnings: UnitPage | null }[] }>(
          "evaluation",
          UNIT_PAGE,
          { representations, orderBy: "RAISED_AT", after: null, ...variables },
          caller,
          options,
        );
      // The counselor sees A1–A3 and P1 of the college: all their warnings, MENTAL_HEALTH included.
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res = await page([college], { first: 3, after }, as.counselor);
        const warnings = expectData(res)._entities[0]?.warnings;
        if (!warnings) throw new Error("no page");
        expect(warnings.totalCount).toBe(10);
        seen.push(...warnings.edges.map((e) => e.node.id));
        after = warnings.pageInfo.hasNextPage ? warnings.pageInfo.endCursor : null;
      } while (after);
      const expected = Object.values(W)
        .filter((x) => [A1.id, A2.id, A3.id, P1.id].includes(x.personId))
        .sort((x, y) => x.raisedAt.localeCompare(y.raisedAt) || x.id.localeCompare(y.id))
        .map((x) => x.id);
      expect(seen).toEqual(expected);
      const { statements, result } = await statementsOf(harness, "evaluation", () =>
        page([college, building, grid, branch], { first: 2 }, as.admin),
      );
      // One statement pages every unit, one counts them.
      expect(statements).toBe(2);
      expect(
        expectData(result)._entities.map((u) => [u.warnings?.totalCount, u.warnings?.edges.length]),
      ).toEqual([
        [10, 2], // w1, w2, w13, w3, w14, w5, w15, w6, w10, w12: not MENTAL_HEALTH for an administrator
        [13, 2],
        [5, 2],
        [0, 0],
      ]);
      // The counselor covers nobody in the grid (A5, A6): refused there, the building answered.
      const refused = await page([grid, building], { first: 5, orderBy: "DUE_AT" }, as.counselor);
      expect(refused.data?._entities[0]?.warnings).toBeNull();
      // Not CLOSED, of A1–A3: w1, w13, w3, w4, w14, w15, soonest due first.
      const queue = refused.data?._entities[1]?.warnings;
      expect(queue?.totalCount).toBe(6);
      expect(queue?.edges.map((e) => e.node.id)).toHaveLength(5);
      expect(queue?.pageInfo.hasNextPage).toBe(true);
      expect(errorsOf(refused)).toEqual([[["_entities", 0, "warnings"], "FORBIDDEN"]]);
    });
  });
});

describe("evaluation: warning statistics cost the same statements at 500 and 5,000 warnings", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("warning-statistics-scale");
  const students = Array.from({ length: 50 }, (_, i) => b.student({ name: `学生${i + 1}` }));
  const categories: WarningCategory[] = [
    "ACADEMIC",
    "BEHAVIOUR",
    "FINANCIAL",
    "SAFETY",
    "MENTAL_HEALTH",
  ];
  const levels: WarningLevel[] = [...LEVELS];
  const raise = (builder: DatasetBuilder, count: number, offset: number) => {
    for (let i = offset; i < offset + count; i++)
      builder.warning(students[i % students.length], {
        category: categories[i % categories.length],
        level: levels[i % levels.length],
        status: i % 4 ? "OPEN" : "CLOSED",
        raisedAt: new Date(Date.parse(RANGE.from) + (i % 2800) * HOUR).toISOString(),
      });
  };
  raise(b, 500, 0);
  const dataset = b.build();
  const units = [0, 1, 2].map((u) => ({
    __typename: "OrgUnit",
    id: randomUUID(),
    studentIds: students.filter((_, i) => i % 3 === u).map((s) => s.id),
  }));

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const counselorScope = covering(
    "counselor",
    students.slice(0, 30).map((s) => s.id),
  );
  const measure = async () => {
    const root = await statementsOf(harness, "evaluation", () =>
      subgraphQuery(
        harness,
        "evaluation",
        STATISTICS,
        RANGE,
        callers.counselor(randomUUID()),
        counselorScope,
      ),
    );
    const unitStats = await statementsOf(harness, "evaluation", () =>
      harness.execute<UnitStatisticsResult>(
        "evaluation",
        UNIT_STATISTICS,
        { representations: units, ...RANGE },
        callers.admin(),
      ),
    );
    const unitPages = await statementsOf(harness, "evaluation", () =>
      harness.execute<{ _entities: { warnings: UnitPage | null }[] }>(
        "evaluation",
        UNIT_PAGE,
        { representations: units, first: 20, orderBy: "DUE_AT" },
        callers.admin(),
      ),
    );
    return {
      statements: [root.statements, unitStats.statements, unitPages.statements],
      raised: expectData(root.result).warningStatistics.total.raised,
      unitRaised: expectData(unitStats.result)._entities.map(
        (u) => u.warningStatistics?.total.raised,
      ),
      pages: expectData(unitPages.result)._entities.map((u) => u.warnings?.edges.length),
    };
  };

  it("issues one statement per statistics request and two per page of unit lists, however many warnings", async () => {
    const small = await measure();
    expect(small.raised).toBeGreaterThan(0);
    // 4,500 more, through the same seeding of warnings as the first 500.
    const more = new DatasetBuilder("warning-statistics-scale-more");
    raise(more, 4_500, 500);
    const em = evaluationEm(harness);
    await seedWarnings(em, more.build());
    await em.flush();
    const large = await measure();
    expect(small.statements).toEqual([1, 1, 2]);
    expect(large.statements).toEqual(small.statements);
    expect(large.raised).toBeGreaterThan(small.raised ?? 0);
    expect(large.unitRaised.reduce((x, y) => (x ?? 0) + (y ?? 0), 0)).toBe(
      5_000 - 1_000, // every student is in one unit; MENTAL_HEALTH (every fifth) is not counted for an administrator
    );
    expect(large.pages).toEqual([20, 20, 20]);
  });
});
