import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { table } from "@campus/subgraph/data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { Warning } from "../src/warning/warning.entity";
import { graphql } from "./generated";
import type { QueueWarningsQueryVariables, WarningFilter } from "./generated/graphql";
import { evaluationEm, present } from "./support";

const ASSIGN = graphql(`
  mutation QueueAssign($input: AssignWarningInput!) {
    assignWarning(input: $input) {
      id
    }
  }
`);
const WARNINGS = graphql(`
  query QueueWarnings(
    $first: Int! = 20
    $after: String
    $filter: WarningFilter
    $orderBy: WarningOrder! = RAISED_AT
  ) {
    warnings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          dueAt
          overdue
          escalationTier
          assignee {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const SUMMARY = graphql(`
  query QueueSummary {
    warningQueueSummary {
      open
      assignedToMe
      overdue
      dueToday
    }
  }
`);

const HOUR = 3_600_000;
const now = Date.now();
/** A raisedAt `hours` ago; seeded warnings' stage clocks start when they were raised. */
const ago = (hours: number) => new Date(now - hours * HOUR).toISOString();

describe("the counselor's warning queue", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-queue");
  const a = b.student({ name: "王子涵" });
  const bStudent = b.student({ name: "李浩然" });
  const c = b.student({ name: "张欣怡" });
  const counselor = b.staff({ name: "陈晓燕" });
  const colleague = b.staff({ name: "赵敏" });
  const adviser = b.staff({ name: "王立新" });
  // Due times (stage hours after raisedAt): see warning.deadlines.ts.
  const overdueOpen = b.warning(a, { status: "OPEN", level: "YELLOW", raisedAt: ago(30) }); // due 6 h ago
  const redSoon = b.warning(a, { status: "OPEN", level: "RED", raisedAt: ago(3) }); // due in 1 h
  const assignedToMe = b.warning(bStudent, {
    status: "ASSIGNED",
    level: "YELLOW",
    raisedAt: ago(10),
  }); // due in 62 h
  const longOverdue = b.warning(bStudent, {
    status: "TRACKING",
    level: "ORANGE",
    category: "BEHAVIOUR",
    raisedAt: ago(40 * 24),
  }); // due 10 days ago
  const closed = b.warning(a, { status: "CLOSED", raisedAt: ago(50) });
  const mental = b.warning(bStudent, {
    status: "OPEN",
    level: "ORANGE",
    category: "MENTAL_HEALTH",
    raisedAt: ago(1),
  }); // due in 11 h
  const elsewhere = b.warning(c, { status: "OPEN", level: "YELLOW", raisedAt: ago(2) }); // due in 22 h
  const intervening = b.warning(a, { status: "INTERVENING", level: "RED", raisedAt: ago(24) }); // due in 6 days
  const assessed = [1, 2, 3, 4, 5, 6].map((h) =>
    b.warning(a, { status: "ASSESSED", level: "YELLOW", raisedAt: ago(h) }),
  ); // due in 72 − h hours
  const dataset = b.build();

  const counselorCaller = callers.counselor(counselor.id);
  const counselorScope: ExecuteOptions = {
    scope: { students: { counselor: [a.id, bStudent.id] } },
  };
  const adviserCaller = callerFor(["class_adviser"], adviser.id, "adviser");
  const adviserScope: ExecuteOptions = { scope: { students: { class_adviser: [a.id, c.id] } } };

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
    // Assigned through the API (stages unchanged, so due times stay as seeded).
    for (const [warning, assignee] of [
      [assignedToMe, counselor],
      [intervening, counselor],
      [longOverdue, colleague],
    ] as const) {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        ASSIGN,
        { input: { warningId: warning.id, assigneeId: assignee.id } },
        counselorCaller,
        counselorScope,
      );
      expect(res.errors).toBeUndefined();
    }
    // As if an earlier escalation run had sent it up a level.
    const em = evaluationEm(harness);
    await em
      .getConnection()
      .execute(`update ${table(em, Warning)} set escalation_tier = 'COLLEGE' where id = ?`, [
        longOverdue.id,
      ]);
  });
  afterAll(() => harness?.stop());

  const list = async (
    args: QueueWarningsQueryVariables,
    as = counselorCaller,
    options = counselorScope,
  ) => {
    const res = await subgraphQuery(harness, "evaluation", WARNINGS, args, as, options);
    expect(res.errors, JSON.stringify(args)).toBeUndefined();
    return expectData(res).warnings;
  };
  const ids = async (filter: WarningFilter, as = counselorCaller, options = counselorScope) => {
    const page = await list({ first: 100, filter }, as, options);
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((e) => e.node.id);
  };
  // The default order is by raisedAt, oldest first, then id.
  const byRaised = (...warnings: { id: string; raisedAt: string }[]) =>
    [...warnings]
      .sort((x, y) => x.raisedAt.localeCompare(y.raisedAt) || (x.id < y.id ? -1 : 1))
      .map((w) => w.id);
  const visibleToCounselor = [
    overdueOpen,
    redSoon,
    assignedToMe,
    longOverdue,
    closed,
    mental,
    intervening,
    ...assessed,
  ];

  it("filters by assignee, overdue and escalation tier", async () => {
    expect(await ids({ assignedToMe: true })).toEqual(byRaised(assignedToMe, intervening));
    expect(await ids({ assignedToMe: false })).toEqual(
      byRaised(...visibleToCounselor.filter((w) => w !== assignedToMe && w !== intervening)),
    );
    expect(await ids({ overdue: true })).toEqual(byRaised(longOverdue, overdueOpen));
    expect(await ids({ overdue: false })).toEqual(
      byRaised(...visibleToCounselor.filter((w) => w !== longOverdue && w !== overdueOpen)),
    );
    expect(await ids({ escalationTier: "COLLEGE" })).toEqual([longOverdue.id]);
    expect(await ids({ escalationTier: "UNIVERSITY" })).toEqual([]);
  });

  it("filters by several statuses, alone and with the other conditions", async () => {
    expect(await ids({ statuses: ["OPEN", "ASSIGNED"] })).toEqual(
      byRaised(overdueOpen, redSoon, assignedToMe, mental),
    );
    expect(await ids({ statuses: ["OPEN", "ASSIGNED"], level: "RED" })).toEqual([redSoon.id]);
    expect(await ids({ statuses: ["TRACKING", "CLOSED"], overdue: true })).toEqual([
      longOverdue.id,
    ]);
    expect(await ids({ statuses: ["OPEN"], category: "MENTAL_HEALTH" })).toEqual([mental.id]);
    expect(await ids({ statuses: ["OPEN"], status: "ASSIGNED" })).toEqual([]);
    expect(await ids({ statuses: [] })).toEqual([]);
  });

  it("says which warnings are overdue and who has them", async () => {
    const page = await list({ first: 100 });
    const node = (id: string) => page.edges.find((e) => e.node.id === id)?.node;
    expect(node(overdueOpen.id)).toMatchObject({
      overdue: true,
      assignee: null,
      escalationTier: "COUNSELOR",
    });
    expect(node(redSoon.id)).toMatchObject({
      overdue: false,
      dueAt: new Date(Date.parse(redSoon.raisedAt) + 4 * HOUR).toISOString(),
    });
    expect(node(longOverdue.id)).toMatchObject({
      overdue: true,
      assignee: { id: colleague.id },
      escalationTier: "COLLEGE",
    });
    expect(node(closed.id)).toMatchObject({ overdue: false, dueAt: null });
  });

  it("orders the queue by due time, soonest first, leaving CLOSED warnings out, a page at a time", async () => {
    const expected = [
      longOverdue,
      overdueOpen,
      redSoon,
      mental,
      assignedToMe,
      ...[...assessed].reverse(),
      intervening,
    ].map((w) => w.id);
    const seen: string[] = [];
    const dueTimes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res = await list({ first: 3, orderBy: "DUE_AT", ...(after ? { after } : {}) });
      expect(res.totalCount).toBe(expected.length);
      seen.push(...res.edges.map((e) => e.node.id));
      dueTimes.push(...res.edges.map((e) => present(e.node.dueAt, "a due time")));
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(dueTimes).toEqual([...dueTimes].sort());
    // With a filter: my own, soonest due first.
    expect(
      (await list({ first: 100, orderBy: "DUE_AT", filter: { assignedToMe: true } })).edges.map(
        (e) => e.node.id,
      ),
    ).toEqual([assignedToMe.id, intervening.id]);
  });

  it("keeps to the caller's scope: no MENTAL_HEALTH warnings without MENTAL_HEALTH, no other students' warnings", async () => {
    const page = await list({ first: 100, orderBy: "DUE_AT" }, adviserCaller, adviserScope);
    expect(page.edges.map((e) => e.node.id)).toEqual(
      [overdueOpen, redSoon, elsewhere, ...[...assessed].reverse(), intervening].map((w) => w.id),
    );
    expect(await ids({ overdue: true }, adviserCaller, adviserScope)).toEqual([overdueOpen.id]);
    expect(await ids({ assignedToMe: true }, adviserCaller, adviserScope)).toEqual([]);
    const nobody = callerFor([], null, "nobody");
    expect(await ids({ assignedToMe: true }, nobody, {})).toEqual([]);
    expect(await ids({ assignedToMe: false }, nobody, {})).toEqual([]);
  });

  describe("warningQueueSummary", () => {
    const endOfCampusDay = Date.parse(`${today(new Date(now))}T00:00:00+08:00`) + 24 * HOUR;
    /** Of these (warning, hours its stage lasts), how many are due later today on campus. */
    const dueLaterToday = (...due: [warning: { raisedAt: string }, hours: number][]) =>
      due.filter(([w, hours]) => {
        const at = Date.parse(w.raisedAt) + hours * HOUR;
        return at > Date.now() && at < endOfCampusDay;
      }).length;

    it("counts the caller's open, own, overdue and due-today warnings in one statement", async () => {
      const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
        subgraphQuery(harness, "evaluation", SUMMARY, {}, counselorCaller, counselorScope),
      );
      expect(statements).toBe(1);
      expect(res.errors).toBeUndefined();
      expect(expectData(res).warningQueueSummary).toEqual({
        open: 12,
        assignedToMe: 2,
        overdue: 2,
        dueToday: dueLaterToday([redSoon, 4], [mental, 12]),
      });
    });

    it("counts only what the caller may see", async () => {
      const adviserRes = await subgraphQuery(
        harness,
        "evaluation",
        SUMMARY,
        {},
        adviserCaller,
        adviserScope,
      );
      expect(adviserRes.errors).toBeUndefined();
      expect(adviserRes.data?.warningQueueSummary).toEqual({
        open: 10,
        assignedToMe: 0,
        overdue: 1,
        dueToday: dueLaterToday([redSoon, 4], [elsewhere, 24]),
      });
      const colleagueRes = await subgraphQuery(
        harness,
        "evaluation",
        SUMMARY,
        {},
        callers.counselor(colleague.id),
        { scope: { students: { counselor: [bStudent.id] } } },
      );
      expect(colleagueRes.data?.warningQueueSummary).toEqual({
        open: 3,
        assignedToMe: 1,
        overdue: 1,
        dueToday: dueLaterToday([mental, 12]),
      });
      const student = await subgraphQuery(
        harness,
        "evaluation",
        SUMMARY,
        {},
        callers.student(c.id),
      );
      expect(student.data?.warningQueueSummary).toEqual({
        open: 1,
        assignedToMe: 0,
        overdue: 0,
        dueToday: dueLaterToday([elsewhere, 24]),
      });
      // A university administrator (no person, every student, no MENTAL_HEALTH).
      const admin = await subgraphQuery(harness, "evaluation", SUMMARY, {}, callers.admin());
      expect(admin.errors).toBeUndefined();
      expect(admin.data?.warningQueueSummary).toEqual({
        open: 12,
        assignedToMe: 0,
        overdue: 2,
        dueToday: dueLaterToday([redSoon, 4], [elsewhere, 24]),
      });
      const nobody = await subgraphQuery(
        harness,
        "evaluation",
        SUMMARY,
        {},
        callerFor([], null, "nobody"),
      );
      expect(nobody.data?.warningQueueSummary).toEqual({
        open: 0,
        assignedToMe: 0,
        overdue: 0,
        dueToday: 0,
      });
    });
  });
});
