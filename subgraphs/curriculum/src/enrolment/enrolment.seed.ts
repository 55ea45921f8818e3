import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { seedDate } from "../seed-dates";
import { CourseSession } from "../session/session.entity";
import { Enrolment } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";

export async function seedEnrolments(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.enrolments) {
    em.create(Enrolment, {
      id: row.id,
      session: em.getReference(CourseSession, row.sessionId),
      personId: row.personId,
      status: row.status as EnrolmentStatus,
      enrolledAt: seedDate(row.enrolledAt, `enrolment ${row.id} enrolledAt`),
    });
  }
}
