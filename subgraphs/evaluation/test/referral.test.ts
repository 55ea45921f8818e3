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
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { ReferToPsychologyInput } from "./generated/graphql";
import {
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

const REFER = graphql(`
  mutation ReferralRefer($input: ReferToPsychologyInput!) {
    referToPsychology(input: $input) {
      id
      category
      note
      status
      referredAt
      closedAt
      person {
        id
      }
      referredTo {
        id
      }
      referredBy {
        id
      }
      closedBy {
        id
      }
    }
  }
`);
const MY_REFERRALS = graphql(`
  query ReferralMine {
    myReferrals {
      id
      status
      person {
        id
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation ReferralClose($id: ID!, $note: String) {
    closeReferral(id: $id, note: $note) {
      id
      status
      closedAt
      closedBy {
        id
      }
    }
  }
`);

/**
 * What the `_entities` calls below answer, as far as they select it. They stay text: `_entities`
 * comes from the federation library and is in no schema file codegen checks against.
 */
interface ReferralView {
  id: string;
  category?: string;
  note?: string;
  status?: string;
}
interface PersonEntity {
  id: string;
  referrals?: ReferralView[] | null;
  mentalHealthCategory?: string | null;
}
interface ReferralRow {
  id: string;
  status: string;
  version: number;
  closed_at: Date | null;
  closed_by_id: string | null;
  closing_note: string | null;
}

describe("evaluation: referrals to psychology teachers", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-referral");
  const A = b.student({ name: "王子涵" });
  const B = b.student({ name: "李浩然" });
  const C = b.student({ name: "张欣怡" });
  const E = b.student({ name: "陈宇轩" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const gridLeader = b.staff({ name: "赵敏" });
  const psychologist = b.staff({ name: "黄心宁" });
  const otherPsychologist = b.staff({ name: "林心怡" });
  const rA1 = b.referral(A, psychologist, counselor, {
    category: "ATTENTION",
    note: "睡眠困难",
    referredAt: "2024-10-01T08:00:00.000Z",
  });
  const rA2 = b.referral(A, psychologist, counselor, {
    category: "PRIORITY",
    note: "情绪持续低落",
    referredAt: "2024-11-01T08:00:00.000Z",
  });
  // B's only referral is closed: no current category.
  const rB = b.referral(B, otherPsychologist, counselor, {
    category: "CRISIS",
    status: "CLOSED",
    note: "已转介医院",
    referredAt: "2024-10-15T08:00:00.000Z",
  });
  // E's referrals are the ones the closing tests close.
  const toClose = Array.from({ length: 4 }, (_, i) =>
    b.referral(E, psychologist, counselor, {
      category: "GENERAL",
      note: `待结束${i}`,
      referredAt: `2024-09-0${i + 1}T08:00:00.000Z`,
    }),
  );
  // For the batching test: 30 students with a referral each.
  const crowd = Array.from({ length: 30 }, (_, i) => {
    const student = b.student({ name: `学生${i}` });
    b.referral(student, psychologist, counselor, {
      category: i % 2 ? "ATTENTION" : "GENERAL",
      note: `转介${i}`,
    });
    return student;
  });
  const dataset = b.build();
  const asCounselor = callers.counselor(counselor.id);
  const counselorOfAll = covering(
    "counselor",
    dataset.people.filter((p) => p.kind === "STUDENT").map((p) => p.id),
  );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const REFERRAL = `id category note status referredAt closedAt person { id } referredTo { id } referredBy { id } closedBy { id }`;
  const personQuery = (fields: string) =>
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id ${fields} } } }`;
  const people = (ids: string[], fields: string, as: Caller, options?: ExecuteOptions) =>
    harness.execute<{ _entities: PersonEntity[] }>(
      "evaluation",
      personQuery(fields),
      { r: ids.map((id) => ({ __typename: "Person", id })) },
      as,
      options,
    );
  const referralRows = async (where: Record<string, unknown> = {}) =>
    evaluationKnex(harness)
      .withSchema("evaluation")
      .table("mental_health_referral")
      .where(where)
      .orderBy("id")
      .select<ReferralRow[]>(
        "id",
        "status",
        "version",
        "closed_at",
        "closed_by_id",
        "closing_note",
      );

  describe("reading", () => {
    it("shows a student's referrals, newest first, to a counselor covering them, and reports each sensitive field once", async () => {
      const res = await people(
        [A.id],
        `referrals { ${REFERRAL} }`,
        asCounselor,
        covering("counselor", [A.id]),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res)._entities[0]?.referrals).toEqual([
        {
          id: rA2.id,
          category: "PRIORITY",
          note: "情绪持续低落",
          status: "OPEN",
          referredAt: rA2.referredAt,
          closedAt: null,
          person: { id: A.id },
          referredTo: { id: psychologist.id },
          referredBy: { id: counselor.id },
          closedBy: null,
        },
        {
          id: rA1.id,
          category: "ATTENTION",
          note: "睡眠困难",
          status: "OPEN",
          referredAt: rA1.referredAt,
          closedAt: null,
          person: { id: A.id },
          referredTo: { id: psychologist.id },
          referredBy: { id: counselor.id },
          closedBy: null,
        },
      ]);
      expect(sensitiveReads(res)).toEqual(
        reads(
          [A.id, "MentalHealthReferral.category", "MENTAL_HEALTH"],
          [A.id, "MentalHealthReferral.note", "MENTAL_HEALTH"],
        ),
      );
    });

    it("shows them to the psychology teacher the student was referred to, and not another student's", async () => {
      const options = await careOptions(harness, psychologist.id);
      const res = await people(
        [A.id, B.id],
        `referrals { id category }`,
        callerFor(["psychology_teacher"], psychologist.id),
        options,
      );
      expect(res.data?._entities).toEqual([
        {
          id: A.id,
          referrals: [
            { id: rA2.id, category: "PRIORITY" },
            { id: rA1.id, category: "ATTENTION" },
          ],
        },
        { id: B.id, referrals: null },
      ]);
      expect(errorsOf(res)).toEqual([[["_entities", 1, "referrals"], "FORBIDDEN"]]);
    });

    it("lists a psychology teacher the open referrals made to them (myReferrals), newest first, and nobody else's", async () => {
      const mine = await subgraphQuery(
        harness,
        "evaluation",
        MY_REFERRALS,
        {},
        callerFor(["psychology_teacher"], psychologist.id),
        await careOptions(harness, psychologist.id),
      );
      expect(mine.errors).toBeUndefined();
      const ids = expectData(mine).myReferrals.map((r) => r.id);
      // A's two, newest first; the crowd's; never the other teacher's (B's, closed).
      expect(ids.indexOf(rA2.id)).toBeLessThan(ids.indexOf(rA1.id));
      expect(ids.indexOf(rA1.id)).toBeGreaterThanOrEqual(0);
      expect(ids).not.toContain(rB.id);
      expect(ids).toHaveLength(new Set(ids).size);
      expect(ids.length).toBeGreaterThanOrEqual(2 + crowd.length);
      // The other teacher has no open referral; a counselor covering everyone was referred none.
      for (const [caller, options] of [
        [
          callerFor(["psychology_teacher"], otherPsychologist.id),
          await careOptions(harness, otherPsychologist.id),
        ],
        [asCounselor, counselorOfAll],
        [callers.student(A.id), {}],
      ] as [Caller, ExecuteOptions][]) {
        const res = await subgraphQuery(harness, "evaluation", MY_REFERRALS, {}, caller, options);
        expect(res.errors).toBeUndefined();
        expect(expectData(res).myReferrals).toEqual([]);
      }
    });

    it("refuses them to everyone without MENTAL_HEALTH for the student: the student, CARE and CONTACT staff, an administrator", async () => {
      const refused: [Caller, ExecuteOptions][] = [
        [callers.student(A.id), {}],
        [callerFor(["class_adviser"], adviser.id), covering("class_adviser", [A.id])],
        [callerFor(["grid_leader"], gridLeader.id), covering("grid_leader", [A.id])],
        [callerFor(["task_force_member"], adviser.id), covering("task_force_member", [A.id])],
        [callers.admin(), {}],
        [asCounselor, covering("counselor", [B.id])],
      ];
      for (const [caller, options] of refused) {
        const res = await people([A.id], `referrals { id } mentalHealthCategory`, caller, options);
        expect(res.data?._entities, caller.name).toEqual([
          { id: A.id, referrals: null, mentalHealthCategory: null },
        ]);
        expect(errorsOf(res), caller.name).toEqual([
          [["_entities", 0, "mentalHealthCategory"], "FORBIDDEN"],
          [["_entities", 0, "referrals"], "FORBIDDEN"],
        ]);
        expect(sensitiveReads(res)).toEqual([]);
      }
    });

    it("gives Person.mentalHealthCategory from the latest OPEN referral, null without one, and reports only the values served", async () => {
      const res = await people(
        [A.id, B.id, C.id],
        `mentalHealthCategory`,
        asCounselor,
        covering("counselor", [A.id, B.id, C.id]),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?._entities).toEqual([
        { id: A.id, mentalHealthCategory: "PRIORITY" },
        { id: B.id, mentalHealthCategory: null },
        { id: C.id, mentalHealthCategory: null },
      ]);
      expect(sensitiveReads(res)).toEqual(
        reads([A.id, "Person.mentalHealthCategory", "MENTAL_HEALTH"]),
      );
    });

    it("applies the same rule to MentalHealthReferral references", async () => {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MentalHealthReferral { id status note } } }`;
      const r = [rA1, rB].map((x) => ({ __typename: "MentalHealthReferral", id: x.id }));
      const allowed = await harness.execute<{ _entities: (ReferralView | null)[] }>(
        "evaluation",
        query,
        { r },
        asCounselor,
        covering("counselor", [A.id, B.id]),
      );
      expect(allowed.errors).toBeUndefined();
      expect(expectData(allowed)._entities).toEqual([
        { id: rA1.id, status: "OPEN", note: "睡眠困难" },
        { id: rB.id, status: "CLOSED", note: "已转介医院" },
      ]);
      const psychology = await harness.execute<{ _entities: (ReferralView | null)[] }>(
        "evaluation",
        query,
        { r },
        callerFor(["psychology_teacher"], psychologist.id),
        await careOptions(harness, psychologist.id),
      );
      expect(psychology.data?._entities).toEqual([
        { id: rA1.id, status: "OPEN", note: "睡眠困难" },
        null,
      ]);
      expect(errorsOf(psychology)).toEqual([[["_entities", 1], "FORBIDDEN"]]);
      const gridLeaderRes = await harness.execute<{ _entities: (ReferralView | null)[] }>(
        "evaluation",
        query,
        { r },
        callerFor(["grid_leader"], gridLeader.id),
        covering("grid_leader", [A.id, B.id]),
      );
      expect(gridLeaderRes.data?._entities).toEqual([null, null]);
      expect(errorsOf(gridLeaderRes)).toEqual([
        [["_entities", 0], "FORBIDDEN"],
        [["_entities", 1], "FORBIDDEN"],
      ]);
    });

    it("loads referrals and categories for 3 or 30 people in one statement", async () => {
      const statementsFor = async (n: number) => {
        const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
          people(
            crowd.slice(0, n).map((s) => s.id),
            `mentalHealthCategory referrals { id note }`,
            asCounselor,
            counselorOfAll,
          ),
        );
        expect(res.errors).toBeUndefined();
        expectData(res)._entities.forEach((entity, i) => {
          expect(entity.mentalHealthCategory).toBe(i % 2 ? "ATTENTION" : "GENERAL");
          expect(entity.referrals).toEqual([expect.objectContaining({ note: `转介${i}` })]);
        });
        return statements;
      };
      expect(await statementsFor(3)).toBe(1);
      expect(await statementsFor(30)).toBe(1);
    });
  });

  describe("referToPsychology", () => {
    const refer = (input: Partial<ReferToPsychologyInput>, as: Caller, options: ExecuteOptions) =>
      subgraphQuery(
        harness,
        "evaluation",
        REFER,
        {
          input: {
            personId: C.id,
            category: "GENERAL",
            referredToId: otherPsychologist.id,
            note: "新生心理普查：需关注",
            ...input,
          },
        },
        as,
        options,
      );

    it("refuses callers without MENTAL_HEALTH for the student as staff, and stores nothing", async () => {
      const before = (await referralRows()).length;
      const refused: [string, Caller, ExecuteOptions][] = [
        [
          "class adviser covering C",
          callerFor(["class_adviser"], adviser.id),
          covering("class_adviser", [C.id]),
        ],
        ["administrator who is a person", callerFor(["admin"], adviser.id), {}],
        ["C themselves", callers.student(C.id), {}],
        ["counselor of other students", asCounselor, covering("counselor", [A.id])],
        [
          "counselor who is no person",
          callerFor(["counselor"], null),
          covering("counselor", [C.id]),
        ],
        [
          "C as a counselor covering themselves",
          callerFor(["counselor"], C.id),
          covering("counselor", [C.id]),
        ],
      ];
      for (const [name, caller, options] of refused) {
        const res = await refer({}, caller, options);
        expect(res.data, name).toBeNull();
        expect(
          res.errors?.map((e) => e.extensions?.code),
          name,
        ).toEqual(["FORBIDDEN"]);
      }
      expect(await referralRows()).toHaveLength(before);
    });

    it("refuses blank notes, referring a student to themselves and malformed ids with BAD_USER_INPUT", async () => {
      const options = covering("counselor", [C.id]);
      const blank = await refer({ note: "   " }, asCounselor, options);
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "note",
      });
      const self = await refer({ referredToId: C.id }, asCounselor, options);
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "referredToId",
      });
      const malformed = await refer({ personId: "nope" }, asCounselor, options);
      expect(malformed.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "personId",
      });
      expect(await referralRows({ person_id: C.id })).toEqual([]);
    });

    it("lets a counselor covering the student refer them, recording who and when; the teacher's scope then covers the student", async () => {
      // B's referral to this teacher is closed: no one yet.
      expect(await careScopeOf(harness, otherPsychologist.id)).toEqual([]);
      const started = Date.now();
      const res = await refer(
        { note: "  新生心理普查：需关注  " },
        asCounselor,
        covering("counselor", [C.id]),
      );
      expect(res.errors).toBeUndefined();
      const referral = expectData(res).referToPsychology;
      expect(referral).toMatchObject({
        category: "GENERAL",
        note: "新生心理普查：需关注",
        status: "OPEN",
        closedAt: null,
        person: { id: C.id },
        referredTo: { id: otherPsychologist.id },
        referredBy: { id: counselor.id },
        closedBy: null,
      });
      expect(Date.parse(referral.referredAt)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(referral.referredAt)).toBeLessThanOrEqual(Date.now() + 1000);
      expect(sensitiveReads(res)).toEqual(
        reads(
          [C.id, "MentalHealthReferral.category", "MENTAL_HEALTH"],
          [C.id, "MentalHealthReferral.note", "MENTAL_HEALTH"],
        ),
      );
      expect(await careScopeOf(harness, otherPsychologist.id)).toEqual([
        { role: "psychology_teacher", studentIds: [C.id] },
      ]);
      const category = await people(
        [C.id],
        `mentalHealthCategory`,
        callerFor(["psychology_teacher"], otherPsychologist.id),
        await careOptions(harness, otherPsychologist.id),
      );
      expect(expectData(category)._entities).toEqual([
        { id: C.id, mentalHealthCategory: "GENERAL" },
      ]);
    });

    it("lets a psychology teacher refer a student they hold MENTAL_HEALTH for on to a colleague", async () => {
      const res = await refer(
        { personId: A.id, category: "CRISIS", note: "需转介至精神专科" },
        callerFor(["psychology_teacher"], psychologist.id),
        await careOptions(harness, psychologist.id),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).referToPsychology).toMatchObject({
        category: "CRISIS",
        person: { id: A.id },
        referredTo: { id: otherPsychologist.id },
        referredBy: { id: psychologist.id },
      });
    });
  });

  describe("closeReferral", () => {
    const close = (id: string, as: Caller, options: ExecuteOptions = {}, note?: string) =>
      subgraphQuery(harness, "evaluation", CLOSE, { id, note }, as, options);

    it("refuses callers who are neither the teacher referred to nor staff with MENTAL_HEALTH, changing nothing", async () => {
      const target = present(toClose[0], "a referral to close");
      const before = await referralRows({ id: target.id });
      const refused: [string, Caller, ExecuteOptions][] = [
        ["another psychology teacher", callerFor(["psychology_teacher"], otherPsychologist.id), {}],
        [
          "the teacher referred to, without the role",
          callerFor(["grid_leader"], psychologist.id),
          covering("grid_leader", [E.id]),
        ],
        [
          "class adviser covering E",
          callerFor(["class_adviser"], adviser.id),
          covering("class_adviser", [E.id]),
        ],
        ["an administrator", callerFor(["admin"], adviser.id), {}],
        ["E themselves", callers.student(E.id), {}],
      ];
      for (const [name, caller, options] of refused) {
        const res = await close(target.id, caller, options);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          name,
        ).toEqual(["FORBIDDEN"]);
      }
      expect(await referralRows({ id: target.id })).toEqual(before);
    });

    it("lets the teacher referred to close it, even before their scope is resolved, recording who, when and why", async () => {
      const target = present(toClose[0], "a referral to close");
      const started = Date.now();
      const res = await close(
        target.id,
        callerFor(["psychology_teacher"], psychologist.id),
        {},
        "  咨询六次后情绪稳定  ",
      );
      expect(res.errors).toBeUndefined();
      const closed = expectData(res).closeReferral;
      expect(closed).toMatchObject({
        id: target.id,
        status: "CLOSED",
        closedBy: { id: psychologist.id },
      });
      expect(Date.parse(present(closed.closedAt, "closedAt"))).toBeGreaterThanOrEqual(
        started - 1000,
      );
      const [row] = await referralRows({ id: target.id });
      expect(row).toMatchObject({
        status: "CLOSED",
        version: 2,
        closed_by_id: psychologist.id,
        closing_note: "咨询六次后情绪稳定",
      });
      const again = await close(target.id, callerFor(["psychology_teacher"], psychologist.id));
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "id",
        status: "CLOSED",
      });
    });

    it("lets a counselor covering the student close one, and answers NOT_FOUND and BAD_USER_INPUT for unknown and malformed ids", async () => {
      const res = await close(
        present(toClose[1], "a referral").id,
        asCounselor,
        covering("counselor", [E.id]),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).closeReferral).toMatchObject({
        status: "CLOSED",
        closedBy: { id: counselor.id },
      });
      const unknown = await close(randomUUID(), asCounselor, covering("counselor", [E.id]));
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const malformed = await close("x", asCounselor, covering("counselor", [E.id]));
      expect(malformed.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "id",
      });
    });

    it("applies exactly one of several simultaneous closings", async () => {
      const target = present(toClose[2], "a referral to close");
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          close(target.id, asCounselor, covering("counselor", [E.id])),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors))
        expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(r.errors?.[0]?.extensions?.code);
      const [row] = await referralRows({ id: target.id });
      expect(row).toMatchObject({ status: "CLOSED", version: 2 });
    });
  });
});
