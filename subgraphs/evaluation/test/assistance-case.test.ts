import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { AddTaskForceMemberInput, OpenAssistanceCaseInput } from "./generated/graphql";
import {
  CASE_ID,
  careOptions,
  careScopeOf,
  covering,
  errorsOf,
  evaluationKnex,
  present,
  reads,
  sensitiveReads,
  type Caller,
} from "./support";

const CASE_SUMMARY = graphql(`
  query AssistanceCaseSummary($id: ID!) {
    assistanceCase(id: $id) {
      id
      summary
    }
  }
`);
const OPEN = graphql(`
  mutation AssistanceCaseOpen($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
      summary
      status
      openedAt
      closedAt
      person {
        id
      }
      openedBy {
        id
      }
      closedBy {
        id
      }
      taskForce {
        id
        member {
          id
        }
        duty
        lead
        addedAt
        addedBy {
          id
        }
      }
    }
  }
`);
const ADD = graphql(`
  mutation AssistanceCaseAddMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      id
      taskForce {
        member {
          id
        }
        duty
        lead
        addedBy {
          id
        }
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation AssistanceCaseClose($input: CloseAssistanceCaseInput!) {
    closeAssistanceCase(input: $input) {
      id
      status
      outcome
      closedAt
      closedBy {
        id
      }
    }
  }
`);
const ADD_MEASURE = graphql(`
  mutation AssistanceCaseAddMeasure($input: AddCaseMeasureInput!) {
    addCaseMeasure(input: $input) {
      id
    }
  }
`);
const START = graphql(`
  mutation AssistanceCaseStart($input: CaseStepInput!) {
    startAssistance(input: $input) {
      id
    }
  }
`);
const REVIEW = graphql(`
  mutation AssistanceCaseReview($input: CaseStepInput!) {
    reviewAssistanceCase(input: $input) {
      id
    }
  }
`);

/**
 * `_entities` answers, as far as these tests select them. Those calls stay text: `_entities` comes
 * from the federation library and is in no schema file codegen checks against.
 */
type CaseView = { taskForce?: Record<string, unknown>[] } & Record<string, unknown>;
interface PersonCases {
  id: string;
  cases: CaseView[] | null;
}
interface CaseRow {
  id: string;
  person_id: string;
  status: string;
  version: number;
  closed_by_id: string | null;
}
interface MemberRow {
  member_id: string;
  duty: string;
  lead: boolean;
  added_by_id: string;
}

describe("evaluation: assistance cases (帮扶个案) and task forces (专班)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-case");
  const S1 = b.student({ name: "王子涵" });
  const S2 = b.student({ name: "李浩然" });
  const S3 = b.student({ name: "张欣怡" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const gridLeader = b.staff({ name: "赵敏" });
  const caseWorker = b.staff({ name: "马志远" });
  const newcomer = b.staff({ name: "许文静" });
  const k1 = b.assistanceCase(S1, counselor, {
    summary: "家庭经济困难，学业压力大",
    openedAt: "2024-10-01T08:00:00.000Z",
  });
  b.taskForceMember(k1, adviser, { duty: "生活帮扶", lead: false });
  b.taskForceMember(k1, caseWorker, { duty: "学业帮扶", lead: true });
  const k2 = b.assistanceCase(S1, counselor, {
    summary: "上学期的旧个案",
    status: "CLOSED",
    openedAt: "2024-03-01T08:00:00.000Z",
  });
  const k3 = b.assistanceCase(S3, counselor, { summary: "不在范围内的个案" });
  const crowd = Array.from({ length: 30 }, (_, i) => {
    const student = b.student({ name: `学生${i}` });
    b.taskForceMember(b.assistanceCase(student, counselor, { summary: `个案${i}` }), caseWorker, {
      duty: `帮扶${i}`,
    });
    return student;
  });
  const dataset = b.build();
  const asCounselor = callers.counselor(counselor.id);
  const asGridLeader = callerFor(["grid_leader"], gridLeader.id);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const CASE = `id summary status openedAt closedAt person { id } openedBy { id } closedBy { id } taskForce { id member { id } duty lead addedAt addedBy { id } }`;
  const cases = (ids: string[], fields: string, as: Caller, options?: ExecuteOptions) =>
    harness.execute<{ _entities: PersonCases[] }>(
      "evaluation",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id cases { ${fields} } } } }`,
      { r: ids.map((id) => ({ __typename: "Person", id })) },
      as,
      options,
    );
  const caseRows = async (where: Record<string, unknown> = {}) =>
    evaluationKnex(harness)
      .withSchema("evaluation")
      .table("assistance_case")
      .where(where)
      .orderBy("id")
      .select<CaseRow[]>("id", "person_id", "status", "version", "closed_by_id");
  const memberRows = async (caseId: string) =>
    evaluationKnex(harness)
      .withSchema("evaluation")
      .table("task_force_member")
      .where({ case_id: caseId })
      .orderBy("member_id")
      .select<MemberRow[]>("member_id", "duty", "lead", "added_by_id");

  describe("reading", () => {
    it("shows a student's cases, newest first, with the task force (leads first) to a counselor covering them", async () => {
      const res = await cases([S1.id], CASE, asCounselor, covering("counselor", [S1.id]));
      expect(res.errors).toBeUndefined();
      const [current, old] = present(expectData(res)._entities[0]?.cases, "S1's cases");
      // Seeded OPEN with a task-force lead: ASSISTING, as the migration moves such rows.
      expect(current).toMatchObject({
        id: k1.id,
        summary: k1.summary,
        status: "ASSISTING",
        openedAt: k1.openedAt,
        closedAt: null,
        person: { id: S1.id },
        openedBy: { id: counselor.id },
        closedBy: null,
      });
      // Seeded members joined when the case was opened, added by whoever opened it.
      expect(current?.taskForce?.map(({ id: _id, ...m }) => m)).toEqual([
        {
          member: { id: caseWorker.id },
          duty: "学业帮扶",
          lead: true,
          addedAt: k1.openedAt,
          addedBy: { id: counselor.id },
        },
        {
          member: { id: adviser.id },
          duty: "生活帮扶",
          lead: false,
          addedAt: k1.openedAt,
          addedBy: { id: counselor.id },
        },
      ]);
      expect(old).toMatchObject({ id: k2.id, status: "CLOSED", taskForce: [] });
      // Two summaries of one student: one disclosure of that field about them.
      expect(sensitiveReads(res)).toEqual(reads([S1.id, "AssistanceCase.summary", "CARE"]));
    });

    it("serves a grid leader the cases without their summaries, FORBIDDEN on each summary's path", async () => {
      const res = await cases(
        [S1.id],
        `id status summary taskForce { member { id } }`,
        asGridLeader,
        covering("grid_leader", [S1.id]),
      );
      expect(res.data?._entities[0]?.cases).toEqual([
        {
          id: k1.id,
          status: "ASSISTING",
          summary: null,
          taskForce: [{ member: { id: caseWorker.id } }, { member: { id: adviser.id } }],
        },
        { id: k2.id, status: "CLOSED", summary: null, taskForce: [] },
      ]);
      expect(errorsOf(res)).toEqual([
        [["_entities", 0, "cases", 0, "summary"], "FORBIDDEN"],
        [["_entities", 0, "cases", 1, "summary"], "FORBIDDEN"],
      ]);
      expect(sensitiveReads(res)).toEqual([]);
    });

    it("refuses Person.cases for a student the caller has no relationship with, and shows a student their own", async () => {
      const res = await cases([S1.id, S3.id], `id`, asCounselor, covering("counselor", [S1.id]));
      expect(res.data?._entities).toEqual([
        { id: S1.id, cases: [{ id: k1.id }, { id: k2.id }] },
        { id: S3.id, cases: null },
      ]);
      expect(errorsOf(res)).toEqual([[["_entities", 1, "cases"], "FORBIDDEN"]]);
      const own = await cases([S3.id], `id summary`, callers.student(S3.id));
      expect(own.errors).toBeUndefined();
      expect(expectData(own)._entities[0]?.cases).toEqual([{ id: k3.id, summary: k3.summary }]);
      expect(sensitiveReads(own)).toEqual(reads([S3.id, "AssistanceCase.summary", "CARE"]));
    });

    it("answers assistanceCase(id): the case, FORBIDDEN out of scope, null for an unknown id, BAD_USER_INPUT for a malformed one", async () => {
      const query = CASE_SUMMARY;
      const options = covering("counselor", [S1.id]);
      const found = await subgraphQuery(
        harness,
        "evaluation",
        query,
        { id: k1.id },
        asCounselor,
        options,
      );
      expect(found.data?.assistanceCase).toEqual({ id: k1.id, summary: k1.summary });
      const outside = await subgraphQuery(
        harness,
        "evaluation",
        query,
        { id: k3.id },
        asCounselor,
        options,
      );
      expect(outside.data?.assistanceCase).toBeNull();
      expect(errorsOf(outside)).toEqual([[["assistanceCase"], "FORBIDDEN"]]);
      const unknown = await subgraphQuery(
        harness,
        "evaluation",
        query,
        { id: randomUUID() },
        asCounselor,
        options,
      );
      expect(unknown.errors).toBeUndefined();
      expect(expectData(unknown).assistanceCase).toBeNull();
      const malformed = await subgraphQuery(
        harness,
        "evaluation",
        query,
        { id: "x" },
        asCounselor,
        options,
      );
      expect(malformed.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "id",
      });
    });

    it("applies the same rules to AssistanceCase references", async () => {
      const r = [k1, k3].map((k) => ({ __typename: "AssistanceCase", id: k.id }));
      const res = await harness.execute<{ _entities: (CaseView | null)[] }>(
        "evaluation",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on AssistanceCase { id status summary } } }`,
        { r },
        asGridLeader,
        covering("grid_leader", [S1.id]),
      );
      expect(res.data?._entities).toEqual([
        { id: k1.id, status: "ASSISTING", summary: null },
        null,
      ]);
      expect(errorsOf(res)).toEqual([
        [["_entities", 0, "summary"], "FORBIDDEN"],
        [["_entities", 1], "FORBIDDEN"],
      ]);
    });

    it("gives a task-force member CARE for the case's student through careScope, but only the cases they serve on", async () => {
      const options = await careOptions(harness, caseWorker.id);
      const asCaseWorker = callerFor(["task_force_member"], caseWorker.id);
      const res = await cases([S1.id, S2.id], `id summary`, asCaseWorker, options);
      // k2 is S1's too, but caseWorker is not on its task force.
      expect(res.data?._entities).toEqual([
        { id: S1.id, cases: [{ id: k1.id, summary: k1.summary }] },
        { id: S2.id, cases: null },
      ]);
      expect(errorsOf(res)).toEqual([[["_entities", 1, "cases"], "FORBIDDEN"]]);
      const other = await subgraphQuery(
        harness,
        "evaluation",
        CASE_ID,
        { id: k2.id },
        asCaseWorker,
        options,
      );
      expect(errorsOf(other)).toEqual([[["assistanceCase"], "FORBIDDEN"]]);
    });

    it("loads cases and task forces for 3 or 30 people in the same statements", async () => {
      const statementsFor = async (n: number) => {
        const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
          cases(
            crowd.slice(0, n).map((s) => s.id),
            `summary taskForce { duty member { id } }`,
            callers.admin(),
          ),
        );
        expect(res.errors).toBeUndefined();
        expectData(res)._entities.forEach((entity, i) =>
          expect(entity.cases).toEqual([
            {
              summary: `个案${i}`,
              taskForce: [{ duty: `帮扶${i}`, member: { id: caseWorker.id } }],
            },
          ]),
        );
        return statements;
      };
      // One for the cases, one for all their task forces.
      expect(await statementsFor(3)).toBe(2);
      expect(await statementsFor(30)).toBe(2);
    });
  });

  describe("workflow", () => {
    let opened: string;
    // FAMILY: not economic, so the case may go to assistance without grading.
    const open = (input: Partial<OpenAssistanceCaseInput>, as: Caller, options: ExecuteOptions) =>
      subgraphQuery(
        harness,
        "evaluation",
        OPEN,
        {
          input: {
            personId: S2.id,
            summary: "突发家庭变故，需生活与心理支持",
            source: "COUNSELOR",
            kind: "FAMILY",
            ...input,
          },
        },
        as,
        options,
      );
    const add = (input: Partial<AddTaskForceMemberInput>, as: Caller, options: ExecuteOptions) =>
      subgraphQuery(
        harness,
        "evaluation",
        ADD,
        { input: { caseId: opened, memberId: newcomer.id, duty: "经济帮扶", ...input } },
        as,
        options,
      );
    const close = (id: string, as: Caller, options: ExecuteOptions) =>
      subgraphQuery(
        harness,
        "evaluation",
        CLOSE,
        { input: { caseId: id, outcome: "IMPROVED", note: "家庭情况好转" } },
        as,
        options,
      );

    /** Callers none of whom may do casework for S2. */
    const outsiders = (): [string, Caller, ExecuteOptions][] => [
      ["grid leader covering S2", asGridLeader, covering("grid_leader", [S2.id])],
      [
        "psychology teacher covering S2",
        callerFor(["psychology_teacher"], gridLeader.id),
        covering("psychology_teacher", [S2.id]),
      ],
      ["S2 themselves", callers.student(S2.id), {}],
      ["counselor of other students", asCounselor, covering("counselor", [S1.id])],
      ["administrator who is no person", callers.admin(), {}],
      [
        "S2 as a class adviser covering themselves",
        callerFor(["class_adviser"], S2.id),
        covering("class_adviser", [S2.id]),
      ],
    ];

    it("refuses to open a case for callers without CARE as staff, or with a blank summary", async () => {
      const before = await caseRows({ person_id: S2.id });
      for (const [name, caller, options] of outsiders()) {
        const res = await open({}, caller, options);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          name,
        ).toEqual(["FORBIDDEN"]);
      }
      const blank = await open(
        { summary: " " },
        callerFor(["class_adviser"], adviser.id),
        covering("class_adviser", [S2.id]),
      );
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "summary",
      });
      expect(await caseRows({ person_id: S2.id })).toEqual(before);
    });

    it("lets a class adviser covering the student open one, recording who and when", async () => {
      const started = Date.now();
      const res = await open(
        {},
        callerFor(["class_adviser"], adviser.id),
        covering("class_adviser", [S2.id]),
      );
      expect(res.errors).toBeUndefined();
      const created = expectData(res).openAssistanceCase;
      expect(created).toMatchObject({
        summary: "突发家庭变故，需生活与心理支持",
        status: "DISCOVERED",
        closedAt: null,
        person: { id: S2.id },
        openedBy: { id: adviser.id },
        closedBy: null,
        taskForce: [],
      });
      expect(Date.parse(created.openedAt)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(created.openedAt)).toBeLessThanOrEqual(Date.now() + 1000);
      opened = created.id;
    });

    it("refuses to add members for callers without CARE as staff", async () => {
      for (const [name, caller, options] of outsiders()) {
        const res = await add({}, caller, options);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          name,
        ).toEqual(["FORBIDDEN"]);
      }
      expect(await memberRows(opened)).toEqual([]);
    });

    it("adds a member, whose scope then covers the student; refuses a member twice, the student, a closed case and an unknown one", async () => {
      expect(await careScopeOf(harness, newcomer.id)).toEqual([]);
      const options = covering("counselor", [S2.id]);
      const res = await add({ lead: true }, asCounselor, options);
      expect(res.errors).toBeUndefined();
      expect(expectData(res).addTaskForceMember).toEqual({
        id: opened,
        taskForce: [
          {
            member: { id: newcomer.id },
            duty: "经济帮扶",
            lead: true,
            addedBy: { id: counselor.id },
          },
        ],
      });
      expect(await careScopeOf(harness, newcomer.id)).toEqual([
        { role: "task_force_member", studentIds: [S2.id] },
      ]);

      const twice = await add({ duty: "另一项职责" }, asCounselor, options);
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "memberId",
      });
      const student = await add({ memberId: S2.id }, asCounselor, options);
      expect(student.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "memberId",
      });
      const blank = await add({ memberId: caseWorker.id, duty: "" }, asCounselor, options);
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "duty",
      });
      const closed = await add({ caseId: k2.id }, asCounselor, covering("counselor", [S1.id]));
      expect(closed.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "caseId",
        status: "CLOSED",
      });
      const unknown = await add({ caseId: randomUUID() }, asCounselor, options);
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(await memberRows(opened)).toEqual([
        { member_id: newcomer.id, duty: "经济帮扶", lead: true, added_by_id: counselor.id },
      ]);
      expect((await memberRows(k2.id)).length).toBe(0);
    });

    it("lets a task-force member add a colleague to their case (they hold CARE for its student)", async () => {
      const res = await add(
        { caseId: k1.id, memberId: newcomer.id, duty: "心理疏导" },
        callerFor(["task_force_member"], caseWorker.id),
        await careOptions(harness, caseWorker.id),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).addTaskForceMember.taskForce.map((m) => m.member?.id)).toEqual([
        caseWorker.id,
        adviser.id,
        newcomer.id,
      ]);
    });

    it("adds a person only once, however many add them at the same time", async () => {
      const options = covering("counselor", [S2.id]);
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          add({ memberId: caseWorker.id, duty: "学业帮扶" }, asCounselor, options),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors))
        expect(r.errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "memberId",
        });
      expect((await memberRows(opened)).filter((m) => m.member_id === caseWorker.id)).toHaveLength(
        1,
      );
    });

    it("refuses to close a case for callers without CARE as staff, changing nothing", async () => {
      const before = await caseRows({ id: opened });
      for (const [name, caller, options] of outsiders()) {
        const res = await close(opened, caller, options);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          name,
        ).toEqual(["FORBIDDEN"]);
      }
      expect(await caseRows({ id: opened })).toEqual(before);
    });

    it("closes a REVIEWED case once, recording who and when, and its members' scope no longer covers the student", async () => {
      const options = covering("counselor", [S2.id]);
      /** One step of the workflow, which must succeed, as the counselor of S2. */
      const step = async <R, I>(document: TypedDocumentNode<R, { input: I }>, input: NoInfer<I>) =>
        expect(
          (
            await subgraphQuery(
              harness,
              "evaluation",
              document as TypedDocumentNode<R, { input: unknown }>,
              { input },
              asCounselor,
              options,
            )
          ).errors,
        ).toBeUndefined();
      await step(ADD_MEASURE, {
        caseId: opened,
        description: "每月生活补助申请",
        responsibleId: newcomer.id,
        duty: "经济帮扶",
        dueOn: "2099-01-01",
      });
      await step(START, { caseId: opened, note: "非经济困难，无需定级" });
      await step(REVIEW, { caseId: opened, note: "帮扶措施已落实" });
      const reviewed = present((await caseRows({ id: opened }))[0], "the reviewed case");
      const results = await Promise.all(
        Array.from({ length: 3 }, () => close(opened, asCounselor, covering("counselor", [S2.id]))),
      );
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      for (const r of results.filter((r) => r.errors))
        expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(r.errors?.[0]?.extensions?.code);
      const closed = expectData(present(won[0], "the closing that won")).closeAssistanceCase;
      expect(closed).toMatchObject({
        id: opened,
        status: "CLOSED",
        outcome: "IMPROVED",
        closedBy: { id: counselor.id },
      });
      expect(Date.parse(present(closed.closedAt, "closedAt"))).toBeLessThanOrEqual(
        Date.now() + 1000,
      );
      expect(await caseRows({ id: opened })).toEqual([
        {
          id: opened,
          person_id: S2.id,
          status: "CLOSED",
          version: reviewed.version + 1,
          closed_by_id: counselor.id,
        },
      ]);
      // newcomer still serves on S1's open case k1, but no longer covers S2.
      expect(await careScopeOf(harness, newcomer.id)).toEqual([
        { role: "task_force_member", studentIds: [S1.id] },
      ]);
      const again = await close(opened, asCounselor, covering("counselor", [S2.id]));
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "caseId",
        from: "CLOSED",
        to: "CLOSED",
      });
    });
  });
});
