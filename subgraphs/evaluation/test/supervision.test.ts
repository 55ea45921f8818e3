import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, demoData } from "@campus/demo-data";
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
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { SupervisionBoardQueryVariables } from "./generated/graphql";
import { careOptions, covering, errorsOf, evaluationKnex, present, type Caller } from "./support";

const BOARD = graphql(`
  query SupervisionBoard($first: Int, $after: String, $filter: OverdueMeasureFilter) {
    overdueMeasures(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          dueOn
          status
          overdue
          responsible {
            id
          }
          case {
            id
          }
        }
      }
    }
  }
`);
const ESCALATE = graphql(`
  mutation SupervisionEscalate($asOf: LocalDate) {
    escalateOverdueMeasures(asOf: $asOf) {
      asOf
      escalated
    }
  }
`);
const PLAN_ESCALATIONS = graphql(`
  query SupervisionPlanEscalations($id: ID!) {
    assistanceCase(id: $id) {
      plan {
        id
        overdue
        escalations {
          tier
          dueOn
          at
        }
      }
    }
  }
`);
const DEMO_CASES = graphql(`
  query SupervisionDemoCases {
    assistanceCases(first: 50) {
      totalCount
      edges {
        node {
          status
          source
          warning {
            id
          }
          grading {
            recommendedGrade
            confirmedGrade
          }
          plan {
            status
            dueOn
          }
        }
      }
    }
  }
`);

/** 督办: the overdue-measures board and the escalation of overdue measures. */
describe("evaluation: supervision of case plans (督办)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-supervision");
  const A = b.student({ name: "王子涵" });
  const B = b.student({ name: "李浩然" });
  const C = b.student({ name: "张欣怡" });
  const counselor = b.staff({ name: "陈晓燕" });
  const worker = b.staff({ name: "马志远" });
  const colleague = b.staff({ name: "许文静" });
  const gridLeader = b.staff({ name: "赵敏" });
  const caseOf = (student: typeof A, status: "ASSISTING" | "CLOSED" = "ASSISTING") =>
    b.assistanceCase(student, counselor, { status, kind: "ACADEMIC" });
  const kA1 = caseOf(A);
  b.taskForceMember(kA1, worker, { lead: true, duty: "专班负责人" });
  b.taskForceMember(kA1, colleague, { duty: "学业辅导" });
  const kA2 = caseOf(A);
  b.taskForceMember(kA2, colleague, { lead: true });
  const kB = caseOf(B);
  b.taskForceMember(kB, colleague, { lead: true });
  const kC = caseOf(C);
  b.taskForceMember(kC, colleague, { lead: true });
  const kClosed = caseOf(A, "CLOSED");
  b.taskForceMember(kClosed, worker, { lead: true });
  const m = {
    a1a: b.caseMeasure(kA1, worker, { description: "联系家长", dueOn: "2025-03-01" }),
    a1b: b.caseMeasure(kA1, colleague, {
      description: "每周学业辅导",
      dueOn: "2025-01-10",
      status: "IN_PROGRESS",
    }),
    a1c: b.caseMeasure(kA1, worker, { description: "期末回访", dueOn: "2099-01-01" }),
    a1d: b.caseMeasure(kA1, worker, {
      description: "已完成的谈话",
      dueOn: "2024-12-01",
      status: "DONE",
    }),
    a2: b.caseMeasure(kA2, colleague, { description: "A 的另一项措施", dueOn: "2025-02-01" }),
    bCancelled: b.caseMeasure(kB, colleague, {
      description: "已取消",
      dueOn: "2025-02-15",
      status: "CANCELLED",
    }),
    b2: b.caseMeasure(kB, colleague, { description: "B 的措施", dueOn: "2025-02-20" }),
    c: b.caseMeasure(kC, colleague, { description: "范围外", dueOn: "2025-01-01" }),
    closed: b.caseMeasure(kClosed, worker, {
      description: "已结案个案的措施",
      dueOn: "2025-01-05",
    }),
  };
  // Thirty more overdue measures of other students, so escalation runs over many rows.
  const crowd = Array.from({ length: 30 }, (_, i) => {
    const student = b.student({ name: `学生${i}` });
    const k = caseOf(student);
    b.taskForceMember(k, colleague, { lead: true });
    return b.caseMeasure(k, colleague, { description: `措施${i}`, dueOn: "2023-06-01" });
  });
  const dataset = b.build();

  const asCounselor = callers.counselor(counselor.id);
  const onAB = covering("counselor", [A.id, B.id]);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const board = async (
    as: Caller,
    options: ExecuteOptions,
    variables: SupervisionBoardQueryVariables = {},
  ) => {
    const res = await subgraphQuery(
      harness,
      "evaluation",
      BOARD,
      { first: 50, ...variables },
      as,
      options,
    );
    expect(res.errors).toBeUndefined();
    return expectData(res).overdueMeasures;
  };
  const ids = (connection: ResultOf<typeof BOARD>["overdueMeasures"]): string[] =>
    connection.edges.map((e) => e.node.id);

  describe("the overdue board", () => {
    it("lists open measures past their due date on cases the caller covers, earliest due first, not done, cancelled, future or closed-case ones", async () => {
      const all = await board(asCounselor, onAB);
      expect(ids(all)).toEqual([m.a1b.id, m.a2.id, m.b2.id, m.a1a.id]);
      expect(all.totalCount).toBe(4);
      expect(all.edges[0]?.node).toMatchObject({
        dueOn: "2025-01-10",
        status: "IN_PROGRESS",
        overdue: true,
        responsible: { id: colleague.id },
        case: { id: kA1.id },
      });
    });

    it("pages by due date with the cursor", async () => {
      const first = await board(asCounselor, onAB, { first: 3 });
      expect(ids(first)).toEqual([m.a1b.id, m.a2.id, m.b2.id]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await board(asCounselor, onAB, { first: 3, after: first.pageInfo.endCursor });
      expect(ids(rest)).toEqual([m.a1a.id]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(rest.totalCount).toBe(4);
    });

    it("shows a task-force member only the measures of the cases they serve on, and with mine only their own", async () => {
      const options = await careOptions(harness, worker.id);
      const asWorker = callerFor(["task_force_member"], worker.id);
      expect(ids(await board(asWorker, options))).toEqual([m.a1b.id, m.a1a.id]);
      expect(ids(await board(asWorker, options, { filter: { mine: true } }))).toEqual([m.a1a.id]);
      expect(ids(await board(asCounselor, onAB, { filter: { mine: true } }))).toEqual([]);
      expect(ids(await board(asCounselor, onAB, { filter: { kind: "ECONOMIC" } }))).toEqual([]);
    });

    it("shows nothing to callers with no relationship to the students", async () => {
      expect((await board(asCounselor, covering("counselor", []))).totalCount).toBe(0);
      expect(
        ids(
          await board(callerFor(["grid_leader"], gridLeader.id), covering("grid_leader", [B.id])),
        ),
      ).toEqual([m.b2.id]);
      expect(ids(await board(callers.student(B.id), {}))).toEqual([m.b2.id]);
    });

    it("answers a page in the same statements for 3 or 30 visible measures", async () => {
      const crowdStudents = dataset.assistanceCases
        .filter((k) => crowd.some((x) => x.caseId === k.id))
        .map((k) => k.personId);
      const cost = async (students: string[]) =>
        (
          await statementsOf(harness, "evaluation", () =>
            board(asCounselor, covering("counselor", students)),
          )
        ).statements;
      expect(await cost(crowdStudents.slice(0, 3))).toBe(await cost(crowdStudents));
    });
  });

  describe("escalation", () => {
    const escalate = async (asOf: string) => {
      const { statements, result } = await statementsOf(harness, "evaluation", () =>
        subgraphQuery(harness, "evaluation", ESCALATE, { asOf }, callers.admin()),
      );
      expect(result.errors).toBeUndefined();
      const { escalateOverdueMeasures } = expectData(result);
      expect(escalateOverdueMeasures.asOf).toBe(asOf);
      return { escalated: escalateOverdueMeasures.escalated, statements };
    };
    const escalationsOf = async (measureId: string) => {
      const rows = await evaluationKnex(harness)
        .withSchema("evaluation")
        .table("measure_escalation")
        .where({ measure_id: measureId })
        .orderBy(["due_on", "tier"])
        .select<{ tier: string; due_on: string | Date }[]>("tier", "due_on");
      return rows.map(
        (r) =>
          `${r.tier}@${typeof r.due_on === "string" ? r.due_on : r.due_on.toISOString().slice(0, 10)}`,
      );
    };

    it("is for administrators and the platform only", async () => {
      for (const [caller, options] of [
        [asCounselor, onAB],
        [callers.student(A.id), {}],
        [callerFor(["task_force_member"], worker.id), await careOptions(harness, worker.id)],
      ] as [Caller, ExecuteOptions][]) {
        const res = await subgraphQuery(
          harness,
          "evaluation",
          ESCALATE,
          { asOf: "2020-01-01" },
          caller,
          options,
        );
        expect(errorsOf(res)).toEqual([[["escalateOverdueMeasures"], "FORBIDDEN"]]);
      }
      const gateway = await subgraphQuery(
        harness,
        "evaluation",
        ESCALATE,
        { asOf: "2020-01-01" },
        undefined,
        { system: true },
      );
      expect(gateway.errors).toBeUndefined();
      expect(expectData(gateway).escalateOverdueMeasures.escalated).toBe(0);
    });

    it("escalates each overdue measure to every tier its lateness reached, once per missed due date, in one statement however many", async () => {
      // The crowd alone: one day late, the counselor.
      const early = await escalate("2023-06-02");
      expect(early.escalated).toBe(30);
      // a1a 1 day late: COUNSELOR; b2 10 days: + COLLEGE; a1b, a2, c over 14 days: all three; the crowd adds COLLEGE and UNIVERSITY.
      const main = await escalate("2025-03-02");
      expect(main.escalated).toBe(1 + 2 + 3 * 3 + 30 * 2);
      expect(await escalationsOf(m.a1a.id)).toEqual(["COUNSELOR@2025-03-01"]);
      expect(await escalationsOf(m.b2.id)).toEqual(["COUNSELOR@2025-02-20", "COLLEGE@2025-02-20"]);
      expect(await escalationsOf(m.a1b.id)).toEqual([
        "COUNSELOR@2025-01-10",
        "COLLEGE@2025-01-10",
        "UNIVERSITY@2025-01-10",
      ]);
      for (const quiet of [m.a1c, m.a1d, m.bCancelled, m.closed])
        expect(await escalationsOf(quiet.id)).toEqual([]);
      // Idempotent: the same date again records nothing.
      const again = await escalate("2025-03-02");
      expect(again.escalated).toBe(0);
      const later = await escalate("2025-03-09");
      expect(later.escalated).toBe(2);
      expect(await escalationsOf(m.a1a.id)).toEqual(["COUNSELOR@2025-03-01", "COLLEGE@2025-03-01"]);
      expect(await escalationsOf(m.b2.id)).toEqual([
        "COUNSELOR@2025-02-20",
        "COLLEGE@2025-02-20",
        "UNIVERSITY@2025-02-20",
      ]);
      // One statement each, whether it records 0, 2, 30 or 72 escalations.
      expect(
        new Set([early.statements, main.statements, again.statements, later.statements]),
      ).toEqual(new Set([1]));
    });

    it("records each escalation once even when two runs overlap, and shows them on the measure", async () => {
      const [x, y] = await Promise.all([escalate("2025-03-20"), escalate("2025-03-20")]);
      expect(x.escalated + y.escalated).toBe(1);
      const res = await subgraphQuery(
        harness,
        "evaluation",
        PLAN_ESCALATIONS,
        { id: kA1.id },
        asCounselor,
        onAB,
      );
      expect(res.errors).toBeUndefined();
      const { plan } = present(expectData(res).assistanceCase, "the case");
      const a1a = plan.find((p) => p.id === m.a1a.id);
      expect(a1a?.overdue).toBe(true);
      expect(a1a?.escalations.map((e) => [e.tier, e.dueOn])).toEqual([
        ["COUNSELOR", "2025-03-01"],
        ["COLLEGE", "2025-03-01"],
        ["UNIVERSITY", "2025-03-01"],
      ]);
      expect(plan.find((p) => p.id === m.a1c.id)?.overdue).toBe(false);
    });
  });
});

describe("evaluation: the demo set's casework", () => {
  let harness: SubgraphHarness;
  // Dated around now, as the demo always is: its overdue measures are due 1 to 20 days ago.
  const { dataset } = demoData();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  it("has graded cases from warnings with plans, and open measures past due on the board", async () => {
    const res = await subgraphQuery(harness, "evaluation", DEMO_CASES, {}, callers.admin());
    expect(res.errors).toBeUndefined();
    const cases = expectData(res).assistanceCases.edges.map((e) => e.node);
    expect(cases.length).toBe(dataset.assistanceCases.length);
    for (const c of cases) {
      expect(c).toMatchObject({ status: "ASSISTING", source: "WARNING" });
      expect(c.warning).not.toBeNull();
      expect(c.grading?.confirmedGrade).not.toBeNull();
      expect(c.plan).toHaveLength(2);
    }
    const open = cases
      .flatMap((c) => c.plan)
      .filter((m) => m.status !== "DONE" && m.dueOn < new Date().toISOString().slice(0, 10));
    expect(open.length).toBeGreaterThan(0);
    const board = await subgraphQuery(harness, "evaluation", BOARD, { first: 50 }, callers.admin());
    expect(expectData(board).overdueMeasures.totalCount).toBe(open.length);
  });
});
