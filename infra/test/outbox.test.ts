/**
 * Events between subgraphs (the transactional outbox), against the whole platform: curriculum
 * writes an event with each attendance change (and a course's completion), people with verified
 * volunteer hours and cadre posts, each in the fact's own transaction; each producer's relay, a
 * job of its own pg-boss queue, delivers them through the gateway's relay to evaluation's
 * recordGrowthEvents, which records each event key once; a consumer that stays down turns the
 * event into a dead letter an administrator lists and replays.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphAssertionSigner } from "@campus/auth";
import { DatasetBuilder } from "@campus/demo-data";
import { callers, testKeys } from "@campus/testkit";
import { startSubgraph } from "@campus/subgraph/server";
import { emitEvent } from "@campus/subgraph/outbox";
import { today } from "@campus/subgraph";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

const GROWTH = `query Growth($id: ID!) {
  person(id: $id) {
    growthRecord(first: 50) {
      totalCount
      edges { node { kind title points source recordedAt } }
    }
  }
}`;
const DEAD_LETTERS = `query DeadLetters {
  curriculumDeadLetters(first: 50) {
    totalCount
    edges { node { id key type studentId attempts lastError deadAt replays } }
  }
}`;
const REPLAY = `mutation Replay($id: ID!) { replayCurriculumDeadLetter(id: $id) { id deadAt replays } }`;

interface GrowthRow {
  kind: string;
  title: string;
  points: number;
  source: string;
  recordedAt: string;
}
interface DeadLetter {
  id: string;
  key: string;
  type: string;
  studentId: string;
  attempts: number;
  lastError: string | null;
  deadAt: string | null;
  replays: number;
}

/** Polls `read` until `done` holds of its answer; the last answer either way. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe("the transactional outbox: curriculum's attendance reaches evaluation's growth record", () => {
  let stack: StackHarness;
  const b = new DatasetBuilder("outbox");
  const instructor = b.staff({ name: "刘建国" });
  const [s1, s2, s3, s4] = Array.from({ length: 4 }, (_, i) => b.student({ name: `学生${i}` }));
  const course = b.course({ code: "FF21", title: "新生养成教育·时间管理" });
  /** Check-in may open now: it starts in ten minutes. */
  const live = b.session(course, {
    startsAt: fromNow(10 * MINUTE),
    endsAt: fromNow(2 * HOUR),
    instructorId: instructor.id,
  });
  for (const s of [s1, s2, s3]) b.enrolment(s, live);
  /** Checks in while the relay's statements are counted (no other test reads their events). */
  const counted = b.student({ name: "学生计数" });
  b.enrolment(counted, live);
  /** A course of one session, already held: attending it completes the course. */
  const short = b.course({ code: "SK21", title: "能力提升·演讲", category: "SKILLS" });
  const held = b.session(short, {
    startsAt: fromNow(-3 * HOUR),
    endsAt: fromNow(-2 * HOUR),
    instructorId: instructor.id,
  });
  b.enrolment(s4, held);
  // people's facts: a volunteer corps led by a student, a cadre, hours verified and hours awaiting.
  const teamLeader = b.student({ name: "杨文博" });
  const cadre = b.student({ name: "李浩然" });
  const volunteer = b.student({ name: "王子涵" });
  const corps = b.team(teamLeader, { name: "星航志愿服务团", kind: "VOLUNTEER_CORPS" });
  b.teamMember(corps, cadre, { role: "CADRE", joinedOn: "2026-03-01" });
  b.teamMember(corps, volunteer, { joinedOn: "2026-03-01" });
  b.volunteerService(corps, volunteer, {
    startsAt: "2026-04-10T01:00:00.000Z",
    hours: 2,
    decision: "VERIFIED",
  });
  b.volunteerService(corps, volunteer, { startsAt: "2026-10-10T01:00:00.000Z", hours: 3 });
  const asInstructor = callers.counselor(instructor.id);
  let code = "";

  const sql = <T extends object>(text: string, params: unknown[] = []) =>
    (stack.subgraphs.curriculum.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<T[]>(text, params);
  const growth = async (personId: string) => {
    const res = await stack.query<{
      person: { growthRecord: { totalCount: number; edges: { node: GrowthRow }[] } };
    }>(GROWTH, { id: personId });
    expect(res.errors).toBeUndefined();
    return res.data?.person.growthRecord.edges.map((e) => e.node) ?? [];
  };
  const outbox = (personId: string) =>
    sql<{ key: string; type: string; delivered: boolean; attempts: number; dead: boolean }>(
      `select key, type, delivered_at is not null as delivered, attempts, dead_at is not null as dead
         from curriculum.outbox_event where subject = ? order by seq`,
      [personId],
    );
  /** The student's CLASS_ABSENCES records in evaluation (read for the test, never by a service). */
  const absences = (personId: string) =>
    (stack.subgraphs.evaluation.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<{ value: number; observed_on: string; source: string }[]>(
        `select value, to_char(observed_on, 'YYYY-MM-DD') as observed_on, source
           from evaluation.indicator_record
          where person_id = ? and kind = 'CLASS_ABSENCES' and source = 'gateway'
          order by observed_on`,
        [personId],
      );
  /** The campus date of an instant. */
  const dayOf = (instant: string) => today(new Date(instant));
  const checkIn = (personId: string) =>
    stack.query<{ checkIn: { status: string } }>(
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { status } }`,
      { input: { sessionId: live.id, code } },
      callers.student(personId),
    );
  const mark = (sessionId: string, personId: string, status: string, note?: string) =>
    stack.query<{ markAttendance: { status: string } }>(
      `mutation ($input: MarkAttendanceInput!) { markAttendance(input: $input) { status } }`,
      { input: { sessionId, personId, status, note } },
      asInstructor,
    );

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: b.build(),
      // The relay runs every second here, and a failed delivery backs off 1, 2, 4, 8 s.
      jobIntervals: { "curriculum-outbox-relay": 1, "people-outbox-relay": 1 },
      jobRetryDelaySeconds: 1,
    });
    const opened = await stack.query<{ openCheckIn: { code: string } }>(
      `mutation ($input: OpenCheckInInput!) { openCheckIn(input: $input) { code } }`,
      { input: { sessionId: live.id, minutes: 60 } },
      asInstructor,
    );
    expect(opened.errors).toBeUndefined();
    code = opened.data?.openCheckIn.code ?? "";
    expect(code).toMatch(/^\d{6}$/);
  }, 120_000);
  afterAll(() => stack?.stop());

  it("delivers a check-in and its correction to the growth record, in order, through the gateway", async () => {
    const res = await checkIn(s1.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.checkIn.status).toBe("PRESENT");
    const corrected = await mark(live.id, s1.id, "EXCUSED", "补交请假条");
    expect(corrected.errors).toBeUndefined();

    const rows = await eventually(
      () => growth(s1.id),
      (r) => r.length === 2,
    );
    expect(rows.map((r) => r.kind)).toEqual(["COURSE_ATTENDANCE", "COURSE_ATTENDANCE"]);
    // Relayed by the gateway as the platform itself; the correction takes the half point back.
    expect(rows.every((r) => r.source === "gateway")).toBe(true);
    const byRecording = [...rows].sort((x, y) => x.recordedAt.localeCompare(y.recordedAt));
    expect(byRecording.map((r) => [r.title, r.points])).toEqual([
      ["新生养成教育·时间管理 · 出勤", 0.5],
      ["新生养成教育·时间管理 · 考勤更正为请假", -0.5],
    ]);
    expect(await outbox(s1.id)).toEqual([
      expect.objectContaining({ type: "ATTENDANCE_RECORDED", delivered: true, attempts: 1 }),
      expect.objectContaining({ type: "ATTENDANCE_RECORDED", delivered: true, attempts: 1 }),
    ]);
  }, 60_000);

  it("counts the relay's statements apart from the requests', so a request measured while it runs is not charged for them", async () => {
    const counter = stack.subgraphs.curriculum.statements;
    const relayBefore = counter.background;
    expect((await checkIn(counted.id)).errors).toBeUndefined();
    const requests = counter.count;
    // Only evaluation is asked while curriculum's relay (every second) delivers the check-in.
    const rows = await eventually(
      () => growth(counted.id),
      (r) => r.length === 1,
    );
    expect(rows.map((r) => r.kind)).toEqual(["COURSE_ATTENDANCE"]);
    expect(counter.count).toBe(requests);
    expect(counter.background).toBeGreaterThan(relayBefore);
  }, 60_000);

  it("writes the completion with the attendance that met the course's threshold", async () => {
    const res = await mark(held.id, s4.id, "PRESENT");
    expect(res.errors).toBeUndefined();
    const rows = await eventually(
      () => growth(s4.id),
      (r) => r.length === 2,
    );
    expect(rows.map((r) => [r.kind, r.title, r.points]).sort()).toEqual([
      ["COURSE_ATTENDANCE", "能力提升·演讲 · 出勤", 0.5],
      ["COURSE_COMPLETED", "结业：能力提升·演讲", 2],
    ]);
    // A correction and a mark again: the completion was written once, and is not written again.
    expect((await mark(held.id, s4.id, "LATE", "更正")).errors).toBeUndefined();
    expect((await outbox(s4.id)).filter((e) => e.type === "COURSE_COMPLETED")).toHaveLength(1);
  }, 60_000);

  it("sends the day's absences as an indicator, and a correction takes them back", async () => {
    expect((await mark(held.id, s4.id, "ABSENT", "未到")).errors).toBeUndefined();
    const marked = await eventually(
      () => absences(s4.id),
      (rows) => rows.length === 1,
    );
    expect(marked).toEqual([{ value: 1, observed_on: dayOf(held.startsAt), source: "gateway" }]);
    expect((await mark(held.id, s4.id, "EXCUSED", "补交请假条")).errors).toBeUndefined();
    expect(
      await eventually(
        () => absences(s4.id),
        (rows) => rows.length === 0,
      ),
    ).toEqual([]);
    expect(
      (await outbox(s4.id))
        .filter((e) => e.type === "CLASS_ABSENCES_CHANGED")
        .map((e) => e.delivered),
    ).toEqual([true, true]);
  }, 60_000);

  it("records a redelivered event once (the relay died before marking it delivered)", async () => {
    const before = await growth(s1.id);
    expect(before).toHaveLength(2);
    await sql(
      `update curriculum.outbox_event set delivered_at = null, next_attempt_at = now() where subject = ?`,
      [s1.id],
    );
    const again = await eventually(
      () => outbox(s1.id),
      (events) => events.every((e) => e.delivered),
    );
    expect(again.map((e) => [e.delivered, e.attempts])).toEqual([
      [true, 2],
      [true, 2],
    ]);
    expect(await growth(s1.id)).toEqual(before);
  }, 60_000);

  it("writes no event when the fact is refused, and none outside the fact's transaction", async () => {
    const twice = await checkIn(s1.id);
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const wrongCode = await stack.query(
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { status } }`,
      { input: { sessionId: live.id, code: code === "000000" ? "111111" : "000000" } },
      callers.student(s3.id),
    );
    expect(wrongCode.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await outbox(s1.id)).toHaveLength(2);
    expect(await outbox(s3.id)).toHaveLength(0);

    // The API itself: an event written in a transaction that then fails is gone with it.
    const em = stack.subgraphs.curriculum.orm.em.fork() as EntityManager;
    await expect(
      em.transactional(async (tx) => {
        await emitEvent(tx, {
          key: "test:rolled-back",
          type: "ATTENDANCE_RECORDED",
          subject: s3.id,
          payload: {},
        });
        throw new Error("the fact failed");
      }),
    ).rejects.toThrow("the fact failed");
    expect(await outbox(s3.id)).toHaveLength(0);
    await expect(
      emitEvent(em, { key: "test:alone", type: "X", subject: s3.id, payload: {} }),
    ).rejects.toThrow(/inside its fact's transaction/);
    // An event not due yet (absences of a session after midnight) waits, holding nothing else up.
    await em.transactional((tx) =>
      emitEvent(tx, {
        key: "test:not-yet",
        type: "ATTENDANCE_RECORDED",
        subject: s3.id,
        payload: {},
        notBefore: new Date(Date.now() + HOUR),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2500)); // two relay periods
    const [waiting] = await sql<{ attempts: number; due: boolean }>(
      `select attempts, next_attempt_at > now() + interval '50 minutes' as due
         from curriculum.outbox_event where key = 'test:not-yet'`,
    );
    expect(waiting).toEqual({ attempts: 0, due: true });
    await sql(`delete from curriculum.outbox_event where key = 'test:not-yet'`);
  });

  it("fails a malformed event alone, not the batch it travels in", async () => {
    const em = stack.subgraphs.curriculum.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      await emitEvent(tx, {
        key: "test:malformed",
        type: "ATTENDANCE_RECORDED",
        subject: s3.id,
        payload: { kind: "COURSE_ATTENDANCE" },
      });
      await emitEvent(tx, {
        key: "test:well-formed",
        type: "ATTENDANCE_RECORDED",
        subject: s1.id,
        payload: {
          domain: "MORAL",
          kind: "COURSE_ATTENDANCE",
          title: "补录出勤",
          points: 0.5,
          occurredOn: "2026-11-02",
        },
      });
    });
    const rows = await eventually(
      () => growth(s1.id),
      (r) => r.length === 3,
    );
    expect(rows.map((r) => r.title)).toContain("补录出勤");
    const [malformed] = await sql<{ delivered: boolean; attempts: number; last_error: string }>(
      `select delivered_at is not null as delivered, attempts, last_error from curriculum.outbox_event where key = 'test:malformed'`,
    );
    expect(malformed.delivered).toBe(false);
    expect(malformed.attempts).toBeGreaterThanOrEqual(1);
    expect(malformed.last_error).toMatch(/could not answer recordGrowthEvents/);
    // Out of the way of the dead letters below.
    await sql(`delete from curriculum.outbox_event where key = 'test:malformed'`);
  }, 60_000);

  it("delivers people's facts too: a student leader's and a cadre's posts, verified volunteer hours", async () => {
    // Loaded through people's services: the team's creation, the cadre's admission, the verification.
    const seeded = await eventually(
      async () => [await growth(teamLeader.id), await growth(cadre.id), await growth(volunteer.id)],
      (all) => all.every((rows) => rows.length === 1),
    );
    expect(seeded.map((rows) => rows.map((r) => [r.kind, r.title, r.points, r.source]))).toEqual([
      [["CADRE_POST", "队伍负责人：星航志愿服务团", 1, "gateway"]],
      [["CADRE_POST", "学生骨干：星航志愿服务团", 1, "gateway"]],
      [["VOLUNTEER_HOURS", "志愿服务 2 小时：社区环境整治（星航志愿服务团）", 1, "gateway"]],
    ]);
    // The leader verifies the hours awaiting, through the gateway: they reach the record once.
    const asLeader = callers.student(teamLeader.id);
    const teams = await stack.query<{ teams: { id: string }[] }>(`{ teams { id } }`, {}, asLeader);
    expect(teams.errors).toBeUndefined();
    const queue = await stack.query<{ team: { pendingVolunteerService: { id: string }[] } }>(
      `query ($id: ID!) { team(id: $id) { pendingVolunteerService { id } } }`,
      { id: teams.data?.teams[0]?.id },
      asLeader,
    );
    expect(queue.errors).toBeUndefined();
    const [pending] = queue.data?.team.pendingVolunteerService ?? [];
    const verified = await stack.query(
      `mutation ($input: VerifyVolunteerServiceInput!) { verifyVolunteerService(input: $input) { status } }`,
      { input: { serviceId: pending?.id } },
      asLeader,
    );
    expect(verified.errors).toBeUndefined();
    const after = await eventually(
      () => growth(volunteer.id),
      (rows) => rows.length === 2,
    );
    expect(after.map((r) => [r.title, r.points]).sort()).toEqual([
      ["志愿服务 2 小时：社区环境整治（星航志愿服务团）", 1],
      ["志愿服务 3 小时：社区环境整治（星航志愿服务团）", 1.5],
    ]);
  }, 60_000);

  it("lends recordGrowthEvents to its producers only (curriculum, people) and recordClassAbsences to curriculum, each with its own keys", async () => {
    const post = async (service: string, sourceKey: string) => {
      const sign = await createGraphAssertionSigner(testKeys().graphClient.privateKeyPem, service);
      const res = await fetch(`${stack.gateway.url}/internal/graph`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await sign("t")}` },
        body: JSON.stringify({
          operation: "recordGrowthEvents",
          variables: {
            input: {
              events: [
                {
                  personId: s3.id,
                  domain: "MORAL",
                  kind: "COURSE_ATTENDANCE",
                  title: "借用他人的键",
                  points: 1,
                  occurredOn: "2026-11-02",
                  sourceKey,
                },
              ],
            },
          },
        }),
      });
      return res.status;
    };
    expect(await post("organisation", "organisation:x")).toBe(403);
    expect(await post("people", "curriculum:x")).toBe(400);
    expect(await post("curriculum", "people:x")).toBe(400);
    expect(await post("curriculum", "evaluation:x")).toBe(400);
    expect(await post("curriculum", "x")).toBe(400);
    expect(await growth(s3.id)).toEqual([]);

    // Absences: curriculum's only, its own keys, a day's value each, nothing but CLASS_ABSENCES.
    const absent = async (service: string, input: Record<string, unknown>) => {
      const sign = await createGraphAssertionSigner(testKeys().graphClient.privateKeyPem, service);
      const res = await fetch(`${stack.gateway.url}/internal/graph`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await sign("t")}` },
        body: JSON.stringify({ operation: "recordClassAbsences", variables: { input } }),
      });
      return res.status;
    };
    const record = { personId: s3.id, kind: "CLASS_ABSENCES", value: 5, observedOn: "2026-11-02" };
    const input = { clientKey: "curriculum:x", replaceDay: true, records: [record] };
    expect(await absent("people", { ...input, clientKey: "people:x" })).toBe(403);
    expect(await absent("curriculum", { ...input, clientKey: "x" })).toBe(400);
    expect(await absent("curriculum", { ...input, replaceDay: false })).toBe(400);
    expect(await absent("curriculum", { ...input, records: [{ ...record, kind: "GPA" }] })).toBe(
      400,
    );
    expect(await absences(s3.id)).toEqual([]);
  });

  it("retries a consumer that is down, ends in a dead letter an administrator lists and replays", async () => {
    const evaluationModule = subgraphModules.find((m) => m.definition.name === "evaluation");
    if (!evaluationModule) throw new Error("no evaluation module");
    const evaluation = stack.subgraphs.evaluation;
    const port = Number(new URL(evaluation.url).port);
    await evaluation.stop();
    try {
      const res = await checkIn(s2.id);
      expect(res.errors).toBeUndefined();
      const [event] = await eventually(
        () => outbox(s2.id),
        (events) => events[0]?.dead === true,
        60_000,
      );
      expect(event).toMatchObject({ dead: true, delivered: false, attempts: 5 });
    } finally {
      const keys = testKeys();
      stack.subgraphs.evaluation = await startSubgraph(evaluationModule.definition, {
        databaseUrl: stack.database.url,
        port,
        credentialPublicKeyPem: keys.internal.publicKeyPem,
        migrate: false,
        logLevel: "warn",
        graph: {
          gatewayUrl: () => stack.gateway.url,
          privateKeyPem: keys.graphClient.privateKeyPem,
        },
      });
    }
    // The consumer is back, but a dead letter waits for an administrator.
    expect(await growth(s2.id)).toEqual([]);

    const refused = await stack.query(DEAD_LETTERS, {}, asInstructor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const listed = await stack.query<{
      curriculumDeadLetters: { totalCount: number; edges: { node: DeadLetter }[] };
    }>(DEAD_LETTERS);
    expect(listed.errors).toBeUndefined();
    const dead = listed.data?.curriculumDeadLetters.edges.map((e) => e.node) ?? [];
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      type: "ATTENDANCE_RECORDED",
      studentId: s2.id,
      attempts: 5,
      replays: 0,
    });
    expect(dead[0].lastError).toMatch(/could not answer recordGrowthEvents/);

    const notAdmin = await stack.query(REPLAY, { id: dead[0].id }, asInstructor);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const replayed = await stack.query<{
      replayCurriculumDeadLetter: { deadAt: string | null; replays: number };
    }>(REPLAY, { id: dead[0].id });
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data?.replayCurriculumDeadLetter).toEqual({
      id: dead[0].id,
      deadAt: null,
      replays: 1,
    });
    const rows = await eventually(
      () => growth(s2.id),
      (r) => r.length === 1,
    );
    expect(rows.map((r) => [r.kind, r.points])).toEqual([["COURSE_ATTENDANCE", 0.5]]);
    expect((await outbox(s2.id))[0]).toMatchObject({ delivered: true, dead: false, attempts: 1 });

    // Delivered now: nothing to replay, and the list is empty.
    const again = await stack.query(REPLAY, { id: dead[0].id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const after = await stack.query<{ curriculumDeadLetters: { totalCount: number } }>(
      DEAD_LETTERS,
    );
    expect(after.data?.curriculumDeadLetters.totalCount).toBe(0);
  }, 120_000);
});
