import { EntityRepository, LockMode } from "@mikro-orm/postgresql";
import { label, runStatement, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { CourseSession } from "../session/session.entity";
import { SessionStatus } from "../session/session.enums";
import { Enrolment } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";

export interface EnrolmentCounts {
  enrolled: number;
  waiting: number;
  cancelled: number;
}

/** The first of a person's active enrolments overlapping a time span, with what the refusal names. */
export interface Clash {
  session_id: string;
  starts_at: Date;
  ends_at: Date;
  course_title: string;
}

export class EnrolmentRepository extends EntityRepository<Enrolment> {
  /** Enrolments per session and status, for any number of sessions, in one GROUP BY statement. */
  async countsBySession(sessionIds: readonly string[]): Promise<Map<string, EnrolmentCounts>> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ session_id: string; status: EnrolmentStatus; n: number }>(
      em,
      "curriculum.enrolmentCountsBySession",
      `select session_id, status, count(*)::int as n from ?? where session_id = any(?::uuid[]) group by session_id, status`,
      [tableName(em, Enrolment), uuidArray(sessionIds)],
    );
    const counts = new Map<string, EnrolmentCounts>();
    for (const row of rows) {
      const c = counts.get(row.session_id) ?? { enrolled: 0, waiting: 0, cancelled: 0 };
      if (row.status === EnrolmentStatus.ENROLLED) c.enrolled = row.n;
      else if (row.status === EnrolmentStatus.WAITING) c.waiting = row.n;
      else c.cancelled = row.n;
      counts.set(row.session_id, c);
    }
    return counts;
  }

  /**
   * Each waiting enrolment's place in its session's queue (1 = next), for any number of sessions
   * in one statement: first come (enrolledAt, then id) first served.
   */
  async waitingPositions(sessionIds: readonly string[]): Promise<Map<string, number>> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ id: string; position: number }>(
      em,
      "curriculum.enrolmentWaitingPositions",
      `select id, (row_number() over (partition by session_id order by enrolled_at, id))::int as position
         from ?? where session_id = any(?::uuid[]) and status = ?`,
      [tableName(em, Enrolment), uuidArray(sessionIds), EnrolmentStatus.WAITING],
    );
    return new Map(rows.map((r) => [r.id, r.position]));
  }

  /** Places taken in a session (by this person, when one is named). */
  countEnrolled(sessionId: string, personId?: string): Promise<number> {
    const where = {
      session: sessionId,
      status: EnrolmentStatus.ENROLLED,
      ...(personId ? { personId } : {}),
    };
    return this.count(where, {
      comments: label(personId ? "curriculum.personEnrolled" : "curriculum.seatsTaken"),
    });
  }

  /** Whether the person holds a place or a turn (ENROLLED or WAITING) in the session. */
  async isActive(sessionId: string, personId: string): Promise<boolean> {
    const n = await this.count(
      {
        session: sessionId,
        personId,
        status: { $in: [EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING] },
      },
      { comments: label("curriculum.personActiveInSession") },
    );
    return n > 0;
  }

  /**
   * Serialises one person's sign-ups until the transaction ends (a transaction-scoped advisory
   * lock on the person), so two sign-ups for overlapping sessions cannot both pass the clash check.
   */
  async lockPerson(personId: string): Promise<void> {
    await selectRows(
      this.getEntityManager(),
      "curriculum.lockPersonEnrolments",
      `select pg_advisory_xact_lock(hashtextextended(?, 0))`,
      [`curriculum.enrolment:${personId}`],
    );
  }

  /** The person's earliest active enrolment in another scheduled session overlapping [startsAt, endsAt). */
  async clash(
    personId: string,
    session: { id: string; startsAt: Date; endsAt: Date },
  ): Promise<Clash | null> {
    const em = this.getEntityManager();
    const [row] = await selectRows<Clash>(
      em,
      "curriculum.enrolmentClash",
      `select s.id as session_id, s.starts_at, s.ends_at, c.title as course_title
         from ?? e join ?? s on s.id = e.session_id join ?? c on c.id = s.course_id
        where e.person_id = ? and e.status in (?, ?) and s.status = ? and s.id <> ?
          and s.starts_at < ? and s.ends_at > ?
        order by s.starts_at limit 1`,
      [
        tableName(em, Enrolment),
        tableName(em, CourseSession),
        tableName(em, Course),
        personId,
        EnrolmentStatus.ENROLLED,
        EnrolmentStatus.WAITING,
        SessionStatus.SCHEDULED,
        session.id,
        session.endsAt,
        session.startsAt,
      ],
    );
    return row ?? null;
  }

  /**
   * Fills the session's free places from its waiting list, first come first, in one UPDATE. Call
   * it holding the session's lock (CourseSessionRepository.lock) after the change that freed the
   * places is flushed; a session that has started or been cancelled promotes nobody.
   */
  async promoteWaiting(session: CourseSession): Promise<number> {
    const em = this.getEntityManager();
    if (session.status !== SessionStatus.SCHEDULED) return 0;
    if (session.startsAt.getTime() <= Date.now()) return 0;
    await em.flush();
    const free = session.capacity - (await this.countEnrolled(session.id));
    if (free <= 0) return 0;
    return runStatement(
      em,
      "curriculum.promoteWaiting",
      `update ?? set status = ?, promoted_at = now(), updated_at = now()
        where id in (select id from ?? where session_id = ? and status = ?
                      order by enrolled_at, id limit ? for update)`,
      [
        tableName(em, Enrolment),
        EnrolmentStatus.ENROLLED,
        tableName(em, Enrolment),
        session.id,
        EnrolmentStatus.WAITING,
        free,
      ],
    );
  }

  /** The enrolment, read afresh and locked (FOR UPDATE) until the transaction ends. */
  lock(id: string): Promise<Enrolment | null> {
    return this.findOne(
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("curriculum.lockEnrolment"),
      },
    );
  }
}
