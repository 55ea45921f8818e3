import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const SCHEDULE = graphql(`
  mutation ScheduleSession($input: ScheduleCourseSessionInput!) {
    scheduleCourseSession(input: $input) {
      id
      status
      capacity
      location
      changeNote
      course {
        code
      }
      instructor {
        id
      }
      room {
        id
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateSession($input: UpdateCourseSessionInput!) {
    updateCourseSession(input: $input) {
      id
      startsAt
      endsAt
      capacity
      status
      changeNote
      changedAt
    }
  }
`);
const CANCEL_SESSION = graphql(`
  mutation CancelSession($input: CancelCourseSessionInput!) {
    cancelCourseSession(input: $input) {
      id
      status
      changeNote
    }
  }
`);
const ENROL = graphql(`
  mutation EnrolOrWait($s: ID!, $p: ID!, $wait: Boolean) {
    enrol(sessionId: $s, personId: $p, waitIfFull: $wait) {
      id
      status
      waitingPosition
    }
  }
`);
const DROP = graphql(`
  mutation DropEnrolment($id: ID!) {
    cancelEnrolment(enrolmentId: $id) {
      id
      status
    }
  }
`);
const QUEUE = graphql(`
  query SessionQueue($id: ID!) {
    courseSession(id: $id) {
      capacity
      enrolledCount
      waitingCount
      enrolments(first: 100) {
        edges {
          node {
            id
            status
            waitingPosition
            promotedAt
            enrolledAt
            person {
              id
            }
          }
        }
      }
    }
  }
`);

const DAY = 24 * 60 * 60 * 1000;
/** A time `days` from now at hh:mm UTC: sessions on the test's own days, never in the past. */
function at(days: number, hh: number, mm = 0): string {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hh, mm, 0, 0);
  return d.toISOString();
}

describe("curriculum: sessions run by organisers, the waiting list and clashes", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("curriculum-sessions");
  const students = Array.from({ length: 24 }, (_, i) => b.student({ name: `学生${i}` }));
  const instructor = b.staff({ name: "刘建国" });
  const course = b.course({ code: "FF03", title: "新生养成教育·成长励志" });
  const forum = b.course({ code: "FO01", title: "大先生讲坛", category: "FORUM" });
  const session = (c: typeof course, days: number, from: number, to: number, capacity = 30) =>
    b.session(c, {
      startsAt: at(days, from),
      endsAt: at(days, to),
      capacity,
      instructorId: instructor.id,
    });
  const toChange = session(course, 10, 10, 12);
  const toCancel = session(course, 11, 10, 12);
  const race = session(course, 12, 10, 12, 5);
  const small = session(course, 13, 10, 12, 2);
  const morning = session(course, 14, 10, 12);
  const overlapping = session(forum, 14, 11, 13);
  const adjacent = session(forum, 14, 12, 13);
  const early = session(forum, 14, 9, 11);
  const twinA = session(course, 15, 10, 12);
  const twinB = session(forum, 15, 11, 12);
  const past = b.session(course, { startsAt: at(-3, 10), endsAt: at(-3, 12), capacity: 30 });
  const [s0, s1, s2, s3] = students;
  const changeSeat = b.enrolment(s0, toChange, { enrolledAt: new Date().toISOString() });
  b.enrolment(s1, toCancel, { enrolledAt: new Date().toISOString() });
  b.enrolment(s2, toChange, { enrolledAt: new Date().toISOString() });
  b.enrolment(s3, morning, { enrolledAt: new Date().toISOString() });

  const db = () => harness.subgraphs.curriculum.orm.em.fork() as EntityManager;
  const sessionRow = async (id: string) =>
    (
      await db()
        .getConnection()
        .execute<Record<string, unknown>[]>(
          `select * from curriculum.course_session where id = ?`,
          [id],
        )
    )[0];
  const queue = async (id: string) =>
    expectData(await subgraphQuery(harness, "curriculum", QUEUE, { id })).courseSession;
  const statements = () => harness.subgraphs.curriculum.statements.count;

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  describe("organisers schedule, change and cancel sessions", () => {
    const input = {
      courseId: course.id,
      startsAt: at(20, 10),
      endsAt: at(20, 12),
      location: "彭康书院活动中心 101",
      instructorId: instructor.id,
      roomId: "0f0e0d0c-0b0a-4908-8706-050403020100",
      capacity: 40,
    };

    it("schedules a session with its instructor and room by reference", async () => {
      const res = await subgraphQuery(harness, "curriculum", SCHEDULE, { input });
      expect(expectData(res).scheduleCourseSession).toMatchObject({
        status: "SCHEDULED",
        capacity: 40,
        location: "彭康书院活动中心 101",
        changeNote: null,
        course: { code: "FF03" },
        instructor: { id: instructor.id },
        room: { id: input.roomId },
      });
    });

    it.each([
      ["a student", callers.student(s0.id)],
      ["the instructor (schedules are the organisers')", callers.counselor(instructor.id)],
    ])("refuses %s with FORBIDDEN and writes nothing", async (_who, as) => {
      const [before] = await db()
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from curriculum.course_session`);
      const res = await subgraphQuery(harness, "curriculum", SCHEDULE, { input }, as);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const change = await subgraphQuery(
        harness,
        "curriculum",
        UPDATE,
        { input: { sessionId: toChange.id, capacity: 99, note: "x" } },
        as,
      );
      expect(change.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const cancel = await subgraphQuery(
        harness,
        "curriculum",
        CANCEL_SESSION,
        { input: { sessionId: toChange.id, note: "x" } },
        as,
      );
      expect(cancel.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const [after] = await db()
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from curriculum.course_session`);
      expect(after).toEqual(before);
      expect((await sessionRow(toChange.id))?.capacity).toBe(30);
    });

    it.each([
      ["a start in the past", { startsAt: at(-1, 10), endsAt: at(-1, 12) }, "startsAt"],
      ["an end before the start", { startsAt: at(20, 12), endsAt: at(20, 10) }, "endsAt"],
      ["a sitting longer than a day", { startsAt: at(20, 10), endsAt: at(22, 10) }, "endsAt"],
      ["an unknown course", { courseId: "0f0e0d0c-0b0a-4908-8706-050403020199" }, "courseId"],
      ["no seats", { capacity: 0 }, "capacity"],
      ["a blank place", { location: "  " }, "location"],
    ])("refuses %s with BAD_USER_INPUT on the field", async (_what, change, field) => {
      const res = await subgraphQuery(harness, "curriculum", SCHEDULE, {
        input: { ...input, ...change },
      });
      // Input validation names the path (input.capacity), the service the argument's field.
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: expect.stringMatching(new RegExp(`(^|\\.)${field}$`)) as unknown,
      });
    });

    it("reschedules a session, and its enrolled students see the new time and the note", async () => {
      const res = await subgraphQuery(harness, "curriculum", UPDATE, {
        input: {
          sessionId: toChange.id,
          startsAt: at(10, 14),
          endsAt: at(10, 16),
          note: "因场地冲突改到下午",
        },
      });
      expect(expectData(res).updateCourseSession).toMatchObject({
        startsAt: at(10, 14),
        endsAt: at(10, 16),
        capacity: 30,
        status: "SCHEDULED",
        changeNote: "因场地冲突改到下午",
      });
      const seen = await harness.execute<{
        _entities: {
          enrolments: {
            id: string;
            session: { startsAt: string; status: string; changeNote: string };
          }[];
        }[];
      }>(
        "curriculum",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { enrolments { id session { startsAt status changeNote } } } } }`,
        { r: [{ __typename: "Person", id: s0.id }] },
        callers.student(s0.id),
      );
      expect(seen.data?._entities[0]?.enrolments).toEqual([
        {
          id: changeSeat.id,
          session: { startsAt: at(10, 14), status: "SCHEDULED", changeNote: "因场地冲突改到下午" },
        },
      ]);
    });

    it("refuses fewer seats than are taken, and changing a session that has ended", async () => {
      const fewer = await subgraphQuery(harness, "curriculum", UPDATE, {
        input: { sessionId: toChange.id, capacity: 1, note: "缩小规模" },
      });
      expect(fewer.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "capacity",
      });
      const ended = await subgraphQuery(harness, "curriculum", UPDATE, {
        input: { sessionId: past.id, location: "别处", note: "改地点" },
      });
      expect(ended.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect((await sessionRow(toChange.id))?.capacity).toBe(30);
    });

    it("cancels a session: students see it cancelled with the note, and nobody can enrol", async () => {
      const res = await subgraphQuery(harness, "curriculum", CANCEL_SESSION, {
        input: { sessionId: toCancel.id, note: "主讲人临时出差，讲座取消" },
      });
      expect(expectData(res).cancelCourseSession).toEqual({
        id: toCancel.id,
        status: "CANCELLED",
        changeNote: "主讲人临时出差，讲座取消",
      });
      const enrol = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: toCancel.id, p: s2.id },
        callers.student(s2.id),
      );
      expect(enrol.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "sessionId",
      });
      const again = await subgraphQuery(harness, "curriculum", CANCEL_SESSION, {
        input: { sessionId: toCancel.id, note: "再取消" },
      });
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const change = await subgraphQuery(harness, "curriculum", UPDATE, {
        input: { sessionId: toCancel.id, capacity: 50, note: "恢复" },
      });
      expect(change.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const [kept] = await db()
        .getConnection()
        .execute<{ status: string }[]>(
          `select status from curriculum.enrolment where session_id = ?`,
          [toCancel.id],
        );
      expect(kept?.status).toBe("ENROLLED");
    });
  });

  describe("the waiting list", () => {
    const racers = students.slice(4, 24);

    it("gives 5 places to 20 students signing up at once and queues the other 15 in order", async () => {
      const results = await Promise.all(
        racers.map((s) =>
          subgraphQuery(
            harness,
            "curriculum",
            ENROL,
            { s: race.id, p: s.id, wait: true },
            callers.student(s.id),
          ),
        ),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      const statuses = results.map((r) => expectData(r).enrol.status);
      expect(statuses.filter((s) => s === "ENROLLED")).toHaveLength(5);
      expect(statuses.filter((s) => s === "WAITING")).toHaveLength(15);
      const q = await queue(race.id);
      expect(q).toMatchObject({ capacity: 5, enrolledCount: 5, waitingCount: 15 });
      const waiting = (q?.enrolments?.edges ?? [])
        .map((e) => e.node)
        .filter((n) => n.status === "WAITING");
      // Positions follow the order of signing up (the roster's order), 1 to 15.
      expect(waiting.map((n) => n.waitingPosition)).toEqual(
        Array.from({ length: 15 }, (_, i) => i + 1),
      );
    });

    it("enrols the first waiting student when a place frees, in the same transaction", async () => {
      const before = (await queue(race.id))?.enrolments?.edges.map((e) => e.node) ?? [];
      const leaver = before.find((n) => n.status === "ENROLLED");
      const first = before.find((n) => n.waitingPosition === 1);
      const second = before.find((n) => n.waitingPosition === 2);
      if (!leaver?.person || !first || !second) throw new Error("no queue to test");
      const res = await subgraphQuery(
        harness,
        "curriculum",
        DROP,
        { id: leaver.id },
        callers.student(leaver.person.id),
      );
      expect(expectData(res).cancelEnrolment.status).toBe("CANCELLED");
      const after = (await queue(race.id))?.enrolments?.edges.map((e) => e.node) ?? [];
      const promoted = after.find((n) => n.id === first.id);
      expect(promoted?.status).toBe("ENROLLED");
      expect(promoted?.promotedAt).not.toBeNull();
      expect(after.find((n) => n.id === second.id)?.waitingPosition).toBe(1);
      expect((await queue(race.id))?.enrolledCount).toBe(5);
    });

    it("promotes in order when several places free at once, never past capacity", async () => {
      const before = (await queue(race.id))?.enrolments?.edges.map((e) => e.node) ?? [];
      const leavers = before.filter((n) => n.status === "ENROLLED").slice(0, 3);
      const next = before
        .filter((n) => n.status === "WAITING")
        .sort((a, b2) => (a.waitingPosition ?? 0) - (b2.waitingPosition ?? 0))
        .slice(0, 4);
      const results = await Promise.all(
        leavers.map((n) =>
          subgraphQuery(
            harness,
            "curriculum",
            DROP,
            { id: n.id },
            callers.student(n.person?.id ?? ""),
          ),
        ),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      const after = await queue(race.id);
      expect(after).toMatchObject({ enrolledCount: 5, waitingCount: 11 });
      const statusOf = (id: string) =>
        after?.enrolments?.edges.find((e) => e.node.id === id)?.node.status;
      expect(next.slice(0, 3).map((n) => statusOf(n.id))).toEqual([
        "ENROLLED",
        "ENROLLED",
        "ENROLLED",
      ]);
      expect(statusOf(next[3]?.id ?? "")).toBe("WAITING");
    });

    it("enrols the waiting list in order when the organiser adds places", async () => {
      const res = await subgraphQuery(harness, "curriculum", UPDATE, {
        input: { sessionId: race.id, capacity: 7, note: "换到更大的教室" },
      });
      expect(res.errors).toBeUndefined();
      expect(await queue(race.id)).toMatchObject({ enrolledCount: 7, waitingCount: 9 });
    });

    it("lets a waiting student leave the list without freeing anyone's place", async () => {
      const before = (await queue(race.id))?.enrolments?.edges.map((e) => e.node) ?? [];
      const last = before.find((n) => n.waitingPosition === 9);
      if (!last?.person) throw new Error("no last in line");
      const res = await subgraphQuery(
        harness,
        "curriculum",
        DROP,
        { id: last.id },
        callers.student(last.person.id),
      );
      expect(res.errors).toBeUndefined();
      expect(await queue(race.id)).toMatchObject({ enrolledCount: 7, waitingCount: 8 });
    });

    it("still refuses a full session with CONFLICT to a student who does not ask to wait", async () => {
      await subgraphQuery(harness, "curriculum", ENROL, { s: small.id, p: s0.id });
      await subgraphQuery(harness, "curriculum", ENROL, { s: small.id, p: s1.id });
      const res = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: small.id, p: s2.id },
        callers.student(s2.id),
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const again = await subgraphQuery(harness, "curriculum", ENROL, {
        s: small.id,
        p: s0.id,
        wait: true,
      });
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const waits = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: small.id, p: s2.id, wait: true },
        callers.student(s2.id),
      );
      expect(expectData(waits).enrol).toMatchObject({ status: "WAITING", waitingPosition: 1 });
    });

    it("reads waiting positions with statements that do not grow with the queue", async () => {
      const count = async (id: string) => {
        const before = statements();
        await queue(id);
        return statements() - before;
      };
      // The race's queue holds 8 waiting students, the small session's one.
      expect(await count(race.id)).toBe(await count(small.id));
    });
  });

  describe("clashes with the student's other sessions", () => {
    it("refuses a session overlapping one the student is enrolled in, naming it", async () => {
      const res = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: overlapping.id, p: s3.id, wait: true },
        callers.student(s3.id),
      );
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "sessionId",
      });
      expect(res.errors?.[0]?.message).toMatch(/overlaps .*新生养成教育·成长励志/);
    });

    it("accepts a session that starts as the other ends", async () => {
      const res = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: adjacent.id, p: s3.id },
        callers.student(s3.id),
      );
      expect(expectData(res).enrol.status).toBe("ENROLLED");
    });

    it("gives a student signing up for two overlapping sessions at once exactly one", async () => {
      const results = await Promise.all(
        [twinA, twinB].map((s) =>
          subgraphQuery(
            harness,
            "curriculum",
            ENROL,
            { s: s.id, p: s2.id },
            callers.student(s2.id),
          ),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("no longer counts a cancelled session as a clash", async () => {
      const refused = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: early.id, p: s3.id },
        callers.student(s3.id),
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      await subgraphQuery(harness, "curriculum", CANCEL_SESSION, {
        input: { sessionId: morning.id, note: "取消" },
      });
      const res = await subgraphQuery(
        harness,
        "curriculum",
        ENROL,
        { s: early.id, p: s3.id },
        callers.student(s3.id),
      );
      expect(expectData(res).enrol.status).toBe("ENROLLED");
    });
  });
});
