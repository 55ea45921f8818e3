import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const OPEN = graphql(`
  mutation OpenCheckIn($input: OpenCheckInInput!) {
    openCheckIn(input: $input) {
      id
      code
      opensAt
      closesAt
      isOpen
    }
  }
`);
const CHECK_IN = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      id
      status
      checkedInAt
      history {
        from
        to
        source
        changedBy {
          id
        }
      }
    }
  }
`);
const MARK = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      id
      status
      note
      changedBy {
        id
      }
      history {
        from
        to
        source
        note
        changedAt
        changedBy {
          id
        }
      }
    }
  }
`);
const WINDOW = graphql(`
  query CheckInWindowOf($id: ID!) {
    courseSession(id: $id) {
      checkInWindow {
        code
        isOpen
        closesAt
      }
    }
  }
`);
const SESSION_SUMMARY = graphql(`
  query SessionAttendanceSummary($id: ID!) {
    courseSession(id: $id) {
      attendanceSummary {
        places
        present
        late
        absent
        excused
        unrecorded
        rate
      }
    }
  }
`);
const COURSE_SUMMARY = graphql(`
  query CourseAttendanceSummary($id: ID!) {
    course(id: $id) {
      completionThreshold
      completionCount
      attendanceSummary {
        places
        present
        late
        absent
        excused
        unrecorded
        rate
      }
    }
  }
`);

const TEACHING = graphql(`
  query MyTeachingSessions {
    myTeachingSessions(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** What the person fields give, read through `_entities` as the gateway asks for them. */
interface PersonAttendance {
  attendance: {
    places: number;
    present: number;
    absent: number;
    excused: number;
    rate: number | null;
  } | null;
  courseProgress:
    | {
        course: { code: string };
        heldSessions: number;
        attendedSessions: number;
        excusedSessions: number;
        requiredSessions: number;
        completed: boolean;
      }[]
    | null;
  courseCompletions: { course: { code: string } }[] | null;
  enrolments:
    | {
        session: { id: string };
        attendanceStatus: string | null;
        attendance: { status: string; history: { from: string | null; to: string }[] } | null;
      }[]
    | null;
}
const PERSON_FIELDS = `attendance { places present absent excused rate }
  courseProgress { course { code } heldSessions attendedSessions excusedSessions requiredSessions completed }
  courseCompletions { course { code } }
  enrolments { session { id } attendanceStatus attendance { status history { from to } } }`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A time `ms` from now: sessions placed around the test's own clock. */
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

describe("curriculum: check-in (签到), marks, attendance rates and completion", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("curriculum-attendance");
  const instructor = b.staff({ name: "刘建国" });
  const colleague = b.staff({ name: "王老师" });
  const st = Array.from({ length: 10 }, (_, i) => b.student({ name: `学生${i}` }));
  const course = b.course({ code: "FF05", title: "新生养成教育·职业规划" });
  const session = (startsIn: number, lasts: number) =>
    b.session(course, {
      startsAt: fromNow(startsIn),
      endsAt: fromNow(startsIn + lasts),
      capacity: 30,
      instructorId: instructor.id,
    });
  /** Starts in 10 minutes: check-in may open (30 minutes before). */
  const soon = session(10 * MINUTE, 2 * HOUR);
  /** Started 20 minutes ago: a check-in now is LATE. */
  const started = session(-20 * MINUTE, 2 * HOUR);
  /** Check-in may not open yet; only leave can be marked. */
  const far = session(2 * DAY, 2 * HOUR);
  const ended = session(-3 * HOUR, HOUR);
  for (const s of st.slice(0, 5)) b.enrolment(s, soon);
  b.enrolment(st[5], soon, { status: "WAITING" });
  for (const s of st.slice(0, 3)) b.enrolment(s, started);
  b.enrolment(st[0], far);
  b.enrolment(st[0], ended);

  // Completion: three sessions held, one to come, threshold 2/3; a second course asks for all.
  const formation = b.course({ code: "FF09", title: "新生养成教育·校史校情" });
  const strict = b.course({
    code: "FO02",
    title: "大先生讲坛",
    category: "FORUM",
    completionThreshold: 1,
  });
  const held = [-30, -20, -10].map((days) =>
    b.session(formation, {
      startsAt: fromNow(days * DAY),
      endsAt: fromNow(days * DAY + HOUR),
      instructorId: instructor.id,
    }),
  );
  const toCome = b.session(formation, {
    startsAt: fromNow(5 * DAY),
    endsAt: fromNow(5 * DAY + HOUR),
    instructorId: instructor.id,
  });
  const strictHeld = [-25, -15].map((days) =>
    b.session(strict, { startsAt: fromNow(days * DAY), endsAt: fromNow(days * DAY + HOUR) }),
  );
  const [a, bb, c, d] = st.slice(6, 10);
  for (const s of [a, bb, c, d]) {
    for (const h of held) b.enrolment(s, h);
    b.enrolment(s, toCome);
  }
  for (const h of strictHeld) b.enrolment(a, h);

  const asInstructor = callers.counselor(instructor.id);
  const asColleague = callers.counselor(colleague.id);
  const db = () => harness.subgraphs.curriculum.orm.em.fork() as EntityManager;
  const sql = <T extends object>(text: string, params: unknown[] = []) =>
    db().getConnection().execute<T[]>(text, params);
  const recorded = async (sessionId: string) =>
    (
      await sql<{ n: number }>(
        `select count(*)::int as n from curriculum.attendance a join curriculum.enrolment e on e.id = a.enrolment_id where e.session_id = ?`,
        [sessionId],
      )
    )[0]?.n;
  const open = async (sessionId: string, as = asInstructor, minutes?: number) =>
    expectData(
      await subgraphQuery(harness, "curriculum", OPEN, { input: { sessionId, minutes } }, as),
    ).openCheckIn;
  const checkIn = (sessionId: string, code: string, studentId: string) =>
    subgraphQuery(
      harness,
      "curriculum",
      CHECK_IN,
      { input: { sessionId, code } },
      callers.student(studentId),
    );
  const mark = (
    sessionId: string,
    personId: string,
    status: "PRESENT" | "LATE" | "ABSENT" | "EXCUSED",
    note?: string,
    as = asInstructor,
  ) =>
    subgraphQuery(
      harness,
      "curriculum",
      MARK,
      { input: { sessionId, personId, status, note } },
      as,
    );
  const person = async (id: string, as = callers.student(id)) => {
    const res = await harness.execute<{ _entities: PersonAttendance[] }>(
      "curriculum",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${PERSON_FIELDS} } } }`,
      { r: [{ __typename: "Person", id }] },
      as,
    );
    return res;
  };
  /** A wrong code: the right one with its last digit changed. */
  const wrong = (code: string) => code.slice(0, 5) + String((Number(code[5]) + 1) % 10);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("lists an instructor the sessions they teach from two weeks back, earliest first", async () => {
    const mine = expectData(await subgraphQuery(harness, "curriculum", TEACHING, {}, asInstructor));
    expect(mine.myTeachingSessions.edges.map((e) => e.node.id)).toEqual([
      held[2].id,
      ended.id,
      started.id,
      soon.id,
      far.id,
      toCome.id,
    ]);
    const none = expectData(await subgraphQuery(harness, "curriculum", TEACHING, {}, asColleague));
    expect(none.myTeachingSessions.totalCount).toBe(0);
  });

  describe("opening a check-in code", () => {
    it.each([
      ["a student", callers.student(st[0].id)],
      ["a staff member who does not teach the session", asColleague],
    ])("refuses %s with FORBIDDEN and opens nothing", async (_who, as) => {
      const res = await subgraphQuery(
        harness,
        "curriculum",
        OPEN,
        { input: { sessionId: soon.id } },
        as,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await sql(`select * from curriculum.check_in_window`)).toEqual([]);
    });

    it("refuses a session too far ahead, one that has ended, and a window over an hour", async () => {
      for (const s of [far, ended]) {
        const res = await subgraphQuery(
          harness,
          "curriculum",
          OPEN,
          { input: { sessionId: s.id } },
          asInstructor,
        );
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "sessionId",
        });
      }
      const long = await subgraphQuery(
        harness,
        "curriculum",
        OPEN,
        { input: { sessionId: soon.id, minutes: 61 } },
        asInstructor,
      );
      expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(await sql(`select * from curriculum.check_in_window`)).toEqual([]);
    });

    it("refuses a check-in before any code is opened", async () => {
      const res = await checkIn(soon.id, "123456", st[0].id);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      expect(await recorded(soon.id)).toBe(0);
    });

    it("gives the instructor a random six-digit code for ten minutes unless told otherwise", async () => {
      const window = await open(soon.id);
      expect(window.code).toMatch(/^\d{6}$/);
      expect(window.isOpen).toBe(true);
      expect(new Date(window.closesAt).getTime() - new Date(window.opensAt).getTime()).toBe(
        10 * MINUTE,
      );
    });
  });

  describe("checking in", () => {
    let code = "";
    beforeAll(async () => {
      code = (await open(soon.id, asInstructor, 15)).code ?? "";
    });

    it("refuses a wrong code, and a malformed one, changing nothing", async () => {
      const res = await checkIn(soon.id, wrong(code), st[1].id);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      const malformed = await checkIn(soon.id, "12ab56", st[1].id);
      expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(await recorded(soon.id)).toBe(0);
    });

    it.each([
      ["a student with no enrolment", 6],
      ["a student on the waiting list", 5],
    ])("refuses %s with FORBIDDEN even with the right code", async (_who, i) => {
      const res = await checkIn(soon.id, code, st[i].id);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await recorded(soon.id)).toBe(0);
    });

    it("refuses staff checking in: instructors mark instead", async () => {
      const res = await subgraphQuery(
        harness,
        "curriculum",
        CHECK_IN,
        { input: { sessionId: soon.id, code } },
        asInstructor,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("records an enrolled student PRESENT with the change in its history", async () => {
      const res = await checkIn(soon.id, code, st[0].id);
      expect(expectData(res).checkIn).toMatchObject({
        status: "PRESENT",
        checkedInAt: expect.any(String) as unknown,
        history: [{ from: null, to: "PRESENT", source: "CHECK_IN", changedBy: { id: st[0].id } }],
      });
    });

    it("never twice: a second check-in is CONFLICT, and two at once record one", async () => {
      const again = await checkIn(soon.id, code, st[0].id);
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const both = await Promise.all([
        checkIn(soon.id, code, st[1].id),
        checkIn(soon.id, code, st[1].id),
      ]);
      expect(both.filter((r) => !r.errors).length).toBe(1);
      expect(both.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect(await recorded(soon.id)).toBe(2);
    });

    it("reopening replaces the code: the old one is refused, the new one works", async () => {
      const next = (await open(soon.id)).code ?? "";
      expect(next).not.toBe(code);
      const old = await checkIn(soon.id, code, st[2].id);
      expect(old.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      expect(expectData(await checkIn(soon.id, next, st[2].id)).checkIn.status).toBe("PRESENT");
      code = next;
    });

    it("refuses the right code once the window has closed, and before it opens", async () => {
      await sql(
        `update curriculum.check_in_window set closes_at = now() - interval '1 millisecond' where session_id = ?`,
        [soon.id],
      );
      const late = await checkIn(soon.id, code, st[3].id);
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      await sql(
        `update curriculum.check_in_window set opens_at = now() + interval '1 minute', closes_at = now() + interval '10 minutes' where session_id = ?`,
        [soon.id],
      );
      const early = await checkIn(soon.id, code, st[3].id);
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "code",
      });
      expect(await recorded(soon.id)).toBe(3);
    });

    it("records LATE a check-in after the start's grace", async () => {
      const window = await open(started.id);
      const res = await checkIn(started.id, window.code ?? "", st[0].id);
      expect(expectData(res).checkIn.status).toBe("LATE");
    });
  });

  describe("who sees the code", () => {
    it("shows it to the instructor and an organiser, to nobody else", async () => {
      for (const as of [asInstructor, callers.admin()]) {
        const res = await subgraphQuery(harness, "curriculum", WINDOW, { id: started.id }, as);
        expect(expectData(res).courseSession?.checkInWindow?.code).toMatch(/^\d{6}$/);
      }
      for (const as of [callers.student(st[1].id), asColleague]) {
        const res = await subgraphQuery(harness, "curriculum", WINDOW, { id: started.id }, as);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(res.errors?.[0]?.path).toEqual(["courseSession", "checkInWindow", "code"]);
        // Whether check-in is open is for everyone: the student's page says so.
        expect(res.data?.courseSession?.checkInWindow).toMatchObject({ code: null, isOpen: true });
      }
    });
  });

  describe("the instructor's marks and corrections", () => {
    it("marks, and corrects only with a note, keeping every change", async () => {
      const first = expectData(await mark(started.id, st[1].id, "ABSENT")).markAttendance;
      expect(first).toMatchObject({ status: "ABSENT", changedBy: { id: instructor.id } });
      const bare = await mark(started.id, st[1].id, "EXCUSED");
      expect(bare.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
      const same = await mark(started.id, st[1].id, "ABSENT", "再次确认");
      expect(same.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const fixed = expectData(
        await mark(started.id, st[1].id, "EXCUSED", "补交请假条"),
      ).markAttendance;
      expect(fixed.status).toBe("EXCUSED");
      expect(fixed.history).toEqual([
        expect.objectContaining({ from: null, to: "ABSENT", source: "MARK", note: null }),
        expect.objectContaining({
          from: "ABSENT",
          to: "EXCUSED",
          source: "MARK",
          note: "补交请假条",
          changedBy: { id: instructor.id },
        }),
      ]);
    });

    it("corrects a check-in: LATE to PRESENT, both steps in the history", async () => {
      const res = await mark(started.id, st[0].id, "PRESENT", "交通管制，已说明");
      expect(expectData(res).markAttendance.history.map((h) => [h.from, h.to, h.source])).toEqual([
        [null, "LATE", "CHECK_IN"],
        ["LATE", "PRESENT", "MARK"],
      ]);
    });

    it("lets an organiser mark too, and refuses students and other staff with FORBIDDEN", async () => {
      expect(
        expectData(await mark(started.id, st[2].id, "LATE", undefined, callers.admin())),
      ).toBeTruthy();
      for (const as of [callers.student(st[2].id), asColleague]) {
        const res = await mark(started.id, st[2].id, "PRESENT", "改", as);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const [row] = await sql<{ status: string }>(
        `select a.status from curriculum.attendance a join curriculum.enrolment e on e.id = a.enrolment_id where e.session_id = ? and e.person_id = ?`,
        [started.id, st[2].id],
      );
      expect(row?.status).toBe("LATE");
    });

    it("refuses a person without a place, and presence before the session may begin; leave is fine", async () => {
      const stranger = await mark(started.id, st[7].id, "PRESENT");
      expect(stranger.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "personId",
      });
      const early = await mark(far.id, st[0].id, "PRESENT");
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "status",
      });
      expect(
        expectData(await mark(far.id, st[0].id, "EXCUSED", "参加竞赛")).markAttendance.status,
      ).toBe("EXCUSED");
    });
  });

  describe("rates and completion", () => {
    beforeAll(async () => {
      // a: 2 of 3; bb: 1 of 3; c: excused from one, attended the other two; d: nothing recorded.
      const marks: [typeof a, number, "PRESENT" | "LATE" | "EXCUSED"][] = [
        [a, 0, "PRESENT"],
        [a, 1, "LATE"],
        [bb, 0, "PRESENT"],
        [c, 0, "EXCUSED"],
        [c, 1, "PRESENT"],
        [c, 2, "PRESENT"],
      ];
      for (const [who, i, status] of marks)
        expectData(await mark(held[i].id, who.id, status, "课后补录"));
      // On the strict course (all sessions), a attended one of two.
      expectData(await mark(strictHeld[0].id, a.id, "PRESENT", undefined, callers.admin()));
    });

    it("counts a held session with nothing recorded as absent, per session and per course", async () => {
      const first = await subgraphQuery(harness, "curriculum", SESSION_SUMMARY, { id: held[0].id });
      expect(expectData(first).courseSession?.attendanceSummary).toEqual({
        places: 4,
        present: 2,
        late: 0,
        absent: 1,
        excused: 1,
        unrecorded: 0,
        rate: 2 / 3,
      });
      const whole = await subgraphQuery(harness, "curriculum", COURSE_SUMMARY, {
        id: formation.id,
      });
      expect(expectData(whole).course).toEqual({
        completionThreshold: 2 / 3,
        completionCount: 2,
        attendanceSummary: {
          places: 12,
          present: 4,
          late: 1,
          absent: 6,
          excused: 1,
          unrecorded: 0,
          rate: 5 / 11,
        },
      });
      const strictCourse = await subgraphQuery(harness, "curriculum", COURSE_SUMMARY, {
        id: strict.id,
      });
      expect(expectData(strictCourse).course).toMatchObject({
        completionThreshold: 1,
        completionCount: 0,
      });
    });

    it("counts a session under way's places with nothing yet as unrecorded", async () => {
      const res = await subgraphQuery(harness, "curriculum", SESSION_SUMMARY, { id: soon.id });
      expect(expectData(res).courseSession?.attendanceSummary).toEqual({
        places: 5,
        present: 3,
        late: 0,
        absent: 0,
        excused: 0,
        unrecorded: 2,
        rate: 3 / 5,
      });
    });

    it("gives a student their own rate, progress and completions; ended sessions unrecorded are ABSENT", async () => {
      const res = await person(a.id);
      expect(res.errors).toBeUndefined();
      const me = res.data?._entities[0];
      expect(me?.attendance).toEqual({ places: 5, present: 2, absent: 2, excused: 0, rate: 3 / 5 });
      const progress = [...(me?.courseProgress ?? [])].sort((x, y) =>
        x.course.code.localeCompare(y.course.code),
      );
      expect(progress).toEqual([
        {
          course: { code: "FF09" },
          heldSessions: 3,
          attendedSessions: 2,
          excusedSessions: 0,
          requiredSessions: 2,
          completed: true,
        },
        {
          course: { code: "FO02" },
          heldSessions: 2,
          attendedSessions: 1,
          excusedSessions: 0,
          requiredSessions: 2,
          completed: false,
        },
      ]);
      expect(me?.courseCompletions).toEqual([{ course: { code: "FF09" } }]);
      // Newest session first: the one to come, then the held ones back in time.
      expect(me?.enrolments?.map((e) => e.attendanceStatus)).toEqual([
        null,
        "ABSENT",
        "ABSENT",
        "LATE",
        "PRESENT",
        "PRESENT",
      ]);
      expect(me?.enrolments?.[3]?.attendance).toEqual({
        status: "LATE",
        history: [{ from: null, to: "LATE" }],
      });
    });

    it("completes a course with excused sessions left out of the count, and not below the threshold", async () => {
      const excused = (await person(c.id)).data?._entities[0];
      expect(excused?.courseProgress).toEqual([
        expect.objectContaining({
          attendedSessions: 2,
          excusedSessions: 1,
          requiredSessions: 2,
          completed: true,
        }),
      ]);
      const short = (await person(bb.id)).data?._entities[0];
      expect(short?.courseCompletions).toEqual([]);
      const none = (await person(d.id)).data?._entities[0];
      expect(none?.attendance).toMatchObject({ places: 3, present: 0, absent: 3, rate: 0 });
    });

    it("shows a student's attendance only to them and to staff", async () => {
      const other = await person(a.id, callers.student(bb.id));
      expect(other.errors?.map((e) => e.extensions?.code)).toEqual(
        expect.arrayContaining(["FORBIDDEN"]),
      );
      expect(other.data?._entities[0]?.attendance ?? null).toBeNull();
      expect(other.data?._entities[0]?.courseProgress ?? null).toBeNull();
      const staff = await person(a.id, asColleague);
      expect(staff.errors).toBeUndefined();
      const rates = await subgraphQuery(
        harness,
        "curriculum",
        SESSION_SUMMARY,
        { id: held[0].id },
        callers.student(a.id),
      );
      expect(rates.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("reads rates and progress of many students in as many statements as of one", async () => {
      const read = (ids: string[]) =>
        statementsOf(harness, "curriculum", () =>
          harness.execute(
            "curriculum",
            `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${PERSON_FIELDS} } } }`,
            { r: ids.map((id) => ({ __typename: "Person", id })) },
            callers.admin(),
          ),
        );
      const one = await read([a.id]);
      const four = await read([a.id, bb.id, c.id, d.id]);
      expect(four.result.errors).toBeUndefined();
      expect(four.statements).toBe(one.statements);
    });
  });
});
