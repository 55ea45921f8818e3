/**
 * The freshman formation programme (新生养成教育) against real PostgreSQL: organisers shape a
 * cohort's programme (nine standard modules, or their own) and count courses in modules; a
 * student's hours per module come from their completed courses; the programme completes when every
 * module is met, and its FORMATION_COMPLETED growth event is written once per student, also when
 * the last courses complete at the same moment.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  statementsOf,
  startTestSubgraphs,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

const b = new DatasetBuilder("curriculum-formation");
const organiserPerson = b.staff({ name: "新生教育组织者" });
const counselorPerson = b.staff({ name: "辅导员" });
const students = Array.from({ length: 5 }, (_, i) => b.student({ name: `新生${i}`, cohort: 2025 }));
const [s1, s2, s3, s4, idle] = students;
const history = b.course({ code: "FH01", title: "校史校情·校史馆" });
const careerA = b.course({ code: "FC01", title: "职业规划·生涯" });
const careerB = b.course({ code: "FC02", title: "职业规划·访谈" });
const forum = b.course({ code: "FO01", title: "大先生讲坛", category: "FORUM" });
/** One held session per course: attending it completes the course (threshold 2/3 of 1). */
const heldOf = [history, careerA, careerB, forum].map((course, i) =>
  b.session(course, {
    startsAt: fromNow(-(i + 2) * DAY),
    endsAt: fromNow(-(i + 2) * DAY + 2 * HOUR),
    instructorId: counselorPerson.id,
  }),
);
const [historyHeld, careerAHeld, careerBHeld] = heldOf;
for (const s of [s1, s2, s3, s4]) for (const held of heldOf) b.enrolment(s, held);
b.enrolment(idle, historyHeld);
const dataset = b.build();

const organiser = callerFor(["admin"], organiserPerson.id, "formation-organiser");
const counselor = callers.counselor(counselorPerson.id);
const asStudent = (s: { id: string }) => callers.student(s.id);

interface Progress {
  modulesMet: number;
  moduleCount: number;
  hours: number;
  requiredHours: number;
  completed: boolean;
  completedAt: string | null;
  programme: { cohort: number };
  modules: {
    module: { order: number; nameZh: string };
    hours: number;
    requiredHours: number;
    met: boolean;
    completedCourses: { code: string }[];
  }[];
}
const PROGRESS = `formationProgress { modulesMet moduleCount hours requiredHours completed completedAt
  programme { cohort }
  modules { module { order nameZh } hours requiredHours met completedCourses { code } } }`;
const MODULE = `id order nameZh nameEn requiredHours description courses { hours course { code } }`;

describe("freshman formation programme (新生养成教育)", () => {
  let harness: SubgraphHarness;
  let programmeId = "";
  const modules: Record<string, string> = {};
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
  const formationEvents = async (personId: string) =>
    (
      await sql<{ n: number }>(
        `select count(*)::int as n from curriculum.outbox_event where type = 'FORMATION_COMPLETED' and subject = ?`,
        [personId],
      )
    )[0].n;

  const createProgramme = (input: Record<string, unknown>, as = organiser) =>
    run<{
      createFormationProgramme: {
        id: string;
        cohort: number;
        modules: { order: number; nameZh: string; nameEn: string; requiredHours: number }[];
      };
    }>(
      `mutation ($input: CreateFormationProgrammeInput!) { createFormationProgramme(input: $input) { id cohort modules { order nameZh nameEn requiredHours } } }`,
      { input: { cohort: 2024, title: "2024级新生养成教育", ...input } },
      as,
    );
  const createModule = (input: Record<string, unknown>, as = organiser) =>
    run<{ createFormationModule: { id: string } }>(
      `mutation ($input: CreateFormationModuleInput!) { createFormationModule(input: $input) { ${MODULE} } }`,
      { input: { programmeId, nameEn: "Module", ...input } },
      as,
    );
  const assign = (moduleId: string, courseId: string, hours: number, as = organiser) =>
    run<{ assignFormationCourse: { courses: { hours: number; course: { code: string } }[] } }>(
      `mutation ($input: AssignFormationCourseInput!) { assignFormationCourse(input: $input) { ${MODULE} } }`,
      { input: { moduleId, courseId, hours } },
      as,
    );
  const mark = (sessionId: string, personId: string) =>
    run(
      `mutation ($input: MarkAttendanceInput!) { markAttendance(input: $input) { id status } }`,
      { input: { sessionId, personId, status: "PRESENT" } },
      counselor,
    );
  const progressOf = (
    ids: string[],
    as: ReturnType<typeof callerFor>,
    cohort: number | null = 2025,
  ) =>
    run<{ _entities: ({ formationProgress: Progress | null } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${PROGRESS} } } }`,
      { r: ids.map((id) => ({ __typename: "Person", id, cohort })) },
      as,
    );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  it("creates a cohort's programme with the nine standard modules, once per cohort, for organisers only", async () => {
    const made = await createProgramme({});
    expect(made.errors).toBeUndefined();
    const nine = made.data?.createFormationProgramme.modules ?? [];
    expect(nine.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(nine.slice(0, 3).map((m) => m.nameZh)).toEqual(["校史校情", "成长励志", "职业规划"]);
    expect(nine.every((m) => m.nameEn.length > 0 && m.requiredHours > 0)).toBe(true);
    expect(codeOf(await createProgramme({}))).toBe("CONFLICT");
    expect(codeOf(await createProgramme({ cohort: 2026 }, asStudent(s1)))).toBe("FORBIDDEN");
    expect(codeOf(await createProgramme({ cohort: 2026 }, counselor))).toBe("FORBIDDEN");
    expect(codeOf(await createProgramme({ cohort: 1999 }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await createProgramme({ cohort: 2026, title: "  " }))).toBe("BAD_USER_INPUT");
    expect(await count("formation_programme")).toBe(1);
    expect(await count("formation_module")).toBe(9);
  });

  it("lets organisers shape their own modules, refusing bad input with nothing changed", async () => {
    const made = await createProgramme({ cohort: 2025, title: "2025级", standardModules: false });
    expect(made.errors).toBeUndefined();
    programmeId = made.data?.createFormationProgramme.id ?? "";
    const history = await createModule({ order: 1, nameZh: "校史校情", requiredHours: 2 });
    expect(history.errors).toBeUndefined();
    modules.history = history.data?.createFormationModule.id ?? "";
    const career = await createModule({ order: 2, nameZh: "职业规划", requiredHours: 3 });
    modules.career = career.data?.createFormationModule.id ?? "";
    const before = await count("formation_module");
    expect(codeOf(await createModule({ order: 10, nameZh: "第十", requiredHours: 1 }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await createModule({ order: 3, nameZh: "零", requiredHours: 0 }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await createModule({ order: 3, nameZh: " ", requiredHours: 1 }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await createModule({ order: 1, nameZh: "重复", requiredHours: 1 }))).toBe(
      "CONFLICT",
    );
    expect(
      codeOf(await createModule({ order: 3, nameZh: "学生", requiredHours: 1 }, asStudent(s1))),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await createModule({
          programmeId: "00000000-0000-4000-8000-000000000000",
          order: 3,
          nameZh: "无",
          requiredHours: 1,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await count("formation_module")).toBe(before);

    const renamed = await run<{ updateFormationModule: { nameEn: string; requiredHours: number } }>(
      `mutation ($input: UpdateFormationModuleInput!) { updateFormationModule(input: $input) { nameEn requiredHours } }`,
      { input: { moduleId: modules.career, nameEn: "Career planning", requiredHours: 3 } },
      organiser,
    );
    expect(renamed.data?.updateFormationModule).toEqual({
      nameEn: "Career planning",
      requiredHours: 3,
    });
    const refused = await run(
      `mutation ($input: UpdateFormationModuleInput!) { updateFormationModule(input: $input) { id } }`,
      { input: { moduleId: modules.career, requiredHours: -1 } },
      organiser,
    );
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
  });

  it("counts formation courses in modules with their hours; other courses and callers are refused", async () => {
    expect((await assign(modules.history, history.id, 2)).errors).toBeUndefined();
    // Assigned to the history module first, then moved: a course counts in one module of a programme.
    expect((await assign(modules.history, careerA.id, 2)).errors).toBeUndefined();
    const moved = await assign(modules.career, careerA.id, 2);
    expect(moved.data?.assignFormationCourse.courses).toEqual([
      { hours: 2, course: { code: "FC01" } },
    ]);
    expect((await assign(modules.career, careerB.id, 1)).errors).toBeUndefined();
    const before = await count("formation_module_course");
    expect(before).toBe(3);
    expect(codeOf(await assign(modules.career, forum.id, 1))).toBe("BAD_USER_INPUT");
    expect(codeOf(await assign(modules.career, careerB.id, 0))).toBe("BAD_USER_INPUT");
    expect(codeOf(await assign(modules.career, careerB.id, 1, asStudent(s1)))).toBe("FORBIDDEN");
    expect(codeOf(await assign(modules.career, careerB.id, 1, counselor))).toBe("FORBIDDEN");
    expect(codeOf(await assign("00000000-0000-4000-8000-000000000000", careerB.id, 1))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await assign(modules.career, "not-an-id", 1))).toBe("BAD_USER_INPUT");
    const unassigned = await run(
      `mutation ($input: UnassignFormationCourseInput!) { unassignFormationCourse(input: $input) { id } }`,
      { input: { moduleId: modules.history, courseId: careerB.id } },
      organiser,
    );
    expect(codeOf(unassigned)).toBe("BAD_USER_INPUT");
    expect(await count("formation_module_course")).toBe(before);
  });

  it("computes hours per module from completed courses and completes the programme when all are met, once", async () => {
    let me = (await progressOf([s1.id], asStudent(s1))).data?._entities[0]?.formationProgress;
    expect(me).toMatchObject({
      modulesMet: 0,
      moduleCount: 2,
      hours: 0,
      requiredHours: 5,
      completed: false,
      completedAt: null,
      programme: { cohort: 2025 },
    });
    expect((await mark(historyHeld.id, s1.id)).errors).toBeUndefined();
    me = (await progressOf([s1.id], asStudent(s1))).data?._entities[0]?.formationProgress;
    expect(me?.modules).toEqual([
      {
        module: { order: 1, nameZh: "校史校情" },
        hours: 2,
        requiredHours: 2,
        met: true,
        completedCourses: [{ code: "FH01" }],
      },
      {
        module: { order: 2, nameZh: "职业规划" },
        hours: 0,
        requiredHours: 3,
        met: false,
        completedCourses: [],
      },
    ]);
    await mark(careerAHeld.id, s1.id);
    me = (await progressOf([s1.id], asStudent(s1))).data?._entities[0]?.formationProgress;
    // 2 of 3 hours: not met yet, and the programme not completed.
    expect(me).toMatchObject({ modulesMet: 1, hours: 4, completed: false });
    expect(await formationEvents(s1.id)).toBe(0);
    await mark(careerBHeld.id, s1.id);
    me = (await progressOf([s1.id], asStudent(s1))).data?._entities[0]?.formationProgress;
    expect(me).toMatchObject({ modulesMet: 2, hours: 5, completed: true });
    expect(me?.completedAt).not.toBeNull();
    expect(await formationEvents(s1.id)).toBe(1);
    // A correction and a re-mark do not emit again.
    await run(
      `mutation ($input: MarkAttendanceInput!) { markAttendance(input: $input) { id } }`,
      { input: { sessionId: careerBHeld.id, personId: s1.id, status: "LATE", note: "更正" } },
      counselor,
    );
    expect(await formationEvents(s1.id)).toBe(1);
    const [event] = await sql<{ payload: { kind: string; domain: string; points: number } }>(
      `select payload from curriculum.outbox_event where type = 'FORMATION_COMPLETED' and subject = ?`,
      [s1.id],
    );
    expect(event.payload).toMatchObject({ kind: "FORMATION_COMPLETED", domain: "MORAL" });
  });

  it("emits the completion once when the last courses complete at the same moment", async () => {
    // s2: every course at once; s3: the two last ones at once, after the first.
    await mark(historyHeld.id, s3.id);
    const results = await Promise.all([
      mark(historyHeld.id, s2.id),
      mark(careerAHeld.id, s2.id),
      mark(careerBHeld.id, s2.id),
      mark(careerAHeld.id, s3.id),
      mark(careerBHeld.id, s3.id),
    ]);
    expect(results.map((r) => r.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(await formationEvents(s2.id)).toBe(1);
    expect(await formationEvents(s3.id)).toBe(1);
    const rows = await sql<{ n: number }>(
      `select count(*)::int as n from curriculum.formation_completion where person_id = any(?::uuid[])`,
      [`{${s2.id},${s3.id}}`],
    );
    expect(rows[0].n).toBe(2);
  });

  it("shows progress to the student and staff only; null without a cohort or a programme", async () => {
    const other = await progressOf([s1.id], asStudent(s4));
    expect(codeOf(other)).toBe("FORBIDDEN");
    const staff = await progressOf([s1.id], counselor);
    expect(staff.data?._entities[0]?.formationProgress?.completed).toBe(true);
    const noCohort = await progressOf([counselorPerson.id], counselor, null);
    expect(noCohort.errors).toBeUndefined();
    expect(noCohort.data?._entities[0]?.formationProgress).toBeNull();
    const noProgramme = await progressOf([s1.id], asStudent(s1), 2019);
    expect(noProgramme.data?._entities[0]?.formationProgress).toBeNull();
  });

  it("reads many students' progress in as many statements as one", async () => {
    const read = (ids: string[]) =>
      statementsOf(harness, "curriculum", () => progressOf(ids, counselor));
    const one = await read([s1.id]);
    const five = await read(students.map((s) => s.id));
    expect(five.result.errors).toBeUndefined();
    expect(five.statements).toBe(one.statements);
  });

  it("counts a cohort's participants per module for organisers", async () => {
    const query = `query ($cohort: Int!) { formationCohortProgress(cohort: $cohort) {
      participants completed inProgress modules { module { order } met inProgress notStarted } } }`;
    const res = await run<{ formationCohortProgress: unknown }>(query, { cohort: 2025 }, organiser);
    expect(res.errors).toBeUndefined();
    // s1, s2, s3 completed; s4 holds places but attended nothing; idle attended nothing.
    expect(res.data?.formationCohortProgress).toEqual({
      participants: 5,
      completed: 3,
      inProgress: 2,
      modules: [
        { module: { order: 1 }, met: 3, inProgress: 0, notStarted: 2 },
        { module: { order: 2 }, met: 3, inProgress: 0, notStarted: 2 },
      ],
    });
    expect(codeOf(await run(query, { cohort: 2025 }, asStudent(s1)))).toBe("FORBIDDEN");
    expect(codeOf(await run(query, { cohort: 2025 }, counselor))).toBe("FORBIDDEN");
    const none = await run<{ formationCohortProgress: unknown }>(
      query,
      { cohort: 2030 },
      organiser,
    );
    expect(none.data?.formationCohortProgress).toBeNull();
  });
});
