import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
  assertPeopleExist,
} from "@campus/subgraph";
import { campusTimeSpan } from "../session/session.time";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.reference";
import { label } from "@campus/subgraph/data";
import { CourseSession } from "../session/session.entity";
import { SessionStatus } from "../session/session.enums";
import type { CourseSessionRepository } from "../session/session.repository";
import { Enrolment } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";
import type { EnrolmentRepository } from "./enrolment.repository";

function enrolments(em: EntityManager): EnrolmentRepository {
  return em.getRepository<Enrolment, EnrolmentRepository>(Enrolment);
}

export class EnrolmentService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Administrators act for anyone; a student only for themselves; nobody else at all. */
  private assertMayActFor(personId: string): void {
    const { access, caller } = this.ctx;
    if (access.hasRole("admin")) return;
    if (access.hasRole("student") && caller.personId !== null && caller.personId === personId)
      return;
    throw forbidden("only an administrator or the student themselves may change this enrolment");
  }

  /**
   * A person's enrolments, newest session first. Which courses someone attends is not sensitive,
   * but it is theirs: staff and service clients see anyone's, a student only their own.
   */
  async forPerson(person: Person): Promise<Enrolment[]> {
    const { access, caller } = this.ctx;
    if (!access.isStaff() && !access.hasRole("service") && caller.personId !== person.id) {
      throw forbidden("a student sees only their own enrolments");
    }
    const rows = await this.ctx.loaders.enrolmentsByPerson.load(person.id);
    // Their sessions and courses came joined in: the loaders answer them without SQL.
    const { session: sessions, course: courses, enrolment: byId } = this.ctx.loaders;
    for (const enrolment of rows) {
      byId.prime(enrolment.id, enrolment);
      const session = enrolment.session.getEntity();
      sessions.prime(session.id, session);
      courses.prime(session.course.id, session.course.getEntity());
    }
    return rows;
  }

  async session(enrolment: Enrolment): Promise<CourseSession> {
    const session = await this.ctx.loaders.session.load(enrolment.session.id);
    if (!session)
      throw new Error(`session ${enrolment.session.id} of enrolment ${enrolment.id} is missing`);
    return session;
  }

  person(enrolment: Enrolment): Person {
    return { id: enrolment.personId };
  }

  /** The enrolment's place on its session's waiting list (1 = next); null unless WAITING. */
  async waitingPosition(enrolment: Enrolment): Promise<number | null> {
    if (enrolment.status !== EnrolmentStatus.WAITING) return null;
    const positions = await this.ctx.loaders.waitingPositions.load(enrolment.session.id);
    return positions.get(enrolment.id) ?? null;
  }

  /**
   * Takes a seat, or (`waitIfFull`) a turn on the waiting list. The person's sign-ups are
   * serialised by an advisory lock and the session row is locked (SELECT ... FOR UPDATE) for the
   * whole check-then-insert, so concurrent enrolments never overbook, never queue out of order and
   * never slip past the clash check; the partial unique index catches a duplicate that got past
   * the check anyway. Any refusal rolls back.
   */
  async enrol(sessionId: string, personId: string, waitIfFull = false): Promise<Enrolment> {
    this.assertMayActFor(personId);
    // A student enrolling themselves is who their token says; an administrator may name anyone.
    if (personId !== this.ctx.caller.personId)
      await assertPeopleExist(this.ctx, [{ id: personId, field: "personId" }]);
    try {
      return await this.ctx.em.transactional(async (em) => {
        await enrolments(em).lockPerson(personId);
        const session = await em
          .getRepository<CourseSession, CourseSessionRepository>(CourseSession)
          .lock(sessionId);
        if (!session) throw notFound("course session", sessionId);
        if (session.status === SessionStatus.CANCELLED)
          throw badUserInput("the session is cancelled; enrolment is closed", "sessionId");
        if (session.startsAt.getTime() <= Date.now()) {
          throw badUserInput("the session has already started; enrolment is closed", "sessionId");
        }
        if (await enrolments(em).isActive(sessionId, personId))
          throw codedError("CONFLICT", "this person is already enrolled in this session", {
            sessionId,
            personId,
          });
        const clash = await enrolments(em).clash(personId, session);
        if (clash)
          throw badUserInput(
            `this session overlaps another session the student is signed up for: ${clash.course_title}, ${campusTimeSpan(new Date(clash.starts_at), new Date(clash.ends_at))}`,
            "sessionId",
          );
        const taken = await enrolments(em).countEnrolled(sessionId);
        const full = taken >= session.capacity;
        if (full && !waitIfFull) {
          throw codedError("CONFLICT", "the session is full", {
            sessionId,
            capacity: session.capacity,
          });
        }
        return em.create(Enrolment, {
          session,
          personId,
          status: full ? EnrolmentStatus.WAITING : EnrolmentStatus.ENROLLED,
          enrolledAt: new Date(),
        });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw codedError("CONFLICT", "this person is already enrolled in this session", {
          sessionId,
          personId,
        });
      }
      throw error;
    }
  }

  /**
   * Gives a seat (or a turn) back; the row stays, CANCELLED, as the record that the person had
   * enrolled. A freed seat goes to the first waiting student in the same transaction, under the
   * session's lock (taken before the enrolment's, in the order enrol takes them). A student may not
   * cancel once the session has started (it would rewrite who was expected there); an
   * administrator may, to correct records.
   */
  async cancel(enrolmentId: string): Promise<Enrolment> {
    return this.ctx.em.transactional(async (em) => {
      const found = await em.findOne(
        Enrolment,
        { id: enrolmentId },
        { comments: label("curriculum.enrolmentToCancel") },
      );
      if (!found) throw notFound("enrolment", enrolmentId);
      this.assertMayActFor(found.personId);
      const session = await em
        .getRepository<CourseSession, CourseSessionRepository>(CourseSession)
        .lock(found.session.id);
      const enrolment = await enrolments(em).lock(enrolmentId);
      if (!session || !enrolment) throw notFound("enrolment", enrolmentId);
      if (enrolment.status === EnrolmentStatus.CANCELLED) {
        throw codedError("CONFLICT", "this enrolment is already cancelled", { enrolmentId });
      }
      if (!this.ctx.access.hasRole("admin") && session.startsAt.getTime() <= Date.now()) {
        throw badUserInput(
          "the session has already started; only an administrator may cancel now",
          "enrolmentId",
        );
      }
      const freesPlace = enrolment.status === EnrolmentStatus.ENROLLED;
      enrolment.status = EnrolmentStatus.CANCELLED;
      if (freesPlace) await enrolments(em).promoteWaiting(session);
      return enrolment;
    });
  }
}
