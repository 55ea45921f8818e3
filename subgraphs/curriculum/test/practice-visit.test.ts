/**
 * Practice visits (实践见习, 攀登计划第二层) against real PostgreSQL: staff schedule a visit with its
 * host, guiding problem, places and capacity; concurrent sign-ups never pass the capacity; after
 * the visit each student submits a reflection (心得), which the organiser accepts or returns with
 * a comment, every change recorded with who and when; an accepted reflection lifts to tier 2.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  startTestSubgraphs,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { ReflectionStatus } from "../src/practice-visit/practice-visit.enums";
import { assertReflectionTransition } from "../src/practice-visit/practice-visit.workflow";

const b = new DatasetBuilder("curriculum-practice-visit");
const adminPerson = b.staff({ name: "刘建国" });
const guidePerson = b.staff({ name: "见习带队李老师" });
const otherStaffPerson = b.staff({ name: "赵老师" });
const partner = b.partner({ name: "西电集团", kind: "ENTERPRISE" });
const students = Array.from({ length: 8 }, (_, i) => b.student({ name: `见习学生${i}` }));
const [writer, other] = students;
const dataset = b.build();

const admin = callerFor(["admin"], adminPerson.id, "admin");
const guide = callerFor(["counselor"], guidePerson.id, "guide");
const otherStaff = callerFor(["counselor"], otherStaffPerson.id, "other-staff");
const developer = callerFor(["developer"], otherStaffPerson.id, "developer");
const asStudent = (s: { id: string }) => callers.student(s.id);

const SIGN_UP = `id reflection reflectionStatus reviewComment person { id } visit { id }
  history { from to comment by { id } at }`;

interface SignUp {
  id: string;
  reflectionStatus: string;
  reviewComment: string | null;
  history: { from: string; to: string; comment: string | null; by: { id: string } | null }[];
}

const codeOfCall = (call: () => unknown): string | undefined => {
  try {
    call();
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe("reflection rules", () => {
  it("moves a reflection NOT_SUBMITTED → SUBMITTED → ACCEPTED or RETURNED → SUBMITTED, and nothing else", () => {
    const allowed = Object.values(ReflectionStatus).flatMap((from) =>
      Object.values(ReflectionStatus)
        .filter((to) => codeOfCall(() => assertReflectionTransition(from, to)) === undefined)
        .map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "NOT_SUBMITTED→SUBMITTED",
      "SUBMITTED→ACCEPTED",
      "SUBMITTED→RETURNED",
      "RETURNED→SUBMITTED",
    ]);
  });
});

describe("practice visits", () => {
  let harness: SubgraphHarness;
  let visitId = "";
  /** Two of the three who got a place (which three is the race's to decide). */
  const writerOf = { id: writer.id };
  const otherOf = { id: other.id };
  const db = () => harness.subgraphs.curriculum.orm.em.fork() as EntityManager;
  const sql = <T extends object>(text: string, params: unknown[] = []) =>
    db().getConnection().execute<T[]>(text, params);
  const run = <T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown>,
    as: ReturnType<typeof callerFor>,
  ): Promise<GraphQLResponse<T>> => harness.execute("curriculum", document, variables, as);
  const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const count = async (table: string) =>
    (await sql<{ n: number }>(`select count(*)::int as n from curriculum.${table}`))[0].n;
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  const create = (input: Record<string, unknown>, as = guide) =>
    run<{ createPracticeVisit: { id: string; hostPartner: { name: string } | null } }>(
      `mutation ($input: CreatePracticeVisitInput!) { createPracticeVisit(input: $input) { id title hostName hostPartner { id name } guidingProblem places capacity organiser { id } } }`,
      {
        input: {
          title: "走进智能电网",
          hostPartnerId: partner.id,
          guidingProblem: "新能源并网的稳定性问题如何解决？",
          places: "调度中心、变电站",
          startsAt: hoursFromNow(48),
          endsAt: hoursFromNow(51),
          capacity: 3,
          ...input,
        },
      },
      as,
    );
  const signUp = (id: string, as: ReturnType<typeof callerFor>) =>
    run<{ signUpForPracticeVisit: { id: string } }>(
      `mutation ($input: PracticeVisitIdInput!) { signUpForPracticeVisit(input: $input) { id } }`,
      { input: { visitId: id } },
      as,
    );
  const cancel = (id: string, as: ReturnType<typeof callerFor>) =>
    run<{ cancelPracticeVisitSignUp: { taken: number } }>(
      `mutation ($input: PracticeVisitIdInput!) { cancelPracticeVisitSignUp(input: $input) { taken } }`,
      { input: { visitId: id } },
      as,
    );
  const submit = (
    signUpId: string,
    as: ReturnType<typeof callerFor>,
    reflection = "见习心得：调度自动化令人印象深刻。",
  ) =>
    run<{ submitPracticeReflection: SignUp }>(
      `mutation ($input: SubmitPracticeReflectionInput!) { submitPracticeReflection(input: $input) { ${SIGN_UP} } }`,
      { input: { signUpId, reflection } },
      as,
    );
  const review = (
    signUpId: string,
    verdict: string,
    comment: string | null,
    as: ReturnType<typeof callerFor> = guide,
  ) =>
    run<{ reviewPracticeReflection: SignUp }>(
      `mutation ($input: ReviewPracticeReflectionInput!) { reviewPracticeReflection(input: $input) { ${SIGN_UP} } }`,
      { input: { signUpId, verdict, comment } },
      as,
    );
  const signUpIdOf = async (student: { id: string }) =>
    (
      await sql<{ id: string }>(
        `select id from curriculum.practice_visit_sign_up where visit_id = ? and person_id = ?`,
        [visitId, student.id],
      )
    )[0]?.id ?? "";

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  it("lets staff schedule a visit hosted by a partner or one named in words, and refuses the rest", async () => {
    const made = await create({});
    expect(made.errors).toBeUndefined();
    expect(made.data?.createPracticeVisit.hostPartner?.name).toBe("西电集团");
    visitId = made.data?.createPracticeVisit.id ?? "";
    expect(
      (await create({ hostPartnerId: null, hostName: "附属医院", capacity: 1 })).errors,
    ).toBeUndefined();
    const before = await count("practice_visit");
    expect(codeOf(await create({}, asStudent(writer)))).toBe("FORBIDDEN");
    expect(codeOf(await create({}, developer))).toBe("FORBIDDEN");
    expect(codeOf(await create({ hostName: "又一个" }))).toBe("BAD_USER_INPUT"); // two hosts
    expect(codeOf(await create({ hostPartnerId: null }))).toBe("BAD_USER_INPUT"); // none
    expect(codeOf(await create({ hostPartnerId: "00000000-0000-4000-8000-0000000000aa" }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await create({ startsAt: hoursFromNow(-1) }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await create({ endsAt: hoursFromNow(47) }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await create({ guidingProblem: " " }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await create({ capacity: 0 }))).toBe("BAD_USER_INPUT");
    expect(await count("practice_visit")).toBe(before);
  });

  it("holds the capacity under concurrent sign-ups, once each, students only", async () => {
    const results = await Promise.all(students.map((s) => signUp(visitId, asStudent(s))));
    const taken = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(taken).toHaveLength(3);
    expect(refused.map(codeOf)).toEqual(Array(5).fill("CONFLICT"));
    expect(refused[0].errors?.[0]?.message).toMatch(/full/);
    expect(await count("practice_visit_sign_up")).toBe(3);
    const signedUp = await sql<{ person_id: string }>(
      `select person_id from curriculum.practice_visit_sign_up where visit_id = ?`,
      [visitId],
    );
    const ids = signedUp.map((r) => r.person_id);
    const [first, second] = students.filter((s) => ids.includes(s.id));
    writerOf.id = first.id;
    otherOf.id = second.id;
    expect(codeOf(await signUp(visitId, asStudent(first)))).toBe("CONFLICT");
    expect(codeOf(await signUp(visitId, guide))).toBe("FORBIDDEN");

    // Before the visit a student takes their sign-up back and the place is free again.
    const third = students.find((s) => ids.includes(s.id) && s !== first && s !== second);
    const outsider = students.find((s) => !ids.includes(s.id));
    if (!third || !outsider) throw new Error("the test needs a third student and an outsider");
    expect(codeOf(await cancel(visitId, guide))).toBe("FORBIDDEN");
    expect(codeOf(await cancel(visitId, asStudent(outsider)))).toBe("BAD_USER_INPUT"); // none
    const cancelled = await cancel(visitId, asStudent(third));
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelPracticeVisitSignUp.taken).toBe(2);
    expect(codeOf(await cancel(visitId, asStudent(third)))).toBe("BAD_USER_INPUT"); // once
    expect((await signUp(visitId, asStudent(outsider))).errors).toBeUndefined();
    expect(await count("practice_visit_sign_up")).toBe(3);
  });
  it("takes a reflection only after the visit, from its student, and refuses sign-ups once it started", async () => {
    const mine = await signUpIdOf(writerOf);
    const early = await submit(mine, asStudent(writerOf));
    expect(codeOf(early)).toBe("BAD_USER_INPUT");
    expect(early.errors?.[0]?.message).toMatch(/after the visit/);
    await sql(
      `update curriculum.practice_visit set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ?`,
      [visitId],
    );
    const outsider = students.find((s) => s.id !== writerOf.id && s.id !== otherOf.id) ?? writer;
    expect(codeOf(await signUp(visitId, asStudent(outsider)))).toBe("BAD_USER_INPUT");
    // Once it started, a sign-up stands (for its reflection).
    expect(codeOf(await cancel(visitId, asStudent(writerOf)))).toBe("BAD_USER_INPUT");
    expect(codeOf(await submit(mine, asStudent(otherOf)))).toBe("FORBIDDEN");
    expect(codeOf(await submit(mine, asStudent(writerOf), "  "))).toBe("BAD_USER_INPUT");
    const res = await submit(mine, asStudent(writerOf));
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitPracticeReflection.reflectionStatus).toBe("SUBMITTED");
    expect(codeOf(await submit(mine, asStudent(writerOf)))).toBe("BAD_USER_INPUT"); // already submitted
  });

  it("returns a reflection with a comment, takes it again, accepts it once, by the organiser only, recording each change", async () => {
    const mine = await signUpIdOf(writerOf);
    expect(codeOf(await review(mine, "ACCEPT", null, otherStaff))).toBe("FORBIDDEN");
    expect(codeOf(await review(mine, "ACCEPT", null, asStudent(writerOf)))).toBe("FORBIDDEN");
    expect(codeOf(await review(mine, "RETURN", " "))).toBe("BAD_USER_INPUT"); // a return says why
    const returned = await review(mine, "RETURN", "请结合问题导向展开");
    expect(returned.data?.reviewPracticeReflection).toMatchObject({
      reflectionStatus: "RETURNED",
      reviewComment: "请结合问题导向展开",
    });
    expect(codeOf(await review(mine, "ACCEPT", null))).toBe("BAD_USER_INPUT"); // nothing to review
    expect((await submit(mine, asStudent(writerOf), "修改后的心得")).errors).toBeUndefined();
    const accepted = await review(mine, "ACCEPT", "很好", admin);
    expect(accepted.errors).toBeUndefined();
    expect(
      accepted.data?.reviewPracticeReflection.history.map((h) => [
        h.from,
        h.to,
        h.by?.id,
        h.comment,
      ]),
    ).toEqual([
      ["NOT_SUBMITTED", "SUBMITTED", writerOf.id, null],
      ["SUBMITTED", "RETURNED", guidePerson.id, "请结合问题导向展开"],
      ["RETURNED", "SUBMITTED", writerOf.id, null],
      ["SUBMITTED", "ACCEPTED", adminPerson.id, "很好"],
    ]);
    expect(codeOf(await review(mine, "RETURN", "再改", admin))).toBe("BAD_USER_INPUT");
    expect(codeOf(await submit(mine, asStudent(writerOf)))).toBe("BAD_USER_INPUT");
  });

  it("lifts a student with an accepted reflection to tier 2, and refuses one whose reflection is not accepted", async () => {
    const setTier = (personId: string) =>
      run<{ setClimbTier: { tier: number } }>(
        `mutation ($input: SetClimbTierInput!) { setClimbTier(input: $input) { tier } }`,
        { input: { personId, tier: 2, basis: "实践见习心得" } },
        admin,
      );
    expect((await setTier(writerOf.id)).errors).toBeUndefined();
    const refused = await setTier(otherOf.id);
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/accepted practice-visit reflection/);
  });

  it("shows sign-ups to the organiser and staff, a student their own, in as many statements for many", async () => {
    const visit = (as: ReturnType<typeof callerFor>) =>
      run<{
        practiceVisit: {
          taken: number;
          canReview: boolean;
          signUps: { person: { id: string } }[] | null;
          mySignUp: { reflectionStatus: string } | null;
        };
      }>(
        `query ($id: ID!) { practiceVisit(id: $id) { taken capacity canReview signUps { person { id } } mySignUp { reflectionStatus } } }`,
        { id: visitId },
        as,
      );
    const own = await visit(guide);
    expect(own.data?.practiceVisit).toMatchObject({ taken: 3, canReview: true });
    expect(own.data?.practiceVisit.signUps).toHaveLength(3);
    // Other staff see the sign-ups their duty covers: none without a scope, one with it.
    const other = (scope?: { students: { counselor: string[] } }) =>
      harness.execute<{ practiceVisit: { taken: number; signUps: { person: { id: string } }[] } }>(
        "curriculum",
        `query ($id: ID!) { practiceVisit(id: $id) { taken signUps { person { id } } } }`,
        { id: visitId },
        otherStaff,
        { scope },
      );
    expect((await other()).data?.practiceVisit).toEqual({ taken: 3, signUps: [] });
    expect(
      (await other({ students: { counselor: [writerOf.id] } })).data?.practiceVisit.signUps,
    ).toEqual([{ person: { id: writerOf.id } }]);
    const student = await visit(asStudent(writerOf));
    expect(codeOf(student)).toBe("FORBIDDEN");
    expect(student.data?.practiceVisit).toMatchObject({
      taken: 3,
      canReview: false,
      signUps: null,
      mySignUp: { reflectionStatus: "ACCEPTED" },
    });

    const ofPeople = (ids: string[], as: ReturnType<typeof callerFor>) =>
      run<{ _entities: { practiceVisitSignUps: { id: string }[] | null }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id practiceVisitSignUps { ${SIGN_UP} visit { title hostPartner { name } } } } } }`,
        { r: ids.map((id) => ({ __typename: "Person", id })) },
        as,
      );
    expect(
      (await ofPeople([writerOf.id], asStudent(writerOf))).data?._entities[0].practiceVisitSignUps,
    ).toHaveLength(1);
    expect(codeOf(await ofPeople([writerOf.id], asStudent(otherOf)))).toBe("FORBIDDEN");
    expect(codeOf(await ofPeople([writerOf.id], otherStaff))).toBe("FORBIDDEN"); // not in their duty
    const statements = async (ids: string[]) => {
      const before = harness.subgraphs.curriculum.statements.count;
      expect((await ofPeople(ids, admin)).errors).toBeUndefined();
      return harness.subgraphs.curriculum.statements.count - before;
    };
    expect(await statements(students.map((s) => s.id))).toBe(await statements([writerOf.id]));
    const list = await run<{ practiceVisits: { totalCount: number } }>(
      `query { practiceVisits(first: 10) { totalCount edges { node { title taken } } } }`,
      {},
      asStudent(writer),
    );
    expect(list.data?.practiceVisits.totalCount).toBe(2);
  });
});
