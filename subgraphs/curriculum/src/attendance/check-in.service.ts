import { randomInt, timingSafeEqual } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { Enrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import type { Loaders } from "../loaders";
import { CourseSession } from "../session/session.entity";
import { SessionStatus } from "../session/session.enums";
import type { CourseSessionRepository } from "../session/session.repository";
import { courseOf, emitAttendanceEvents } from "../outbox/curriculum-events";
import { AttendanceChange } from "./attendance-change.entity";
import { Attendance } from "./attendance.entity";
import { AttendanceSource } from "./attendance.enums";
import type { CheckInInput, OpenCheckInInput } from "./attendance.input";
import { checkInOpeningRefusal, checkInStatus } from "./attendance.workflow";
import { CheckInWindow } from "./check-in-window.entity";

/** Whether the caller runs the session's attendance: its instructor, or an organiser (administrator). */
export function runsSession(
  ctx: RequestContext<Loaders>,
  session: Pick<CourseSession, "instructorId">,
): boolean {
  if (ctx.access.hasRole("admin")) return true;
  return ctx.caller.personId !== null && ctx.caller.personId === session.instructorId;
}

/** The person's place (ENROLLED) in the session, locked until the transaction ends; null when they hold none. */
export function lockPlace(
  em: EntityManager,
  sessionId: string,
  personId: string,
): Promise<Enrolment | null> {
  return em.findOne(
    Enrolment,
    { session: sessionId, personId, status: EnrolmentStatus.ENROLLED },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockPlace"),
    },
  );
}

function newCode(previous: string | null): string {
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    if (code !== previous) return code;
  }
}

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Check-in (签到): the instructor opens a short-lived code, enrolled students check in with it. */
export class CheckInService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Opens the session's check-in with a fresh random code for `minutes` (never past the session's
   * end); reopening replaces the code and the window. The session's instructor or an organiser,
   * from 30 minutes before the start until the end, not for a cancelled session.
   */
  async open(input: OpenCheckInInput): Promise<CheckInWindow> {
    return this.ctx.em.transactional(async (em) => {
      const session = await em
        .getRepository<CourseSession, CourseSessionRepository>(CourseSession)
        .lock(input.sessionId);
      if (!session) throw notFound("course session", input.sessionId);
      if (!runsSession(this.ctx, session))
        throw forbidden("only the session's instructor or an organiser opens its check-in");
      if (session.status === SessionStatus.CANCELLED)
        throw badUserInput("the session is cancelled", "sessionId");
      const now = new Date();
      const refusal = checkInOpeningRefusal(session.startsAt, session.endsAt, now);
      if (refusal) throw badUserInput(refusal, "sessionId");
      const closesAt = new Date(
        Math.min(now.getTime() + input.minutes * 60_000, session.endsAt.getTime()),
      );
      const window = await em.findOne(
        CheckInWindow,
        { session: session.id },
        { comments: label("curriculum.checkInWindowToOpen") },
      );
      if (window) {
        window.code = newCode(window.code);
        window.opensAt = now;
        window.closesAt = closesAt;
        window.openedById = this.ctx.caller.personId;
        return window;
      }
      return em.create(CheckInWindow, {
        session,
        code: newCode(null),
        opensAt: now,
        closesAt,
        openedById: this.ctx.caller.personId,
      });
    });
  }

  /**
   * A student checks themselves in: only with a place (ENROLLED) in the session (else FORBIDDEN),
   * only while its window is open and with its current code (else BAD_USER_INPUT on `code`), and
   * only once (CONFLICT when anything is already recorded). PRESENT, or LATE after the grace.
   * The place is locked, so a check-in and the instructor's mark of the same student never cross.
   */
  async checkIn(input: CheckInInput): Promise<Attendance> {
    const personId = this.ctx.caller.personId;
    if (!this.ctx.access.hasRole("student") || !personId)
      throw forbidden("only a student checks in, for themselves; instructors mark attendance");
    try {
      return await this.ctx.em.transactional(async (em) => {
        const session = await em.findOne(
          CourseSession,
          { id: input.sessionId },
          { comments: label("curriculum.sessionToCheckIn") },
        );
        if (!session) throw notFound("course session", input.sessionId);
        const place = await lockPlace(em, session.id, personId);
        if (!place)
          throw forbidden("you hold no place in this session, so you cannot check in to it");
        if (session.status === SessionStatus.CANCELLED)
          throw badUserInput("the session is cancelled", "sessionId");
        const window = await em.findOne(
          CheckInWindow,
          { session: session.id },
          { comments: label("curriculum.checkInWindow") },
        );
        const now = new Date();
        if (!window || now < window.opensAt || now >= window.closesAt)
          throw badUserInput("check-in is not open for this session now", "code");
        if (!sameCode(input.code, window.code))
          throw badUserInput("that is not this session's check-in code", "code");
        const recorded = await em.findOne(
          Attendance,
          { enrolment: place.id },
          { comments: label("curriculum.attendanceOfPlace") },
        );
        if (recorded)
          throw codedError("CONFLICT", `your attendance is already recorded (${recorded.status})`, {
            sessionId: session.id,
          });
        const status = checkInStatus(session.startsAt, now);
        const attendance = em.create(Attendance, {
          enrolment: place,
          status,
          checkedInAt: now,
          changedAt: now,
          changedById: personId,
        });
        const change = em.create(AttendanceChange, {
          attendance,
          from: null,
          to: status,
          source: AttendanceSource.CHECK_IN,
          changedById: personId,
          changedAt: now,
        });
        // For the growth record, in this transaction: no check-in without its event, nor the reverse.
        await emitAttendanceEvents(em, change, personId, await courseOf(em, session.course.id));
        return attendance;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "your attendance is already recorded", {
          sessionId: input.sessionId,
        });
      throw error;
    }
  }
}
