import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { CourseSession } from "./session.entity";

export function sessionLoaders(em: EntityManager) {
  return {
    session: entityLoader(em, CourseSession),
    /** A course's sessions, earliest first: one query for all the courses of a response. */
    sessionsByCourse: groupLoader(
      em,
      CourseSession,
      (courseIds) => ({ course: { $in: courseIds } }),
      (session) => session.course.id,
      { orderBy: { startsAt: "asc", id: "asc" } },
    ),
  };
}
