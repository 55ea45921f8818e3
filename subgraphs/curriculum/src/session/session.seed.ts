import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Course } from "../course/course.entity";
import { seedDate } from "../seed-dates";
import { CourseSession } from "./session.entity";

export async function seedSessions(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.sessions) {
    em.create(CourseSession, {
      id: row.id,
      course: em.getReference(Course, row.courseId),
      startsAt: seedDate(row.startsAt, `session ${row.id} startsAt`),
      endsAt: seedDate(row.endsAt, `session ${row.id} endsAt`),
      location: row.location,
      instructorId: row.instructorId,
      capacity: row.capacity,
    });
  }
}
