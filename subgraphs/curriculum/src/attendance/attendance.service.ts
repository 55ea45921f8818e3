import { badUserInput, forbidden, notFound, type RequestContext } from "@campus/subgraph";
import { label, paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import type { Course } from "../course/course.entity";
import type { Enrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.reference";
import { CourseSession } from "../session/session.entity";
import { SessionStatus } from "../session/session.enums";
import { courseOf, emitAbsencesOfDay, emitAttendanceEvents } from "../outbox/curriculum-events";
import { AttendanceChange } from "./attendance-change.entity";
import { Attendance } from "./attendance.entity";
import { AttendanceSource, AttendanceStatus } from "./attendance.enums";
import type { MarkAttendanceInput } from "./attendance.input";
import type { AttendanceSummary, CourseProgress } from "./attendance.types";
import { markRefusal, markTooEarly } from "./attendance.workflow";
import { lockPlace, runsSession } from "./check-in.service";
import type { CheckInWindow } from "./check-in-window.entity";

/** How far back an instructor's list of sessions reaches. */
export const TEACHING_LOOKBACK_DAYS = 14;

/** Marks, corrections and what is read of attendance: who may see what. */
export class AttendanceService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Staff and service clients see anyone's attendance; a student only their own. */
  private maySee(personId: string): boolean {
    const { access, caller } = this.ctx;
    return access.isStaff() || access.hasRole("service") || caller.personId === personId;
  }

  private assertMaySee(personId: string): void {
    if (!this.maySee(personId)) throw forbidden("a student sees only their own attendance");
  }

  /** Rates of sessions and courses are for the staff who run them. */
  private assertStaff(): void {
    if (!this.ctx.access.isStaff() && !this.ctx.access.hasRole("service"))
      throw forbidden("only staff see attendance rates of sessions and courses");
  }

  /**
   * The instructor's (or an organiser's) mark of an enrolled student, or a correction of what was
   * recorded (checked in or marked), by the rules of attendance.workflow.ts; each change stored.
   */
  async mark(input: MarkAttendanceInput): Promise<Attendance> {
    const note = input.note?.trim() || null;
    return this.ctx.em.transactional(async (em) => {
      const session = await em.findOne(
        CourseSession,
        { id: input.sessionId },
        { comments: label("curriculum.sessionToMark") },
      );
      if (!session) throw notFound("course session", input.sessionId);
      if (!runsSession(this.ctx, session))
        throw forbidden("only the session's instructor or an organiser marks its attendance");
      if (session.status === SessionStatus.CANCELLED)
        throw badUserInput("the session is cancelled", "sessionId");
      const place = await lockPlace(em, session.id, input.personId);
      if (!place) throw badUserInput("this person holds no place in the session", "personId");
      const now = new Date();
      if (markTooEarly(input.status, session.startsAt, now))
        throw badUserInput(
          "the session has not begun; before it only leave (EXCUSED) can be marked",
          "status",
        );
      const recorded = await em.findOne(
        Attendance,
        { enrolment: place.id },
        { comments: label("curriculum.attendanceToMark") },
      );
      const refusal = markRefusal(recorded?.status ?? null, input.status, note);
      if (refusal) throw badUserInput(refusal, recorded ? "note" : "status");
      const attendance =
        recorded ??
        em.create(Attendance, {
          enrolment: place,
          status: input.status,
          changedAt: now,
          changedById: this.ctx.caller.personId,
        });
      const from = recorded?.status ?? null;
      attendance.status = input.status;
      attendance.changedAt = now;
      attendance.changedById = this.ctx.caller.personId;
      attendance.note = note;
      const change = em.create(AttendanceChange, {
        attendance,
        from,
        to: input.status,
        source: AttendanceSource.MARK,
        changedById: this.ctx.caller.personId,
        changedAt: now,
        note,
      });
      // For the growth record, in this transaction: no mark without its event, nor the reverse.
      await emitAttendanceEvents(em, change, input.personId, await courseOf(em, session.course.id));
      // And for evaluation's indicators: the student's absences on the session's day, when they changed.
      if (from === AttendanceStatus.ABSENT || input.status === AttendanceStatus.ABSENT)
        await emitAbsencesOfDay(em, change, input.personId, session.startsAt);
      return attendance;
    });
  }

  /**
   * The sessions the caller teaches, from two weeks back (to mark or correct) onwards, earliest
   * first; none for a caller who is no person (a service client).
   */
  teaching(args: PageArgs): Promise<Connection<CourseSession>> {
    const personId = this.ctx.caller.personId;
    const since = new Date(Date.now() - TEACHING_LOOKBACK_DAYS * 24 * 60 * 60_000);
    return paginate(
      this.ctx.em,
      CourseSession,
      personId ? { instructorId: personId, endsAt: { $gte: since } } : { id: { $in: [] } },
      args,
      "startsAt",
    );
  }

  /** The session's check-in window, whoever asks (students see whether check-in is open). */
  async window(session: CourseSession): Promise<CheckInWindow | null> {
    return (await this.ctx.loaders.checkInWindowBySession.load(session.id))[0] ?? null;
  }

  /** The code: for the session's instructor and organisers only. */
  async code(window: CheckInWindow): Promise<string> {
    const session = await this.ctx.loaders.session.load(window.session.id);
    if (!session || !runsSession(this.ctx, session))
      throw forbidden("only the session's instructor and organisers see its check-in code");
    return window.code;
  }

  isOpen(window: CheckInWindow): boolean {
    const now = Date.now();
    return window.opensAt.getTime() <= now && now < window.closesAt.getTime();
  }

  async ofEnrolment(enrolment: Enrolment): Promise<Attendance | null> {
    this.assertMaySee(enrolment.personId);
    return (await this.ctx.loaders.attendanceByEnrolment.load(enrolment.id))[0] ?? null;
  }

  /**
   * What counts for the enrolment: the recorded status; for a place with none, ABSENT once the
   * session has ended, else null; null for a waiting or cancelled enrolment.
   */
  async statusOf(enrolment: Enrolment): Promise<AttendanceStatus | null> {
    this.assertMaySee(enrolment.personId);
    if (enrolment.status !== EnrolmentStatus.ENROLLED) return null;
    const [recorded] = await this.ctx.loaders.attendanceByEnrolment.load(enrolment.id);
    if (recorded) return recorded.status;
    const session = await this.ctx.loaders.session.load(enrolment.session.id);
    if (!session || session.status === SessionStatus.CANCELLED) return null;
    return session.endsAt.getTime() <= Date.now() ? AttendanceStatus.ABSENT : null;
  }

  async enrolmentOf(attendance: Attendance): Promise<Enrolment> {
    const enrolment = await this.ctx.loaders.enrolment.load(attendance.enrolment.id);
    if (!enrolment) throw notFound("enrolment", attendance.enrolment.id);
    return enrolment;
  }

  async history(attendance: Attendance): Promise<AttendanceChange[]> {
    this.assertMaySee((await this.enrolmentOf(attendance)).personId);
    return this.ctx.loaders.attendanceChanges.load(attendance.id);
  }

  personOf(id: string | null): Person | null {
    return id ? { id } : null;
  }

  sessionSummary(session: CourseSession): Promise<AttendanceSummary> {
    this.assertStaff();
    return this.ctx.loaders.attendanceBySession.load(session.id);
  }

  courseSummary(course: Course): Promise<AttendanceSummary> {
    this.assertStaff();
    return this.ctx.loaders.attendanceByCourse.load(course.id);
  }

  completionCount(course: Course): Promise<number> {
    this.assertStaff();
    return this.ctx.loaders.completionCountByCourse.load(course.id);
  }

  personSummary(person: Person): Promise<AttendanceSummary> {
    this.assertMaySee(person.id);
    return this.ctx.loaders.attendanceByPerson.load(person.id);
  }

  /** The person's progress in every course they hold a place in, by course code order of loading. */
  async progress(person: Person, completedOnly = false): Promise<CourseProgress[]> {
    this.assertMaySee(person.id);
    const rows = await this.ctx.loaders.courseProgressByPerson.load(person.id);
    return rows
      .filter((row) => !completedOnly || row.completed)
      .map((row) => ({
        course: row.course,
        heldSessions: row.held,
        attendedSessions: row.attended,
        excusedSessions: row.excused,
        requiredSessions: row.required,
        completed: row.completed,
      }));
  }
}
