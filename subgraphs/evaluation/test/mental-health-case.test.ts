/**
 * A case of kind MENTAL_HEALTH (心理) says as much about a student as a MENTAL_HEALTH warning, so it
 * follows the same rule: visible only to a caller who holds MENTAL_HEALTH for the student (a
 * counselor, the psychology teacher they were referred to) or serves on its task force; never to
 * the student themselves, nor to an administrator, class adviser or grid leader without it. The
 * rule holds everywhere a case can be read or worked on: the list and its totalCount, by id,
 * Person.cases, the overdue board, the statistics, and every casework mutation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type GraphQLResponse,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { AssistanceCaseFilter } from "./generated/graphql";
import {
  CASE_ID,
  careOptions,
  covering,
  errorsOf,
  evaluationKnex,
  present,
  type Caller,
} from "./support";

const CASES = graphql(`
  query MhCaseList($f: AssistanceCaseFilter) {
    assistanceCases(first: 50, filter: $f) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const DETAIL = graphql(`
  query MhCaseDetail($id: ID!) {
    assistanceCase(id: $id) {
      id
      kind
      taskForce {
        member {
          id
        }
      }
      plan {
        id
        case {
          id
        }
      }
    }
  }
`);
const OVERDUE = graphql(`
  query MhCaseOverdue {
    overdueMeasures(first: 50) {
      totalCount
      edges {
        node {
          id
          case {
            id
          }
        }
      }
    }
  }
`);
const STATISTICS = graphql(`
  query MhCaseStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    assistanceCaseStatistics(from: $from, to: $to) {
      total {
        opened
        suppressed
      }
      byKind {
        kind
        figures {
          opened
          suppressed
        }
      }
      overdueMeasuresByTier {
        measures
      }
    }
  }
`);
const OPEN = graphql(`
  mutation MhCaseOpen($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
      kind
      warning {
        id
      }
    }
  }
`);
const SET_LEAD = graphql(`
  mutation MhCaseSetLead($input: TaskForceMemberRefInput!) {
    setTaskForceLead(input: $input) {
      id
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation MhCaseAddMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      id
    }
  }
`);
const ADD_MEASURE = graphql(`
  mutation MhCaseAddMeasure($input: AddCaseMeasureInput!) {
    addCaseMeasure(input: $input) {
      id
    }
  }
`);
const UPDATE_MEASURE = graphql(`
  mutation MhCaseUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {
    updateCaseMeasureStatus(input: $input) {
      id
    }
  }
`);
const REVIEW = graphql(`
  mutation MhCaseReview($input: CaseStepInput!) {
    reviewAssistanceCase(input: $input) {
      id
    }
  }
`);

describe("evaluation: MENTAL_HEALTH assistance cases only for those who hold MENTAL_HEALTH or serve on them", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-mental-health-case");
  const A = b.student({ name: "王子涵" });
  const B = b.student({ name: "李浩然" });
  const C = b.student({ name: "张欣怡" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const gridLeader = b.staff({ name: "赵敏" });
  const psychologist = b.staff({ name: "黄心宁" });
  const administrator = b.staff({ name: "刘建国" });
  const heartWorker = b.staff({ name: "马志远" });
  const aidWorker = b.staff({ name: "许文静" });

  // A's two cases, both being assisted (OPEN with a lead), each with a measure overdue since 2020.
  const economic = b.assistanceCase(A, counselor, {
    kind: "ECONOMIC",
    summary: "家庭经济困难",
    openedAt: "2025-03-01T02:00:00.000Z",
  });
  b.taskForceMember(economic, aidWorker, { duty: "资助帮扶", lead: true });
  b.caseMeasure(economic, aidWorker, { dueOn: "2020-01-10" });
  const mental = b.assistanceCase(A, counselor, {
    kind: "MENTAL_HEALTH",
    summary: "心理中心转介，需持续关注",
    openedAt: "2025-04-01T02:00:00.000Z",
  });
  b.taskForceMember(mental, heartWorker, { duty: "心理帮扶", lead: true });
  const mentalMeasure = b.caseMeasure(mental, heartWorker, { dueOn: "2020-01-10" });
  // B's case, about a student none of the staff below covers but the administrator.
  const ofB = b.assistanceCase(B, counselor, {
    kind: "ECONOMIC",
    openedAt: "2025-05-01T02:00:00.000Z",
  });
  // A MENTAL_HEALTH warning about C, for opening cases (C has none yet).
  const warningOfC = b.warning(C, {
    category: "MENTAL_HEALTH",
    level: "ORANGE",
    summary: "心理筛查结果异常",
  });
  const dataset = b.build();

  const range = { from: "2020-01-01T00:00:00.000Z", to: "2030-01-01T00:00:00.000Z" };

  interface Viewer {
    as: Caller;
    options: ExecuteOptions;
  }
  const onAC = [A.id, C.id];
  const viewers = {
    counselor: { as: callers.counselor(counselor.id), options: covering("counselor", onAC) },
    psychologist: {
      as: callerFor(["psychology_teacher"], psychologist.id),
      // As an open referral of A to them makes it.
      options: covering("psychology_teacher", [A.id]),
    },
    adviser: {
      as: callerFor(["class_adviser"], adviser.id),
      options: covering("class_adviser", onAC),
    },
    gridLeader: {
      as: callerFor(["grid_leader"], gridLeader.id),
      options: covering("grid_leader", onAC),
    },
    student: { as: callers.student(A.id), options: {} },
    // A person, so that they can do casework too: CARE, FINANCIAL and RESIDENCE for everyone, no MENTAL_HEALTH.
    admin: { as: callerFor(["admin"], administrator.id), options: {} },
  } satisfies Record<string, Viewer>;
  /** The task-force member of A's MENTAL_HEALTH case, with the scope careScope gives them. */
  const heartTaskForce = async (): Promise<Viewer> => ({
    as: callerFor(["task_force_member"], heartWorker.id),
    options: await careOptions(harness, heartWorker.id),
  });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  }, 120_000);
  afterAll(() => harness?.stop());

  const query = <R, V extends Record<string, unknown>>(
    v: Viewer,
    document: TypedDocumentNode<R, V>,
    variables: V,
  ) => subgraphQuery(harness, "evaluation", document, variables, v.as, v.options);
  const answer = async <R, V extends Record<string, unknown>>(
    v: Viewer,
    document: TypedDocumentNode<R, V>,
    variables: V,
  ): Promise<R> => {
    const res = await query(v, document, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return expectData(res);
  };
  const mutate = <R, I>(v: Viewer, document: TypedDocumentNode<R, { input: I }>, input: I) =>
    query(v, document as TypedDocumentNode<R, { input: unknown }>, { input });

  /** The ids the list shows the viewer, and its totalCount. */
  const listed = async (v: Viewer, f: AssistanceCaseFilter | null = null) => {
    const list = (await answer(v, CASES, { f })).assistanceCases;
    return { ids: list.edges.map((e) => e.node.id).sort(), totalCount: list.totalCount };
  };
  /** Whether the viewer may read the case by id: true, or false with FORBIDDEN on the path. */
  const seesById = async (v: Viewer, id: string): Promise<boolean> => {
    const res = await query(v, CASE_ID, { id });
    if (!res.errors) return expectData(res).assistanceCase?.id === id;
    expect(errorsOf(res)).toEqual([[["assistanceCase"], "FORBIDDEN"]]);
    return false;
  };
  /** Person.cases of A, as the gateway asks for it (`_entities`: from the federation library, in no schema file codegen reads). */
  const personCases = async (v: Viewer, personId = A.id): Promise<string[]> => {
    const res = await harness.execute<{ _entities: { cases: { id: string }[] | null }[] }>(
      "evaluation",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { cases { id } } } }`,
      { r: [{ __typename: "Person", id: personId }] },
      v.as,
      v.options,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const cases = present(res.data?._entities[0]?.cases, "Person.cases");
    return cases.map((c) => c.id).sort();
  };
  /** The cases of the measures on the viewer's overdue board. */
  const overdueCases = async (v: Viewer): Promise<string[]> => {
    const board = (await answer(v, OVERDUE, {})).overdueMeasures;
    expect(board.totalCount).toBe(board.edges.length);
    return board.edges.map((e) => e.node.case.id).sort();
  };
  const sorted = (...ids: string[]) => [...ids].sort();
  const refusedWith = (res: GraphQLResponse, code: string) =>
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);

  /** What each viewer sees of A's cases (and B's), written out here, not asked of the code under test. */
  const EXPECTED: Record<keyof typeof viewers, string[]> = {
    counselor: sorted(economic.id, mental.id),
    psychologist: sorted(economic.id, mental.id),
    adviser: [economic.id],
    gridLeader: [economic.id],
    student: [economic.id],
    admin: sorted(economic.id, ofB.id),
  };

  describe("reading", () => {
    it("shows the counselor (MENTAL_HEALTH) both of A's cases: in the list, by id, through Person.cases and on the overdue board", async () => {
      const v = viewers.counselor;
      expect(await listed(v)).toEqual({ ids: EXPECTED.counselor, totalCount: 2 });
      expect(await seesById(v, economic.id)).toBe(true);
      expect(await seesById(v, mental.id)).toBe(true);
      expect(await personCases(v)).toEqual(EXPECTED.counselor);
      expect(await overdueCases(v)).toEqual(EXPECTED.counselor);
      // And its parts: the task force and the plan, whose measure leads back to the case.
      const detail = present((await answer(v, DETAIL, { id: mental.id })).assistanceCase, "case");
      expect(detail).toEqual({
        id: mental.id,
        kind: "MENTAL_HEALTH",
        taskForce: [{ member: { id: heartWorker.id } }],
        plan: [{ id: mentalMeasure.id, case: { id: mental.id } }],
      });
    });

    it("shows a psychology teacher holding MENTAL_HEALTH for A the MENTAL_HEALTH case too", async () => {
      const v = viewers.psychologist;
      expect((await listed(v)).ids).toEqual(EXPECTED.psychologist);
      expect(await seesById(v, mental.id)).toBe(true);
      expect(await personCases(v)).toEqual(EXPECTED.psychologist);
    });

    for (const [who, v] of [
      ["a class adviser (CARE, no MENTAL_HEALTH)", viewers.adviser],
      ["a grid leader (no MENTAL_HEALTH)", viewers.gridLeader],
    ] as const)
      it(`shows ${who} covering A only the ECONOMIC case, FORBIDDEN for the other by id, and not its measures`, async () => {
        expect(await listed(v)).toEqual({ ids: [economic.id], totalCount: 1 });
        expect(await listed(v, { kind: "MENTAL_HEALTH" })).toEqual({ ids: [], totalCount: 0 });
        expect(await seesById(v, economic.id)).toBe(true);
        expect(await seesById(v, mental.id)).toBe(false);
        expect(await personCases(v)).toEqual([economic.id]);
        expect(await overdueCases(v)).toEqual([economic.id]);
        // The refusal reads as that of a case about a student they do not cover: it does not tell the kind.
        const [ofMental, ofOther] = await Promise.all(
          [mental.id, ofB.id].map((id) => query(v, CASE_ID, { id })),
        );
        expect(ofMental.errors?.[0]?.message).toBe(present(ofOther.errors?.[0], "error").message);
      });

    it("does not show the student their own MENTAL_HEALTH case, as their MENTAL_HEALTH warnings are not", async () => {
      const v = viewers.student;
      expect(await listed(v)).toEqual({ ids: [economic.id], totalCount: 1 });
      expect(await seesById(v, economic.id)).toBe(true);
      expect(await seesById(v, mental.id)).toBe(false);
      expect(await personCases(v)).toEqual([economic.id]);
      expect(await overdueCases(v)).toEqual([economic.id]);
    });

    it("does not show an administrator without MENTAL_HEALTH the MENTAL_HEALTH case, though they see every other case", async () => {
      const v = viewers.admin;
      expect(await listed(v)).toEqual({ ids: EXPECTED.admin, totalCount: 2 });
      expect(await seesById(v, mental.id)).toBe(false);
      expect(await personCases(v)).toEqual([economic.id]);
      expect(await overdueCases(v)).toEqual([economic.id]);
      // Nor through a federation reference (another subgraph resolving AssistanceCase by id).
      const res = await harness.execute<{ _entities: ({ id: string } | null)[] }>(
        "evaluation",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on AssistanceCase { id } } }`,
        { r: [{ __typename: "AssistanceCase", id: mental.id }] },
        v.as,
        v.options,
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    });

    it("shows the task-force member of the MENTAL_HEALTH case that case (they do the work), and not A's other one", async () => {
      const v = await heartTaskForce();
      expect(v.options.scope?.students.task_force_member).toEqual([A.id]);
      expect(await listed(v)).toEqual({ ids: [mental.id], totalCount: 1 });
      expect(await seesById(v, mental.id)).toBe(true);
      expect(await seesById(v, economic.id)).toBe(false);
      expect(await personCases(v)).toEqual([mental.id]);
      expect(await overdueCases(v)).toEqual([mental.id]);
      expect(
        present((await answer(v, DETAIL, { id: mental.id })).assistanceCase, "case").plan,
      ).toEqual([{ id: mentalMeasure.id, case: { id: mental.id } }]);
    });

    it("counts in the statistics exactly what the list shows each caller, the MENTAL_HEALTH cell included", async () => {
      const all: [string, Viewer][] = [
        ...Object.entries(viewers),
        ["task-force member", await heartTaskForce()],
      ];
      const mentalCell: Record<string, { opened: number | null; suppressed: boolean }> = {};
      for (const [name, v] of all) {
        const stats = (await answer(v, STATISTICS, range)).assistanceCaseStatistics;
        const cell = present(
          stats.byKind.find((k) => k.kind === "MENTAL_HEALTH"),
          "the MENTAL_HEALTH cell",
        ).figures;
        mentalCell[name] = cell;
        const mentalListed = (await listed(v, { kind: "MENTAL_HEALTH" })).totalCount;
        const everyListed = (await listed(v)).totalCount;
        // A suppressed cell (1–4 students, not all under the caller's CARE) still stands for a non-empty list.
        if (cell.suppressed) expect(mentalListed, name).toBeGreaterThan(0);
        else expect(cell.opened, name).toBe(mentalListed);
        if (!stats.total.suppressed) expect(stats.total.opened, name).toBe(everyListed);
        // The measures overdue now, by tier, are those on the board.
        const measures = stats.overdueMeasuresByTier.reduce((n, t) => n + t.measures, 0);
        expect(measures, name).toBe((await overdueCases(v)).length);
      }
      const counted = { opened: 1, suppressed: false };
      const none = { opened: 0, suppressed: false };
      expect(mentalCell).toEqual({
        counselor: counted,
        // MENTAL_HEALTH but no CARE: one student's cell is withheld, as any other of theirs.
        psychologist: { opened: null, suppressed: true },
        adviser: none,
        gridLeader: none,
        student: none,
        admin: none,
        "task-force member": counted,
      });
    });
  });

  describe("casework", () => {
    const knex = () => evaluationKnex(harness).withSchema("evaluation");
    /** What casework on A's MENTAL_HEALTH case could change: its row, history, task force and plan. */
    const snapshot = async () => ({
      case: await knex()
        .table("assistance_case")
        .where({ id: mental.id })
        .select<{ status: string; version: number }[]>("status", "version"),
      transitions: await knex()
        .table("case_transition")
        .where({ case_id: mental.id })
        .count("* as n"),
      members: await knex()
        .table("task_force_member")
        .where({ case_id: mental.id })
        .count("* as n"),
      changes: await knex()
        .table("task_force_change")
        .where({ case_id: mental.id })
        .count("* as n"),
      measures: await knex()
        .table("case_measure")
        .where({ case_id: mental.id })
        .select("id", "status", "version")
        .orderBy("id"),
    });
    /** One of each kind of casework step on the case, as `v`. */
    const steps = (v: Viewer, caseId: string, measureId: string, lead: string) => ({
      setTaskForceLead: () => mutate(v, SET_LEAD, { caseId, memberId: lead }),
      addTaskForceMember: () =>
        mutate(v, ADD_MEMBER, { caseId, memberId: adviser.id, duty: "生活帮扶", lead: false }),
      addCaseMeasure: () =>
        mutate(v, ADD_MEASURE, {
          caseId,
          description: "每周谈心谈话",
          responsibleId: lead,
          duty: "谈心谈话",
          dueOn: "2099-01-01",
        }),
      updateCaseMeasureStatus: () =>
        mutate(v, UPDATE_MEASURE, { measureId, status: "IN_PROGRESS" }),
      reviewAssistanceCase: () => mutate(v, REVIEW, { caseId, note: "措施已落实" }),
    });

    for (const [who, v] of [
      ["a class adviser (CARE, no MENTAL_HEALTH)", viewers.adviser],
      ["an administrator (CARE, no MENTAL_HEALTH)", viewers.admin],
    ] as const)
      it(`refuses ${who} every step on the MENTAL_HEALTH case with FORBIDDEN, changing nothing, and lets them work on the ECONOMIC one`, async () => {
        const before = await snapshot();
        for (const [name, step] of Object.entries(
          steps(v, mental.id, mentalMeasure.id, heartWorker.id),
        )) {
          const res = await step();
          refusedWith(res, "FORBIDDEN");
          expect(res.data ?? null, name).toBeNull();
        }
        expect(await snapshot()).toEqual(before);
        // The same step, a no-op (the lead stays lead), on the case they may see.
        const onEconomic = await mutate(v, SET_LEAD, {
          caseId: economic.id,
          memberId: aidWorker.id,
        });
        expect(onEconomic.errors, JSON.stringify(onEconomic.errors)).toBeUndefined();
      });

    it("refuses the student casework on their own MENTAL_HEALTH case", async () => {
      const before = await snapshot();
      refusedWith(
        await mutate(viewers.student, SET_LEAD, { caseId: mental.id, memberId: heartWorker.id }),
        "FORBIDDEN",
      );
      expect(await snapshot()).toEqual(before);
    });

    it("lets the counselor and the case's task-force member work on it", async () => {
      for (const v of [viewers.counselor, await heartTaskForce()]) {
        const res = await mutate(v, SET_LEAD, { caseId: mental.id, memberId: heartWorker.id });
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(expectData(res).setTaskForceLead.id).toBe(mental.id);
      }
      const measure = await mutate(viewers.counselor, ADD_MEASURE, {
        caseId: mental.id,
        description: "心理中心每周咨询",
        responsibleId: heartWorker.id,
        duty: "心理帮扶",
        dueOn: "2099-01-01",
      });
      expect(measure.errors, JSON.stringify(measure.errors)).toBeUndefined();
      const started = await mutate(await heartTaskForce(), UPDATE_MEASURE, {
        measureId: expectData(measure).addCaseMeasure.id,
        status: "IN_PROGRESS",
      });
      expect(started.errors, JSON.stringify(started.errors)).toBeUndefined();
    });

    it("opens a MENTAL_HEALTH case only for staff holding MENTAL_HEALTH: nobody opens a case they could not see", async () => {
      const input = {
        personId: C.id,
        summary: "情绪低落，需心理帮扶",
        source: "COUNSELOR" as const,
        kind: "MENTAL_HEALTH" as const,
      };
      for (const v of [viewers.adviser, viewers.admin])
        refusedWith(await mutate(v, OPEN, input), "FORBIDDEN");
      expect(
        await knex().table("assistance_case").where({ person_id: C.id }).count("* as n"),
      ).toEqual([{ n: "0" }]);
      const opened = await mutate(viewers.counselor, OPEN, input);
      expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
      const id = expectData(opened).openAssistanceCase.id;
      expect(await seesById(viewers.counselor, id)).toBe(true);
      expect(await seesById(viewers.adviser, id)).toBe(false);
    });

    it("does not let a case name a MENTAL_HEALTH warning the caller may not see, answering as for one that is not there", async () => {
      const fromWarning = (warningId: string) => ({
        personId: C.id,
        summary: "家庭经济困难",
        source: "WARNING" as const,
        kind: "ECONOMIC" as const,
        warningId,
      });
      const hidden = await mutate(viewers.adviser, OPEN, fromWarning(warningOfC.id));
      const missing = await mutate(viewers.adviser, OPEN, fromWarning(ofB.id));
      for (const res of [hidden, missing])
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "warningId",
        });
      expect(hidden.errors?.[0]?.message).toBe(present(missing.errors?.[0], "error").message);
      // The counselor, who holds MENTAL_HEALTH for C, may.
      const opened = await mutate(viewers.counselor, OPEN, fromWarning(warningOfC.id));
      expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
      expect(expectData(opened).openAssistanceCase).toMatchObject({
        kind: "ECONOMIC",
        warning: { id: warningOfC.id },
      });
    });
  });
});
