/**
 * Habit projects (攀登计划第一层: 学业学风提升, 体能习惯养成) against real PostgreSQL: staff start them,
 * students join and check in once a day inside the period (never outside it, never twice), the
 * organiser records each participant's result computed from the check-ins, a goal met reaches the
 * growth record through the outbox once and lifts the student to tier 2.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, demoData } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import {
  callerFor,
  callers,
  startTestSubgraphs,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { goalMet, goalRefusal, type HabitGoal } from "../src/habit/habit.rules";

const b = new DatasetBuilder("curriculum-habit");
const adminPerson = b.staff({ name: "刘建国" });
const coachPerson = b.staff({ name: "体育部王老师" });
const otherStaffPerson = b.staff({ name: "赵老师" });
const [runner, idler, classmate, late] = Array.from({ length: 4 }, (_, i) =>
  b.student({ name: `打卡学生${i}` }),
);
const dataset = b.build();

const admin = callerFor(["admin"], adminPerson.id, "admin");
const coach = callerFor(["counselor"], coachPerson.id, "coach");
const otherStaff = callerFor(["counselor"], otherStaffPerson.id, "other-staff");
const auditor = callerFor(["auditor"], otherStaffPerson.id, "auditor");
const asStudent = (s: { id: string }) => callers.student(s.id);

/** YYYY-MM-DD `n` days from the campus's today. */
const dayFrom = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const PARTICIPATION = `id goalMet resultCheckIns resultNote resultAt resultBy { id } checkInCount checkedInToday goalMetSoFar person { id } project { id }`;

describe("habit rules", () => {
  const goal = (g: Partial<HabitGoal>): HabitGoal => ({
    startsOn: "2026-03-02",
    endsOn: "2026-03-15",
    goalCheckIns: 4,
    perWeek: null,
    ...g,
  });
  it("meets a goal on enough distinct days inside the period, and a weekly target in every full week", () => {
    expect(goalMet(goal({}), ["2026-03-02", "2026-03-03", "2026-03-04"])).toBe(false);
    expect(goalMet(goal({}), ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"])).toBe(true);
    // Days outside the period and repeats do not count.
    expect(
      goalMet(goal({}), ["2026-03-01", "2026-03-02", "2026-03-02", "2026-03-16", "2026-03-03"]),
    ).toBe(false);
    // Two a week: four in the first week and none in the second is not enough.
    const weekly = goal({ perWeek: 2 });
    expect(goalMet(weekly, ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"])).toBe(false);
    expect(goalMet(weekly, ["2026-03-02", "2026-03-03", "2026-03-09", "2026-03-15"])).toBe(true);
  });
  it("refuses a goal the period cannot hold", () => {
    expect(goalRefusal(goal({ endsOn: "2026-03-01" }))?.field).toBe("input.endsOn");
    expect(goalRefusal(goal({ goalCheckIns: 15 }))?.field).toBe("input.goalCheckIns");
    expect(goalRefusal(goal({ goalCheckIns: 14 }))).toBeNull();
    // A school year at most: 366 days is the longest period, 367 is refused.
    expect(goalRefusal(goal({ endsOn: "2027-03-02", goalCheckIns: 1 }))).toBeNull();
    expect(goalRefusal(goal({ endsOn: "2027-03-03", goalCheckIns: 1 }))?.field).toBe(
      "input.endsOn",
    );
    expect(goalRefusal(goal({ endsOn: "2026-03-04", goalCheckIns: 1, perWeek: 1 }))?.field).toBe(
      "input.perWeek",
    );
  });
});

describe("habit projects", () => {
  let harness: SubgraphHarness;
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

  const create = (input: Record<string, unknown>, as = coach) =>
    run<{ createHabitProject: { id: string; organiser: { id: string } } }>(
      `mutation ($input: CreateHabitProjectInput!) { createHabitProject(input: $input) { id kind organiser { id } goalCheckIns perWeek startsOn endsOn } }`,
      {
        input: {
          kind: "FITNESS",
          title: "晨跑打卡",
          description: "每天晨跑 3 公里",
          goalCheckIns: 1,
          startsOn: today(),
          endsOn: today(),
          ...input,
        },
      },
      as,
    );
  const join = (projectId: string, as: ReturnType<typeof callerFor>) =>
    run<{ joinHabitProject: { id: string } }>(
      `mutation ($input: HabitProjectIdInput!) { joinHabitProject(input: $input) { id } }`,
      { input: { projectId } },
      as,
    );
  const checkIn = (projectId: string, as: ReturnType<typeof callerFor>) =>
    run<{ checkInHabit: { day: string; note: string | null } }>(
      `mutation ($input: CheckInHabitInput!) { checkInHabit(input: $input) { day note at } }`,
      { input: { projectId, note: "3 公里" } },
      as,
    );
  const record = (participationId: string, as = coach, note = "坚持得好") =>
    run<{ recordHabitResult: Record<string, unknown> }>(
      `mutation ($input: RecordHabitResultInput!) { recordHabitResult(input: $input) { ${PARTICIPATION} } }`,
      { input: { participationId, note } },
      as,
    );
  const setTier = (personId: string, tier: number) =>
    run<{ setClimbTier: { tier: number } }>(
      `mutation ($input: SetClimbTierInput!) { setClimbTier(input: $input) { tier } }`,
      { input: { personId, tier, basis: "习惯养成达标" } },
      admin,
    );

  let todayProject = "";
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  it("lets staff start a habit project, refusing students, oversight and goals the period cannot hold", async () => {
    const made = await create({});
    expect(made.errors).toBeUndefined();
    expect(made.data?.createHabitProject.organiser.id).toBe(coachPerson.id);
    todayProject = made.data?.createHabitProject.id ?? "";
    const before = await count("habit_project");
    expect(codeOf(await create({}, asStudent(runner)))).toBe("FORBIDDEN");
    expect(codeOf(await create({}, auditor))).toBe("FORBIDDEN");
    expect(codeOf(await create({ goalCheckIns: 2 }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await create({ startsOn: dayFrom(-9), endsOn: dayFrom(-1) }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await create({ perWeek: 8, endsOn: dayFrom(30) }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await create({ title: "  " }))).toBe("BAD_USER_INPUT");
    expect(await count("habit_project")).toBe(before);
  });

  it("lets students join once, and nobody else", async () => {
    expect((await join(todayProject, asStudent(runner))).errors).toBeUndefined();
    expect((await join(todayProject, asStudent(idler))).errors).toBeUndefined();
    const twice = await join(todayProject, asStudent(runner));
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.projectId",
    });
    expect(codeOf(await join(todayProject, coach))).toBe("FORBIDDEN");
    expect(codeOf(await join("00000000-0000-4000-8000-0000000000aa", asStudent(runner)))).toBe(
      "NOT_FOUND",
    );
    expect(await count("habit_participation")).toBe(2);
  });

  it("takes one check-in a day inside the period: never twice, never too early or too late, never by a non-participant", async () => {
    const first = await checkIn(todayProject, asStudent(runner));
    expect(first.errors).toBeUndefined();
    expect(first.data?.checkInHabit).toMatchObject({ day: today(), note: "3 公里" });
    const twice = await checkIn(todayProject, asStudent(runner));
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.projectId",
    });
    expect(twice.errors?.[0]?.message).toMatch(/already checked in today/);
    expect(codeOf(await checkIn(todayProject, asStudent(classmate)))).toBe("FORBIDDEN");
    expect(codeOf(await checkIn(todayProject, coach))).toBe("FORBIDDEN");

    // Too early: a project starting tomorrow.
    const early = (await create({ startsOn: dayFrom(1), endsOn: dayFrom(10) })).data
      ?.createHabitProject.id as string;
    expect((await join(early, asStudent(late))).errors).toBeUndefined();
    const tooEarly = await checkIn(early, asStudent(late));
    expect(codeOf(tooEarly)).toBe("BAD_USER_INPUT");
    expect(tooEarly.errors?.[0]?.message).toMatch(/open on/);
    // Too late: the same project once its period has passed.
    await sql(
      `update curriculum.habit_project set starts_on = ?::date, ends_on = ?::date where id = ?`,
      [dayFrom(-10), dayFrom(-1), early],
    );
    const tooLate = await checkIn(early, asStudent(late));
    expect(codeOf(tooLate)).toBe("BAD_USER_INPUT");
    expect(tooLate.errors?.[0]?.message).toMatch(/closed on/);
    expect(codeOf(await join(early, asStudent(classmate)))).toBe("BAD_USER_INPUT"); // ended
    expect(await count("habit_check_in")).toBe(1);
  });

  it("records each result once from its last day, computed from the check-ins, by the organiser only", async () => {
    const ongoing = (await create({ endsOn: dayFrom(5) })).data?.createHabitProject.id as string;
    const ongoingId = (await join(ongoing, asStudent(runner))).data?.joinHabitProject.id as string;
    expect(codeOf(await record(ongoingId))).toBe("BAD_USER_INPUT"); // before its last day

    const [met, unmet] = await sql<{ id: string; person_id: string }>(
      `select id, person_id from curriculum.habit_participation where project_id = ? order by person_id = ? desc`,
      [todayProject, runner.id],
    );
    expect(met.person_id).toBe(runner.id);
    expect(codeOf(await record(met.id, otherStaff))).toBe("FORBIDDEN");
    expect(codeOf(await record(met.id, asStudent(runner)))).toBe("FORBIDDEN");
    expect(await count("outbox_event")).toBe(0);

    const res = await record(met.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordHabitResult).toMatchObject({
      goalMet: true,
      resultCheckIns: 1,
      resultNote: "坚持得好",
      resultBy: { id: coachPerson.id },
    });
    expect(codeOf(await record(met.id, admin))).toBe("BAD_USER_INPUT"); // once
    const notMet = await record(unmet.id, admin, "未打卡");
    expect(notMet.data?.recordHabitResult).toMatchObject({ goalMet: false, resultCheckIns: 0 });
    // Check-ins close with the result.
    expect(codeOf(await checkIn(todayProject, asStudent(idler)))).toBe("BAD_USER_INPUT");

    const events = await sql<{
      key: string;
      subject: string;
      payload: { domain: string; title: string };
    }>(`select key, subject, payload from curriculum.outbox_event where type = 'HABIT_GOAL_MET'`);
    expect(events.map((e) => [e.key, e.subject, e.payload.domain, e.payload.title])).toEqual([
      [
        `habit-goal-met:${todayProject}:${runner.id}`,
        runner.id,
        "PHYSICAL",
        "体能习惯养成达标：晨跑打卡",
      ],
    ]);
  });

  it("lifts a student with a goal met to tier 2, and refuses one without, saying why", async () => {
    expect((await setTier(runner.id, 2)).errors).toBeUndefined();
    const refused = await setTier(idler.id, 2);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.tier",
    });
    expect(refused.errors?.[0]?.message).toMatch(/tier 2 needs a habit project's goal met/);
  });

  it("shows participants to the organiser and staff, a student only their own, in as many statements for many", async () => {
    const project = (as: ReturnType<typeof callerFor>) =>
      run<{
        habitProject: {
          participantCount: number;
          participants: { person: { id: string } }[] | null;
          myParticipation: { checkInCount: number; checkedInToday: boolean } | null;
          canRecordResults: boolean;
        };
      }>(
        `query ($id: ID!) { habitProject(id: $id) { participantCount canRecordResults participants { person { id } } myParticipation { checkInCount checkedInToday } } }`,
        { id: todayProject },
        as,
      );
    const own = await project(coach);
    expect(own.data?.habitProject).toMatchObject({ participantCount: 2, canRecordResults: true });
    expect(own.data?.habitProject.participants).toHaveLength(2);
    const mine = await project(asStudent(runner));
    expect(mine.data?.habitProject).toMatchObject({
      participantCount: 2,
      canRecordResults: false,
      participants: null,
      myParticipation: { checkInCount: 1, checkedInToday: true },
    });
    expect(codeOf(mine)).toBe("FORBIDDEN");

    const ofPeople = (ids: string[], as: ReturnType<typeof callerFor>) =>
      run<{ _entities: { habitParticipations: { id: string }[] | null }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id habitParticipations { ${PARTICIPATION} checkIns { day } } } } }`,
        { r: ids.map((id) => ({ __typename: "Person", id })) },
        as,
      );
    const self = await ofPeople([runner.id], asStudent(runner));
    expect(self.errors).toBeUndefined();
    expect(self.data?._entities[0].habitParticipations).toHaveLength(2);
    expect(codeOf(await ofPeople([runner.id], asStudent(classmate)))).toBe("FORBIDDEN");
    const statements = async (ids: string[]) => {
      const before = harness.subgraphs.curriculum.statements.count;
      expect((await ofPeople(ids, admin)).errors).toBeUndefined();
      return harness.subgraphs.curriculum.statements.count - before;
    };
    expect(await statements([runner.id, idler.id, late.id, classmate.id])).toBe(
      await statements([late.id]),
    );
  });

  it("shows other staff only the participants their duty covers, and a student's projects only to staff who cover them", async () => {
    const participants = async (scope?: { students: { counselor: string[] } }) => {
      const res = await harness.execute<{
        habitProject: { participantCount: number; participants: { person: { id: string } }[] };
      }>(
        "curriculum",
        `query ($id: ID!) { habitProject(id: $id) { participantCount participants { person { id } } } }`,
        { id: todayProject },
        otherStaff,
        { scope },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.habitProject;
    };
    // A counselor covering no one sees the count but no names; covering the runner, only them.
    expect(await participants()).toEqual({ participantCount: 2, participants: [] });
    expect(await participants({ students: { counselor: [runner.id] } })).toEqual({
      participantCount: 2,
      participants: [{ person: { id: runner.id } }],
    });
    const ofRunner = (scope?: { students: { counselor: string[] } }) =>
      harness.execute<{ _entities: { habitParticipations: { id: string }[] | null }[] }>(
        "curriculum",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { habitParticipations { id } } } }`,
        { r: [{ __typename: "Person", id: runner.id }] },
        otherStaff,
        { scope },
      );
    expect(codeOf(await ofRunner())).toBe("FORBIDDEN");
    const covered = await ofRunner({ students: { counselor: [runner.id] } });
    expect(covered.errors).toBeUndefined();
    expect(covered.data?._entities[0].habitParticipations).toHaveLength(2);
  });

  it("lists habit projects of a kind, latest start first", async () => {
    await create({ kind: "STUDY_STYLE", title: "自习打卡", endsOn: dayFrom(20) });
    const list = await run<{
      habitProjects: { totalCount: number; edges: { node: { kind: string } }[] };
    }>(
      `query { habitProjects(first: 10, kind: STUDY_STYLE) { totalCount edges { node { kind title } } } }`,
      {},
      asStudent(classmate),
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.habitProjects.totalCount).toBe(1);
  });
});

describe("the demo's habit projects and practice visits", () => {
  it("seeds results computed by the service's rule, a goal met's growth event once, and each reflection's history", async () => {
    const { dataset } = demoData();
    const harness = await startTestSubgraphs([{ definition, seed }], { dataset });
    try {
      const em = harness.subgraphs.curriculum.orm.em.fork() as EntityManager;
      const sql = <T extends object>(text: string) => em.getConnection().execute<T[]>(text);
      const results = await sql<{ goal_met: boolean | null; n: number }>(
        `select goal_met, count(*)::int as n from curriculum.habit_participation group by goal_met order by goal_met`,
      );
      expect(results).toEqual([
        { goal_met: false, n: 1 },
        { goal_met: true, n: 1 },
        { goal_met: null, n: 2 },
      ]);
      const events = await sql<{ n: number }>(
        `select count(*)::int as n from curriculum.outbox_event where type = 'HABIT_GOAL_MET'`,
      );
      expect(events[0].n).toBe(1);
      const reflections = await sql<{ status: string; transitions: number }>(
        `select s.reflection_status as status, (select count(*)::int from curriculum.practice_reflection_transition t where t.sign_up_id = s.id) as transitions
           from curriculum.practice_visit_sign_up s order by s.reflection_status`,
      );
      expect(reflections).toEqual([
        { status: "SUBMITTED", transitions: 1 },
        { status: "ACCEPTED", transitions: 2 },
      ]);
    } finally {
      await harness.stop();
    }
  });
});
