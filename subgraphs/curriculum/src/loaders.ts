import type { EntityManager } from "@mikro-orm/postgresql";
import { attendanceLoaders } from "./attendance/attendance.loader";
import { courseLoaders } from "./course/course.loader";
import { enrolmentLoaders } from "./enrolment/enrolment.loader";
import { sessionLoaders } from "./session/session.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return {
    ...courseLoaders(em),
    ...sessionLoaders(em),
    ...enrolmentLoaders(em),
    ...attendanceLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
