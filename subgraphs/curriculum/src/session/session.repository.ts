import { EntityRepository, LockMode } from "@mikro-orm/postgresql";
import { label } from "@campus/subgraph/data";
import type { CourseSession } from "./session.entity";

export class CourseSessionRepository extends EntityRepository<CourseSession> {
  /** The session, read afresh and locked (FOR UPDATE): concurrent sign-ups to it run one after another. */
  lock(id: string): Promise<CourseSession | null> {
    return this.findOne(
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("curriculum.lockSession"),
      },
    );
  }
}
