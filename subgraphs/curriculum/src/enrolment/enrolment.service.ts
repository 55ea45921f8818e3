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
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.reference";
import { CourseSession } from "../session/session.entity";
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
    const { session: sessions, course: courses } = this.ctx.loaders;
    for (const enrolment of rows) {
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

  /**
   * Takes a seat. The session row is locked (SELECT ... FOR UPDATE) for the whole check-then-insert,
   * so concurrent enrolments in one session run one after another and never overbook; the partial
   * unique index catches a duplicate that got past the check anyway. Any refusal rolls back.
   */
  async enrol(sessionId: string, personId: string): Promise<Enrolment> {
    this.assertMayActFor(personId);
    // A student enrolling themselves is who their token says; an administrator may name anyone.
    if (personId !== this.ctx.caller.personId)
      await assertPeopleExist(this.ctx, [{ id: personId, field: "personId" }]);
    try {
      return await this.ctx.em.transactional(async (em) => {
        const session = await em
          .getRepository<CourseSession, CourseSessionRepository>(CourseSession)
          .lock(sessionId);
        if (!session) throw notFound("course session", sessionId);
        if (session.startsAt.getTime() <= Date.now()) {
          throw badUserInput("the session has already started; enrolment is closed", "sessionId");
        }
        const already = await enrolments(em).countEnrolled(sessionId, personId);
        if (already > 0)
          throw codedError("CONFLICT", "this person is already enrolled in this session", {
            sessionId,
            personId,
          });
        const taken = await enrolments(em).countEnrolled(sessionId);
        if (taken >= session.capacity) {
          throw codedError("CONFLICT", "the session is full", {
            sessionId,
            capacity: session.capacity,
          });
        }
        return em.create(Enrolment, {
          session,
          personId,
          status: EnrolmentStatus.ENROLLED,
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
   * Gives a seat back; the row stays, CANCELLED, as the record that the person had enrolled.
   * A student may not cancel once the session has started (it would rewrite who was expected
   * there); an administrator may, to correct records.
   */
  async cancel(enrolmentId: string): Promise<Enrolment> {
    return this.ctx.em.transactional(async (em) => {
      const enrolment = await enrolments(em).lock(enrolmentId);
      if (!enrolment) throw notFound("enrolment", enrolmentId);
      this.assertMayActFor(enrolment.personId);
      if (enrolment.status === EnrolmentStatus.CANCELLED) {
        throw codedError("CONFLICT", "this enrolment is already cancelled", { enrolmentId });
      }
      if (!this.ctx.access.hasRole("admin")) {
        const session = await em.findOneOrFail(CourseSession, { id: enrolment.session.id });
        if (session.startsAt.getTime() <= Date.now()) {
          throw badUserInput(
            "the session has already started; only an administrator may cancel now",
            "enrolmentId",
          );
        }
      }
      enrolment.status = EnrolmentStatus.CANCELLED;
      return enrolment;
    });
  }
}
