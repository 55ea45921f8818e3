import { EntityRepository, LockMode } from "@mikro-orm/postgresql";
import { label, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Enrolment } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";

export interface EnrolmentCounts {
  enrolled: number;
  cancelled: number;
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
      const c = counts.get(row.session_id) ?? { enrolled: 0, cancelled: 0 };
      if (row.status === EnrolmentStatus.ENROLLED) c.enrolled = row.n;
      else c.cancelled = row.n;
      counts.set(row.session_id, c);
    }
    return counts;
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
