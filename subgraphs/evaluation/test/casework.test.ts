import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  createTestDatabase,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { openOrm } from "@campus/db";
import type { EntityManager } from "@mikro-orm/postgresql";
import { definition, seed } from "../src";
import { DifficultyGrade } from "../src/assistance-case/assistance-case.enums";
import { GRADE_THRESHOLDS, GRADING_CONDITIONS, recommend } from "../src/assistance-case/grading";
import { graphql } from "./generated";
import type { AssistanceCaseFilter } from "./generated/graphql";
import {
  CASE_ID,
  careOptions,
  covering,
  errorsOf,
  evaluationKnex,
  present,
  reads,
  sensitiveReads,
  type Caller,
} from "./support";

// Selections several documents below spread (declared here for codegen).
graphql(`
  fragment CaseworkTransition on CaseTransition {
    from
    to
    by {
      id
    }
    at
    note
  }
`);
graphql(`
  fragment CaseworkTaskForce on AssistanceCase {
    taskForce {
      member {
        id
      }
      lead
    }
    taskForceChanges {
      member {
        id
      }
      change
      by {
        id
      }
      at
    }
  }
`);
const OPEN = graphql(`
  mutation CaseworkOpen($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
      status
    }
  }
`);
const OPEN_FROM_WARNING = graphql(`
  mutation CaseworkOpenFromWarning($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
      source
      kind
      status
      warning {
        id
      }
      grading {
        score
      }
      plan {
        id
      }
      transitions {
        from
      }
    }
  }
`);
const OPEN_SOURCE = graphql(`
  mutation CaseworkOpenSource($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      source
      kind
      warning {
        id
      }
    }
  }
`);
const RECOMMEND = graphql(`
  mutation CaseworkRecommend($input: RecommendGradeInput!) {
    recommendGrade(input: $input) {
      id
      status
    }
  }
`);
const RECOMMEND_SCORE = graphql(`
  mutation CaseworkRecommendScore($input: RecommendGradeInput!) {
    recommendGrade(input: $input) {
      grading {
        score
        recommendedGrade
      }
    }
  }
`);
const RECOMMEND_IN_FULL = graphql(`
  mutation CaseworkRecommendInFull($input: RecommendGradeInput!) {
    recommendGrade(input: $input) {
      status
      grading {
        score
        conditions
        recommendedGrade
        recommendedBy {
          id
        }
        recommendedAt
        confirmedGrade
        confirmedBy {
          id
        }
        confirmedAt
        note
      }
    }
  }
`);
const START = graphql(`
  mutation CaseworkStart($input: CaseStepInput!) {
    startAssistance(input: $input) {
      id
      status
    }
  }
`);
const CONFIRM = graphql(`
  mutation CaseworkConfirm($input: ConfirmGradeInput!) {
    confirmGrade(input: $input) {
      id
      status
    }
  }
`);
const CONFIRM_IN_FULL = graphql(`
  mutation CaseworkConfirmInFull($input: ConfirmGradeInput!) {
    confirmGrade(input: $input) {
      status
      transitions {
        ...CaseworkTransition
      }
      grading {
        recommendedGrade
        confirmedGrade
        confirmedBy {
          id
        }
        confirmedAt
        note
      }
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation CaseworkAddMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      id
      status
    }
  }
`);
const ADD_MEASURE = graphql(`
  mutation CaseworkAddMeasure($input: AddCaseMeasureInput!) {
    addCaseMeasure(input: $input) {
      id
      status
    }
  }
`);
const ADD_MEASURE_IN_FULL = graphql(`
  mutation CaseworkAddMeasureInFull($input: AddCaseMeasureInput!) {
    addCaseMeasure(input: $input) {
      id
      description
      responsible {
        id
      }
      duty
      dueOn
      status
      completedAt
      overdue
      escalations {
        tier
      }
      case {
        id
      }
    }
  }
`);
const START_WITH_HISTORY = graphql(`
  mutation CaseworkStartWithHistory($input: CaseStepInput!) {
    startAssistance(input: $input) {
      status
      transitions {
        ...CaseworkTransition
      }
    }
  }
`);
const SET_LEAD_TF = graphql(`
  mutation CaseworkSetLeadTaskForce($input: TaskForceMemberRefInput!) {
    setTaskForceLead(input: $input) {
      ...CaseworkTaskForce
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation CaseworkRemoveMember($input: TaskForceMemberRefInput!) {
    removeTaskForceMember(input: $input) {
      id
      status
    }
  }
`);
const SET_LEAD = graphql(`
  mutation CaseworkSetLead($input: TaskForceMemberRefInput!) {
    setTaskForceLead(input: $input) {
      id
      status
    }
  }
`);
const ADD_MEMBER_TF = graphql(`
  mutation CaseworkAddMemberTaskForce($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      ...CaseworkTaskForce
    }
  }
`);
const REMOVE_MEMBER_TF = graphql(`
  mutation CaseworkRemoveMemberTaskForce($input: TaskForceMemberRefInput!) {
    removeTaskForceMember(input: $input) {
      ...CaseworkTaskForce
    }
  }
`);
const UPDATE_MEASURE_TRANSITIONS = graphql(`
  mutation CaseworkUpdateMeasureTransitions($input: UpdateCaseMeasureStatusInput!) {
    updateCaseMeasureStatus(input: $input) {
      id
      status
      completedAt
      transitions {
        from
        to
        by {
          id
        }
        at
        note
      }
    }
  }
`);
const UPDATE_MEASURE = graphql(`
  mutation CaseworkUpdateMeasure($input: UpdateCaseMeasureStatusInput!) {
    updateCaseMeasureStatus(input: $input) {
      id
      status
    }
  }
`);
const CLOSE = graphql(`
  mutation CaseworkClose($input: CloseAssistanceCaseInput!) {
    closeAssistanceCase(input: $input) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation CaseworkReview($input: CaseStepInput!) {
    reviewAssistanceCase(input: $input) {
      id
      status
    }
  }
`);
const REVIEW_NOTE = graphql(`
  mutation CaseworkReviewNote($input: CaseStepInput!) {
    reviewAssistanceCase(input: $input) {
      status
      reviewNote
    }
  }
`);
const CLOSE_IN_FULL = graphql(`
  mutation CaseworkCloseInFull($input: CloseAssistanceCaseInput!) {
    closeAssistanceCase(input: $input) {
      status
      transitions {
        ...CaseworkTransition
      }
      outcome
      closedAt
      closedBy {
        id
      }
    }
  }
`);
const CASES = graphql(`
  query CaseworkCases($f: AssistanceCaseFilter, $first: Int, $after: String) {
    assistanceCases(first: $first, after: $after, filter: $f) {
      totalCount
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const OWN_GRADING = graphql(`
  query CaseworkOwnGrading($f: AssistanceCaseFilter) {
    assistanceCases(filter: $f) {
      edges {
        node {
          summary
          grading {
            score
            conditions
            confirmedGrade
          }
        }
      }
    }
  }
`);
const GRADES = graphql(`
  query CaseworkGrades($f: AssistanceCaseFilter) {
    assistanceCases(filter: $f) {
      edges {
        node {
          id
          status
          grading {
            score
            recommendedGrade
            confirmedGrade
            recommendedBy {
              id
            }
          }
        }
      }
    }
  }
`);
const CASE_GRADING = graphql(`
  query CaseworkCaseGrading($id: ID!) {
    assistanceCase(id: $id) {
      grading {
        score
        recommendedGrade
      }
    }
  }
`);
const GRADING_CONDITIONS_QUERY = graphql(`
  query CaseworkGradingConditions {
    gradingConditions {
      code
      label
      weight
    }
  }
`);

describe("grading table (困难认定)", () => {
  it("recommends from the sum of weights, at the threshold boundaries, each condition counted once", () => {
    expect(GRADE_THRESHOLDS.map((t) => [t.grade, t.minScore])).toEqual([
      ["ESPECIALLY_DIFFICULT", 60],
      ["DIFFICULT", 40],
      ["GENERALLY_DIFFICULT", 20],
    ]);
    expect(recommend([])).toEqual({ score: 0, grade: DifficultyGrade.NOT_DIFFICULT });
    expect(recommend(["FAMILY_DEBT"])).toEqual({ score: 10, grade: DifficultyGrade.NOT_DIFFICULT });
    expect(recommend(["FAMILY_DEBT", "SIBLINGS_IN_EDUCATION"])).toEqual({
      score: 20,
      grade: DifficultyGrade.GENERALLY_DIFFICULT,
    });
    expect(recommend(["LOW_INCOME_FAMILY", "SIBLINGS_IN_EDUCATION"])).toEqual({
      score: 30,
      grade: DifficultyGrade.GENERALLY_DIFFICULT,
    });
    expect(recommend(["SERIOUS_ILLNESS_IN_FAMILY", "FAMILY_DEBT"])).toEqual({
      score: 35,
      grade: DifficultyGrade.GENERALLY_DIFFICULT,
    });
    expect(recommend(["SUBSISTENCE_ALLOWANCE"])).toEqual({
      score: 40,
      grade: DifficultyGrade.DIFFICULT,
    });
    expect(recommend(["DISABILITY", "SERIOUS_ILLNESS_IN_FAMILY"])).toEqual({
      score: 55,
      grade: DifficultyGrade.DIFFICULT,
    });
    expect(recommend(["RURAL_LOW_INCOME_REGISTER", "LOW_INCOME_FAMILY"])).toEqual({
      score: 60,
      grade: DifficultyGrade.ESPECIALLY_DIFFICULT,
    });
    expect(recommend(["FAMILY_DEBT", "FAMILY_DEBT", "FAMILY_DEBT"])).toEqual({
      score: 10,
      grade: DifficultyGrade.NOT_DIFFICULT,
    });
    expect(new Set(GRADING_CONDITIONS.map((c) => c.code)).size).toBe(GRADING_CONDITIONS.length);
  });
});

describe("migrating cases from OPEN/CLOSED to the workflow", () => {
  it("makes an OPEN case with a task-force lead ASSISTING, one without DISCOVERED, and keeps CLOSED ones; source and kind get their defaults", async () => {
    const db = await createTestDatabase();
    const orm = await openOrm(definition.database, db.url);
    try {
      // The migration that created cases and task forces, with the statuses of that time.
      await orm.getMigrator().up({ to: "Migration20261128172142" });
      const knex = (orm.em as unknown as EntityManager).getKnex();
      const row = (id: string, status: string) => ({
        id,
        person_id: randomUUID(),
        summary: "旧个案",
        status,
        opened_at: new Date(),
        opened_by_id: randomUUID(),
      });
      const [led, unled, closed] = [randomUUID(), randomUUID(), randomUUID()];
      await knex
        .withSchema("evaluation")
        .table("assistance_case")
        .insert([row(led, "OPEN"), row(unled, "OPEN"), row(closed, "CLOSED")]);
      await knex
        .withSchema("evaluation")
        .table("task_force_member")
        .insert([
          {
            id: randomUUID(),
            case_id: led,
            member_id: randomUUID(),
            duty: "专班负责人",
            lead: true,
            added_at: new Date(),
            added_by_id: randomUUID(),
          },
          {
            id: randomUUID(),
            case_id: unled,
            member_id: randomUUID(),
            duty: "学业帮扶",
            lead: false,
            added_at: new Date(),
            added_by_id: randomUUID(),
          },
        ]);
      await orm.getMigrator().up();
      const rows = await knex
        .withSchema("evaluation")
        .table("assistance_case")
        .select<{ id: string; status: string; source: string; kind: string }[]>(
          "id",
          "status",
          "source",
          "kind",
        );
      expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.source, r.kind]]))).toEqual({
        [led]: ["ASSISTING", "COUNSELOR", "ECONOMIC"],
        [unled]: ["DISCOVERED", "COUNSELOR", "ECONOMIC"],
        [closed]: ["CLOSED", "COUNSELOR", "ECONOMIC"],
      });
    } finally {
      await orm.close();
      await db.drop();
    }
  });
});

describe("evaluation: casework (发现 → 定级 → 专班 → 帮扶 → 复核 → 结案)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-casework");
  const A = b.student({ name: "王子涵" });
  const B = b.student({ name: "李浩然" });
  const C = b.student({ name: "张欣怡" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const gridLeader = b.staff({ name: "赵敏" });
  const worker = b.staff({ name: "马志远" });
  const colleague = b.staff({ name: "许文静" });
  const wA = b.warning(A, {
    category: "FINANCIAL",
    level: "ORANGE",
    summary: "校园卡月消费显著偏低",
  });
  const wB = b.warning(B, { category: "FINANCIAL", level: "YELLOW", summary: "校园卡月消费偏低" });
  // A's other case, which `worker` does not serve on; and B's, which `worker` does.
  const otherOfA = b.assistanceCase(A, counselor, {
    summary: "A 的另一个个案",
    status: "DISCOVERED",
    kind: "ACADEMIC",
    openedAt: "2024-09-01T08:00:00.000Z",
  });
  const ofB = b.assistanceCase(B, counselor, {
    summary: "B 的个案",
    status: "DISCOVERED",
    kind: "ACADEMIC",
    openedAt: "2024-09-02T08:00:00.000Z",
  });
  b.taskForceMember(ofB, worker, { duty: "学业帮扶" });
  const ofC = b.assistanceCase(C, counselor, {
    summary: "C 的个案",
    status: "DISCOVERED",
    kind: "OTHER",
    openedAt: "2024-09-03T08:00:00.000Z",
  });
  const dataset = b.build();

  const asCounselor = callers.counselor(counselor.id);
  const asAdviser = callerFor(["class_adviser"], adviser.id);
  const asGridLeader = callerFor(["grid_leader"], gridLeader.id);
  const asWorker = callerFor(["task_force_member"], worker.id);
  const onAB: ExecuteOptions = covering("counselor", [A.id, B.id]);
  const adviserOnAB: ExecuteOptions = covering("class_adviser", [A.id, B.id]);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const knex = () => evaluationKnex(harness);
  const caseRow = async (id: string) =>
    present(
      (
        await knex().withSchema("evaluation").table("assistance_case").where({ id }).select<
          {
            status: string;
            version: number;
            recommended_grade: string | null;
            confirmed_grade: string | null;
            confirmed_by_id: string | null;
            outcome: string | null;
          }[]
        >("status", "version", "recommended_grade", "confirmed_grade", "confirmed_by_id", "outcome")
      )[0],
      `case ${id}`,
    );
  /** A casework mutation, `input` its one argument, as the counselor of A and B unless told. */
  const mutate = <R, I>(
    document: TypedDocumentNode<R, { input: I }>,
    input: NoInfer<I>,
    as: Caller = asCounselor,
    options: ExecuteOptions = onAB,
  ) =>
    subgraphQuery(
      harness,
      "evaluation",
      document as TypedDocumentNode<R, { input: unknown }>,
      { input },
      as,
      options,
    );
  const ok = <T, K extends keyof T & string>(res: GraphQLResponse<T>, name: K): T[K] => {
    expect(res.errors, name).toBeUndefined();
    return expectData(res)[name];
  };
  const refused = (
    res: { errors?: readonly { extensions?: Record<string, unknown> }[] },
    code: string,
    field?: string,
  ) => {
    expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject(
      field ? { code, field } : { code },
    );
  };

  describe("discovery (发现)", () => {
    it("opens a case from a warning about the same student, and refuses a missing, foreign or superfluous warning", async () => {
      const base = { personId: A.id, summary: "家庭经济困难", kind: "ECONOMIC" as const };
      refused(await mutate(OPEN, { ...base, source: "WARNING" }), "BAD_USER_INPUT", "warningId");
      refused(
        await mutate(OPEN, { ...base, source: "WARNING", warningId: wB.id }),
        "BAD_USER_INPUT",
        "warningId",
      );
      refused(
        await mutate(OPEN, { ...base, source: "WARNING", warningId: randomUUID() }),
        "BAD_USER_INPUT",
        "warningId",
      );
      refused(
        await mutate(OPEN, {
          ...base,
          source: "SELF_APPLICATION",
          warningId: wA.id,
        }),
        "BAD_USER_INPUT",
        "warningId",
      );
      expect(
        await knex()
          .withSchema("evaluation")
          .table("assistance_case")
          .where({ person_id: A.id })
          .count("* as n"),
      ).toEqual([{ n: "1" }]);

      const opened = ok(
        await mutate(OPEN_FROM_WARNING, { ...base, source: "WARNING", warningId: wA.id }),
        "openAssistanceCase",
      );
      expect(opened).toMatchObject({
        source: "WARNING",
        kind: "ECONOMIC",
        status: "DISCOVERED",
        warning: { id: wA.id },
        grading: null,
        plan: [],
        transitions: [],
      });
      const self = ok(
        await mutate(OPEN_SOURCE, {
          personId: B.id,
          summary: "本人申请",
          source: "SELF_APPLICATION",
        }),
        "openAssistanceCase",
      );
      expect(self).toEqual({ source: "SELF_APPLICATION", kind: "ECONOMIC", warning: null });
    });

    it("refuses a task-force member opening a new case for the student their role covers only through another case", async () => {
      refused(
        await mutate(
          OPEN,
          { personId: B.id, summary: "新个案", source: "COUNSELOR" },
          asWorker,
          await careOptions(harness, worker.id),
        ),
        "FORBIDDEN",
      );
    });
  });

  describe("the whole path for an ECONOMIC case", () => {
    let caseId: string;
    let measureId: string;

    beforeAll(async () => {
      caseId = ok(
        await mutate(OPEN, {
          personId: A.id,
          summary: "父亲重病，家庭负债",
          source: "COUNSELOR",
          kind: "ECONOMIC",
        }),
        "openAssistanceCase",
      ).id;
    });

    it("refuses an unknown condition code, and grading by staff without CARE and FINANCIAL, changing nothing", async () => {
      const before = await caseRow(caseId);
      const unknown = await mutate(RECOMMEND, {
        caseId,
        conditions: ["LOW_INCOME_FAMILY", "RICH_UNCLE"],
      });
      refused(unknown, "BAD_USER_INPUT", "conditions");
      expect(unknown.errors?.[0]?.extensions?.unknown).toEqual(["RICH_UNCLE"]);
      refused(
        await mutate(
          RECOMMEND,
          { caseId, conditions: [] },
          asGridLeader,
          covering("grid_leader", [A.id]),
        ),
        "FORBIDDEN",
      );
      refused(
        await mutate(RECOMMEND, { caseId, conditions: [] }, callers.student(A.id), {}),
        "FORBIDDEN",
      );
      expect(await caseRow(caseId)).toEqual(before);
    });

    it("recommends a grade from the weighted conditions, replacing an earlier recommendation, and records who and when", async () => {
      const first = ok(
        await mutate(RECOMMEND_SCORE, { caseId, conditions: ["FAMILY_DEBT", "LOW_INCOME_FAMILY"] }),
        "recommendGrade",
      );
      expect(first.grading).toEqual({ score: 30, recommendedGrade: "GENERALLY_DIFFICULT" });
      const started = Date.now();
      const res = await mutate(RECOMMEND_IN_FULL, {
        caseId,
        conditions: [
          "SERIOUS_ILLNESS_IN_FAMILY",
          "FAMILY_DEBT",
          "LOW_INCOME_FAMILY",
          "SERIOUS_ILLNESS_IN_FAMILY",
        ],
        note: "父亲重病住院",
      });
      const graded = ok(res, "recommendGrade");
      // 25 + 10 + 20, each once, listed in the table's order.
      expect(graded).toMatchObject({
        status: "DISCOVERED",
        grading: {
          score: 55,
          conditions: ["SERIOUS_ILLNESS_IN_FAMILY", "LOW_INCOME_FAMILY", "FAMILY_DEBT"],
          recommendedGrade: "DIFFICULT",
          recommendedBy: { id: counselor.id },
          confirmedGrade: null,
          confirmedBy: null,
          confirmedAt: null,
          note: "父亲重病住院",
        },
      });
      expect(
        Date.parse(present(graded.grading?.recommendedAt, "recommendedAt")),
      ).toBeGreaterThanOrEqual(started - 1000);
      expect(sensitiveReads(res)).toEqual(
        reads(
          [A.id, "CaseGrading.score", "FINANCIAL"],
          [A.id, "CaseGrading.conditions", "FINANCIAL"],
          [A.id, "CaseGrading.recommendedGrade", "FINANCIAL"],
          [A.id, "CaseGrading.note", "FINANCIAL"],
        ),
      );
    });

    it("refuses assistance for an ECONOMIC case that is not graded", async () => {
      const before = await caseRow(caseId);
      refused(await mutate(START, { caseId, note: "先帮扶再定级" }), "BAD_USER_INPUT", "caseId");
      expect(await caseRow(caseId)).toEqual(before);
    });

    it("refuses confirmation by the recommender (four-eyes), and a different grade without a note", async () => {
      const before = await caseRow(caseId);
      refused(await mutate(CONFIRM, { caseId, grade: "DIFFICULT" }), "FORBIDDEN");
      refused(
        await mutate(CONFIRM, { caseId, grade: "ESPECIALLY_DIFFICULT" }, asAdviser, adviserOnAB),
        "BAD_USER_INPUT",
        "note",
      );
      expect(await caseRow(caseId)).toEqual(before);
    });

    it("confirms by a second person, who may decide otherwise with a note; the case becomes GRADED, recorded", async () => {
      const res = await mutate(
        CONFIRM_IN_FULL,
        { caseId, grade: "ESPECIALLY_DIFFICULT", note: "突发重病，医疗费用远超家庭承受能力" },
        asAdviser,
        adviserOnAB,
      );
      const confirmed = ok(res, "confirmGrade");
      expect(confirmed.grading).toMatchObject({
        recommendedGrade: "DIFFICULT",
        confirmedGrade: "ESPECIALLY_DIFFICULT",
        confirmedBy: { id: adviser.id },
        note: "突发重病，医疗费用远超家庭承受能力",
      });
      expect(confirmed.status).toBe("GRADED");
      expect(confirmed.transitions).toMatchObject([
        {
          from: "DISCOVERED",
          to: "GRADED",
          by: { id: adviser.id },
          note: "突发重病，医疗费用远超家庭承受能力",
        },
      ]);
      expect(Date.parse(confirmed.transitions[0].at)).toBeLessThanOrEqual(Date.now() + 1000);
      refused(await mutate(RECOMMEND, { caseId, conditions: [] }), "BAD_USER_INPUT", "caseId");
      refused(
        await mutate(
          CONFIRM,
          { caseId, grade: "DIFFICULT", note: "再次确认" },
          asAdviser,
          adviserOnAB,
        ),
        "BAD_USER_INPUT",
        "caseId",
      );
      expect(await caseRow(caseId)).toMatchObject({
        status: "GRADED",
        recommended_grade: "DIFFICULT",
        confirmed_grade: "ESPECIALLY_DIFFICULT",
        confirmed_by_id: adviser.id,
      });
    });

    it("refuses assistance without a task-force lead, then without a plan measure", async () => {
      refused(await mutate(START, { caseId }), "BAD_USER_INPUT", "caseId");
      ok(
        await mutate(ADD_MEMBER, { caseId, memberId: colleague.id, duty: "资助申请" }),
        "addTaskForceMember",
      );
      const noLead = await mutate(START, { caseId });
      refused(noLead, "BAD_USER_INPUT", "caseId");
      expect(noLead.errors?.[0]?.message).toMatch(/lead/);
      ok(
        await mutate(ADD_MEMBER, {
          caseId,
          memberId: worker.id,
          duty: "专班负责人",
          lead: true,
        }),
        "addTaskForceMember",
      );
      const noPlan = await mutate(START, { caseId });
      refused(noPlan, "BAD_USER_INPUT", "caseId");
      expect(noPlan.errors?.[0]?.message).toMatch(/measure/);
      expect((await caseRow(caseId)).status).toBe("GRADED");
    });

    it("adds plan measures only for task-force members, due today or later, with a description and a duty", async () => {
      const base = {
        caseId,
        description: "申请国家助学金",
        responsibleId: colleague.id,
        duty: "资助申请",
        dueOn: "2099-03-01",
      };
      refused(
        await mutate(ADD_MEASURE, { ...base, responsibleId: adviser.id }),
        "BAD_USER_INPUT",
        "responsibleId",
      );
      refused(
        await mutate(ADD_MEASURE, { ...base, dueOn: "2020-01-01" }),
        "BAD_USER_INPUT",
        "dueOn",
      );
      refused(
        await mutate(ADD_MEASURE, { ...base, description: " " }),
        "BAD_USER_INPUT",
        "description",
      );
      refused(await mutate(ADD_MEASURE, { ...base, duty: "" }), "BAD_USER_INPUT", "duty");
      refused(
        await mutate(ADD_MEASURE, base, asGridLeader, covering("grid_leader", [A.id])),
        "FORBIDDEN",
      );
      const measure = ok(await mutate(ADD_MEASURE_IN_FULL, base), "addCaseMeasure");
      expect(measure).toMatchObject({
        description: "申请国家助学金",
        responsible: { id: colleague.id },
        duty: "资助申请",
        dueOn: "2099-03-01",
        status: "PLANNED",
        completedAt: null,
        overdue: false,
        escalations: [],
        case: { id: caseId },
      });
      measureId = measure.id;
    });

    it("starts assistance once there are a lead and a measure, recording the step", async () => {
      const started = ok(
        await mutate(
          START_WITH_HISTORY,
          { caseId },
          asWorker,
          await careOptions(harness, worker.id),
        ),
        "startAssistance",
      );
      expect(started.status).toBe("ASSISTING");
      expect(started.transitions.map((t) => [t.from, t.to, t.by?.id])).toEqual([
        ["DISCOVERED", "GRADED", adviser.id],
        ["GRADED", "ASSISTING", worker.id],
      ]);
    });

    it("keeps one lead: a new lead demotes the old one; the lead of an assisted case cannot leave; all recorded", async () => {
      const promoted = ok(
        await mutate(SET_LEAD_TF, { caseId, memberId: colleague.id }),
        "setTaskForceLead",
      );
      expect(promoted.taskForce).toEqual([
        { member: { id: colleague.id }, lead: true },
        { member: { id: worker.id }, lead: false },
      ]);
      refused(
        await mutate(REMOVE_MEMBER, { caseId, memberId: colleague.id }),
        "BAD_USER_INPUT",
        "memberId",
      );
      refused(
        await mutate(SET_LEAD, { caseId, memberId: adviser.id }),
        "BAD_USER_INPUT",
        "memberId",
      );
      const added = ok(
        await mutate(ADD_MEMBER_TF, { caseId, memberId: adviser.id, duty: "学业辅导", lead: true }),
        "addTaskForceMember",
      );
      expect(added.taskForce.filter((m) => m.lead)).toEqual([
        { member: { id: adviser.id }, lead: true },
      ]);
      const removed = ok(
        await mutate(REMOVE_MEMBER_TF, { caseId, memberId: worker.id }),
        "removeTaskForceMember",
      );
      expect(removed.taskForce.map((m) => m.member?.id)).toEqual([adviser.id, colleague.id]);
      expect(removed.taskForceChanges.map((c) => [c.member?.id, c.change, c.by?.id])).toEqual([
        [colleague.id, "JOINED", counselor.id],
        [worker.id, "JOINED", counselor.id],
        [worker.id, "MADE_LEAD", counselor.id],
        [worker.id, "STEPPED_DOWN", counselor.id],
        [colleague.id, "MADE_LEAD", counselor.id],
        [colleague.id, "STEPPED_DOWN", counselor.id],
        [adviser.id, "JOINED", counselor.id],
        [adviser.id, "MADE_LEAD", counselor.id],
        [worker.id, "LEFT", counselor.id],
      ]);
      // colleague still carries an open measure.
      refused(
        await mutate(REMOVE_MEMBER, { caseId, memberId: colleague.id }),
        "BAD_USER_INPUT",
        "memberId",
      );
    });

    it("moves a measure PLANNED → IN_PROGRESS → DONE, refusing other moves, recording each with who and when", async () => {
      const asColleague = callerFor(["task_force_member"], colleague.id);
      const colleagueOptions = await careOptions(harness, colleague.id);
      const moving = ok(
        await mutate(
          UPDATE_MEASURE_TRANSITIONS,
          { measureId, status: "IN_PROGRESS" },
          asColleague,
          colleagueOptions,
        ),
        "updateCaseMeasureStatus",
      );
      expect(moving).toMatchObject({
        status: "IN_PROGRESS",
        completedAt: null,
        transitions: [{ from: "PLANNED", to: "IN_PROGRESS", by: { id: colleague.id }, note: null }],
      });
      refused(
        await mutate(UPDATE_MEASURE, { measureId, status: "PLANNED" }),
        "BAD_USER_INPUT",
        "status",
      );
      refused(
        await mutate(UPDATE_MEASURE, { measureId, status: "CANCELLED" }),
        "BAD_USER_INPUT",
        "note",
      );
      refused(
        await mutate(
          UPDATE_MEASURE,
          { measureId, status: "DONE" },
          asGridLeader,
          covering("grid_leader", [A.id]),
        ),
        "FORBIDDEN",
      );
      const done = ok(
        await mutate(
          UPDATE_MEASURE_TRANSITIONS,
          { measureId, status: "DONE", note: "助学金已到账" },
          asColleague,
          colleagueOptions,
        ),
        "updateCaseMeasureStatus",
      );
      expect(done.status).toBe("DONE");
      expect(Date.parse(present(done.completedAt, "completedAt"))).toBeLessThanOrEqual(
        Date.now() + 1000,
      );
      expect(done.transitions.map((t) => [t.from, t.to, t.note])).toEqual([
        ["PLANNED", "IN_PROGRESS", null],
        ["IN_PROGRESS", "DONE", "助学金已到账"],
      ]);
      refused(
        await mutate(UPDATE_MEASURE, { measureId, status: "CANCELLED", note: "撤销" }),
        "BAD_USER_INPUT",
        "status",
      );
      refused(
        await mutate(UPDATE_MEASURE, { measureId: randomUUID(), status: "DONE" }),
        "NOT_FOUND",
      );
    });

    it("refuses a review without a note and closing before review; reviews, returns to assistance, reviews again and closes with an outcome", async () => {
      refused(await mutate(CLOSE, { caseId, outcome: "RESOLVED" }), "BAD_USER_INPUT", "caseId");
      refused(await mutate(REVIEW, { caseId, note: "  " }), "BAD_USER_INPUT", "note");
      const before = await caseRow(caseId);
      refused(
        await mutate(REVIEW, { caseId, note: "自己复核" }, callers.student(A.id), {}),
        "FORBIDDEN",
      );
      expect(await caseRow(caseId)).toEqual(before);
      expect(
        ok(
          await mutate(REVIEW_NOTE, { caseId, note: "助学金已落实，仍需学业帮扶" }),
          "reviewAssistanceCase",
        ),
      ).toEqual({ status: "REVIEWED", reviewNote: "助学金已落实，仍需学业帮扶" });
      refused(await mutate(START, { caseId }), "BAD_USER_INPUT", "note");
      ok(await mutate(START, { caseId, note: "继续学业帮扶" }), "startAssistance");
      ok(await mutate(REVIEW, { caseId, note: "学业已恢复" }), "reviewAssistanceCase");
      const closed = ok(
        await mutate(CLOSE_IN_FULL, { caseId, outcome: "RESOLVED", note: "结案" }),
        "closeAssistanceCase",
      );
      expect(closed).toMatchObject({
        status: "CLOSED",
        outcome: "RESOLVED",
        closedBy: { id: counselor.id },
      });
      expect(closed.transitions.map((t) => `${t.from}→${t.to}`)).toEqual([
        "DISCOVERED→GRADED",
        "GRADED→ASSISTING",
        "ASSISTING→REVIEWED",
        "REVIEWED→ASSISTING",
        "ASSISTING→REVIEWED",
        "REVIEWED→CLOSED",
      ]);
      expect(closed.transitions.at(-1)).toMatchObject({ by: { id: counselor.id }, note: "结案" });
      for (const attempt of [
        () => mutate(CLOSE, { caseId, outcome: "RESOLVED" }),
        () => mutate(START, { caseId, note: "重开" }),
        () => mutate(ADD_MEMBER, { caseId, memberId: gridLeader.id, duty: "生活帮扶" }),
        () =>
          mutate(ADD_MEASURE, {
            caseId,
            description: "回访",
            responsibleId: adviser.id,
            duty: "回访",
            dueOn: "2099-01-01",
          }),
      ]) {
        refused(await attempt(), "BAD_USER_INPUT", "caseId");
      }
      // The task force no longer covers the student.
      expect(await careOptions(harness, adviser.id)).toEqual({ scope: { students: {} } });
    });
  });

  describe("skipping grading", () => {
    it("lets a case that is not ECONOMIC go from DISCOVERED to ASSISTING with a note, never an ECONOMIC one", async () => {
      const academic = ok(
        await mutate(OPEN, {
          personId: B.id,
          summary: "学业困难",
          source: "PEER_REPORT",
          kind: "ACADEMIC",
        }),
        "openAssistanceCase",
      ).id;
      ok(
        await mutate(ADD_MEMBER, {
          caseId: academic,
          memberId: colleague.id,
          duty: "学业辅导",
          lead: true,
        }),
        "addTaskForceMember",
      );
      ok(
        await mutate(ADD_MEASURE, {
          caseId: academic,
          description: "每周辅导",
          responsibleId: colleague.id,
          duty: "辅导",
          dueOn: "2099-01-01",
        }),
        "addCaseMeasure",
      );
      refused(await mutate(START, { caseId: academic }), "BAD_USER_INPUT", "note");
      const started = ok(
        await mutate(START_WITH_HISTORY, { caseId: academic, note: "学业帮扶，无需困难认定" }),
        "startAssistance",
      );
      expect(started.transitions).toMatchObject([
        {
          from: "DISCOVERED",
          to: "ASSISTING",
          by: { id: counselor.id },
          note: "学业帮扶，无需困难认定",
        },
      ]);
    });

    it("lets only one of two confirmations at once apply", async () => {
      const id = ok(
        await mutate(OPEN, {
          personId: B.id,
          summary: "并发确认",
          source: "COUNSELOR",
        }),
        "openAssistanceCase",
      ).id;
      ok(
        await mutate(RECOMMEND, { caseId: id, conditions: ["SUBSISTENCE_ALLOWANCE"] }),
        "recommendGrade",
      );
      const results = await Promise.all(
        [asAdviser, callerFor(["class_adviser"], gridLeader.id)].map((as) =>
          mutate(CONFIRM, { caseId: id, grade: "DIFFICULT" }, as, adviserOnAB),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors))
        expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(r.errors?.[0]?.extensions?.code);
      expect(
        await knex()
          .withSchema("evaluation")
          .table("case_transition")
          .where({ case_id: id })
          .count("* as n"),
      ).toEqual([{ n: "1" }]);
    });
  });

  describe("who sees what", () => {
    const list = async (
      as: Caller,
      options: ExecuteOptions,
      f: AssistanceCaseFilter | null = null,
      first = 50,
      after: string | null = null,
    ) => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        CASES,
        { f, first, after },
        as,
        options,
      );
      expect(res.errors).toBeUndefined();
      return expectData(res).assistanceCases;
    };
    const ids = (connection: ResultOf<typeof CASES>["assistanceCases"]) =>
      connection.edges.map((e) => e.node.id);

    it("shows a task-force member only the cases they serve on, in lists, by id, through Person.cases, and refuses casework on the others", async () => {
      const options = await careOptions(harness, worker.id);
      expect(options.scope?.students.task_force_member).toEqual([B.id]);
      const theirs = await list(asWorker, options);
      expect(ids(theirs)).toEqual([ofB.id]);
      expect(theirs.totalCount).toBe(1);
      const byId = await subgraphQuery(
        harness,
        "evaluation",
        CASE_ID,
        { id: otherOfA.id },
        asWorker,
        options,
      );
      expect(errorsOf(byId)).toEqual([[["assistanceCase"], "FORBIDDEN"]]);
      refused(
        await mutate(
          ADD_MEMBER,
          { caseId: otherOfA.id, memberId: colleague.id, duty: "x" },
          asWorker,
          options,
        ),
        "FORBIDDEN",
      );
      // Even a task-force role that covered A (say, through another case) reaches only the cases worker serves on.
      const wide = { scope: { students: { task_force_member: [A.id, B.id] } } };
      expect(ids(await list(asWorker, wide))).toEqual([ofB.id]);
      refused(await mutate(START, { caseId: otherOfA.id, note: "x" }, asWorker, wide), "FORBIDDEN");
      // Text: `_entities` comes from the federation library and is in no schema file codegen reads.
      const people = await harness.execute<{ _entities: { cases: { id: string }[] | null }[] }>(
        "evaluation",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { cases { id } } } }`,
        { r: [{ __typename: "Person", id: A.id }] },
        asWorker,
        wide,
      );
      expect(people.data?._entities).toEqual([{ cases: [] }]);
    });

    it("shows a counselor every case of the students they cover, filtered by status, kind and mine, newest first, a page at a time", async () => {
      const all = await list(asCounselor, onAB);
      expect(all.totalCount).toBeGreaterThanOrEqual(6);
      expect(ids(all)).not.toContain(ofC.id);
      expect(ids(all).slice(-2)).toEqual([ofB.id, otherOfA.id]);
      const firstPage = await list(asCounselor, onAB, null, 2);
      const secondPage = await list(asCounselor, onAB, null, 2, firstPage.pageInfo.endCursor);
      expect([...ids(firstPage), ...ids(secondPage)]).toEqual(ids(all).slice(0, 4));
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const academic = await list(asCounselor, onAB, { kind: "ACADEMIC", status: "DISCOVERED" });
      expect(ids(academic)).toEqual([ofB.id, otherOfA.id]);
      const closed = await list(asCounselor, onAB, { status: "CLOSED" });
      expect(closed.totalCount).toBe(1);
      // mine: opened by them or served on. The adviser opened none and serves on A's closed case and B's academic one.
      expect((await list(asAdviser, adviserOnAB, { mine: true })).totalCount).toBe(1);
    });

    it("shows a student their own cases with the grading (their own FINANCIAL data), and never anyone else's", async () => {
      const own = await list(callers.student(A.id), {});
      expect(own.totalCount).toBe(3);
      const res = await subgraphQuery(
        harness,
        "evaluation",
        OWN_GRADING,
        { f: { status: "CLOSED" } },
        callers.student(A.id),
        {},
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).assistanceCases.edges[0]?.node).toEqual({
        summary: "父亲重病，家庭负债",
        grading: {
          score: 55,
          conditions: ["SERIOUS_ILLNESS_IN_FAMILY", "LOW_INCOME_FAMILY", "FAMILY_DEBT"],
          confirmedGrade: "ESPECIALLY_DIFFICULT",
        },
      });
      expect(sensitiveReads(res).map((r) => [r.field, r.purpose])).toEqual([
        ["AssistanceCase.summary", "CARE"],
        ["CaseGrading.conditions", "FINANCIAL"],
        ["CaseGrading.confirmedGrade", "FINANCIAL"],
        ["CaseGrading.score", "FINANCIAL"],
      ]);
      expect((await list(callers.student(C.id), {})).totalCount).toBe(1);
    });

    it("hides the grade from a grid leader (no FINANCIAL), field by field, and shows it to a task-force member on the case", async () => {
      const q = GRADES;
      const grid = await subgraphQuery(
        harness,
        "evaluation",
        q,
        { f: { status: "CLOSED" } },
        asGridLeader,
        covering("grid_leader", [A.id]),
      );
      expect(grid.data?.assistanceCases.edges[0]?.node).toMatchObject({
        status: "CLOSED",
        grading: {
          score: null,
          recommendedGrade: null,
          confirmedGrade: null,
          recommendedBy: { id: counselor.id },
        },
      });
      expect(errorsOf(grid).map(([path, code]) => [path?.at(-1), code])).toEqual([
        ["confirmedGrade", "FORBIDDEN"],
        ["recommendedGrade", "FORBIDDEN"],
        ["score", "FORBIDDEN"],
      ]);
      expect(sensitiveReads(grid)).toEqual([]);
      // Grading a case B's task force serves on: worker (task_force_member holds FINANCIAL) sees it.
      const id = ok(
        await mutate(OPEN, {
          personId: B.id,
          summary: "专班可见的定级",
          source: "COUNSELOR",
        }),
        "openAssistanceCase",
      ).id;
      ok(
        await mutate(ADD_MEMBER, { caseId: id, memberId: worker.id, duty: "资助" }),
        "addTaskForceMember",
      );
      ok(await mutate(RECOMMEND, { caseId: id, conditions: ["DISABILITY"] }), "recommendGrade");
      const seen = await subgraphQuery(
        harness,
        "evaluation",
        CASE_GRADING,
        { id },
        asWorker,
        await careOptions(harness, worker.id),
      );
      expect(seen.errors).toBeUndefined();
      expect(expectData(seen).assistanceCase?.grading).toEqual({
        score: 30,
        recommendedGrade: "GENERALLY_DIFFICULT",
      });
    });

    it("lists the grading conditions with their weights", async () => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        GRADING_CONDITIONS_QUERY,
        {},
        asCounselor,
        onAB,
      );
      const { gradingConditions } = expectData(res);
      expect(gradingConditions).toContainEqual({
        code: "ORPHAN_OR_SINGLE_PARENT",
        label: "孤儿或单亲家庭",
        weight: 30,
      });
      expect(gradingConditions).toHaveLength(GRADING_CONDITIONS.length);
    });
  });
});
