import {
  assertPeopleExist,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import { Course } from "../course/course.entity";
import { Enrolment } from "../enrolment/enrolment.entity";
import type { EnrolmentRepository } from "../enrolment/enrolment.repository";
import type { Loaders } from "../loaders";
import { CourseSession } from "./session.entity";
import { SessionStatus } from "./session.enums";
import type {
  CancelCourseSessionInput,
  ScheduleCourseSessionInput,
  UpdateCourseSessionInput,
} from "./session.input";
import { assertRoomExists } from "./session.references";
import type { CourseSessionRepository } from "./session.repository";

const DAY_MS = 24 * 60 * 60 * 1000;

/** startsAt before endsAt, less than a day apart: a sitting, not a term. */
function assertTimes(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime())) throw badUserInput("startsAt is not a time", "startsAt");
  if (Number.isNaN(endsAt.getTime())) throw badUserInput("endsAt is not a time", "endsAt");
  if (endsAt.getTime() <= startsAt.getTime())
    throw badUserInput("a session ends after it starts", "endsAt");
  if (endsAt.getTime() - startsAt.getTime() > DAY_MS)
    throw badUserInput("a session lasts at most 24 hours", "endsAt");
}

/**
 * What organisers do to the term's schedule: schedule a session, change it, cancel it. Organising
 * is an administrator's duty (the platform's roles have no organiser of their own; see README's
 * access model); a session's instructor runs its attendance, not its schedule.
 */
export class SessionScheduleService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private assertOrganiser(action: string): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden(`only an organiser (administrator) may ${action}`);
  }

  /** Person and room references, each checked through the graph once, before anything is written. */
  private async checkReferences(input: {
    instructorId?: string | null;
    roomId?: string | null;
  }): Promise<void> {
    if (input.instructorId)
      await assertPeopleExist(this.ctx, [{ id: input.instructorId, field: "instructorId" }]);
    if (input.roomId) await assertRoomExists(this.ctx, input.roomId, "roomId");
  }

  async schedule(input: ScheduleCourseSessionInput): Promise<CourseSession> {
    this.assertOrganiser("schedule a session");
    assertTimes(input.startsAt, input.endsAt);
    if (input.startsAt.getTime() <= Date.now())
      throw badUserInput("a new session starts in the future", "startsAt");
    const course = await this.ctx.loaders.course.load(input.courseId);
    if (!course) throw badUserInput(`no course has the id ${input.courseId}`, "courseId");
    await this.checkReferences(input);
    return this.ctx.em.transactional((em) =>
      em.create(CourseSession, {
        course: em.getReference(Course, course.id),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location.trim(),
        roomId: input.roomId ?? null,
        instructorId: input.instructorId ?? null,
        capacity: input.capacity,
      }),
    );
  }

  /**
   * Changes a session that has neither ended nor been cancelled, under the session's lock (as
   * enrolments take it), so a capacity change and concurrent sign-ups see one another. More
   * places enrol the waiting list, first come first.
   */
  async update(input: UpdateCourseSessionInput): Promise<CourseSession> {
    this.assertOrganiser("change a session");
    await this.checkReferences(input);
    return this.ctx.em.transactional(async (em) => {
      const session = await em
        .getRepository<CourseSession, CourseSessionRepository>(CourseSession)
        .lock(input.sessionId);
      if (!session) throw notFound("course session", input.sessionId);
      if (session.status === SessionStatus.CANCELLED)
        throw codedError("CONFLICT", "the session is cancelled; schedule a new one instead", {
          sessionId: session.id,
        });
      if (session.endsAt.getTime() <= Date.now())
        throw badUserInput("the session has ended; its record is kept as it was", "sessionId");
      const startsAt = input.startsAt ?? session.startsAt;
      const endsAt = input.endsAt ?? session.endsAt;
      assertTimes(startsAt, endsAt);
      const enrolments = em.getRepository<Enrolment, EnrolmentRepository>(Enrolment);
      if (input.capacity !== null && input.capacity !== undefined) {
        const taken = await enrolments.countEnrolled(session.id);
        if (input.capacity < taken)
          throw badUserInput(
            `${taken} students hold places; capacity cannot be less than that`,
            "capacity",
          );
        session.capacity = input.capacity;
      }
      session.startsAt = startsAt;
      session.endsAt = endsAt;
      if (input.location) session.location = input.location.trim();
      if (input.roomId) session.roomId = input.roomId;
      if (input.instructorId) session.instructorId = input.instructorId;
      session.changeNote = input.note.trim();
      session.changedAt = new Date();
      await enrolments.promoteWaiting(session);
      return session;
    });
  }

  /** Cancels a session that has not ended; its enrolments stay, and students see the note. */
  async cancel(input: CancelCourseSessionInput): Promise<CourseSession> {
    this.assertOrganiser("cancel a session");
    return this.ctx.em.transactional(async (em) => {
      const session = await em
        .getRepository<CourseSession, CourseSessionRepository>(CourseSession)
        .lock(input.sessionId);
      if (!session) throw notFound("course session", input.sessionId);
      if (session.status === SessionStatus.CANCELLED)
        throw codedError("CONFLICT", "the session is already cancelled", {
          sessionId: session.id,
        });
      if (session.endsAt.getTime() <= Date.now())
        throw badUserInput("the session has ended; it cannot be cancelled now", "sessionId");
      session.status = SessionStatus.CANCELLED;
      session.changeNote = input.note.trim();
      session.changedAt = new Date();
      return session;
    });
  }
}
