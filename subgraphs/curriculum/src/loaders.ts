import type { EntityManager } from "@mikro-orm/postgresql";
import { attendanceLoaders } from "./attendance/attendance.loader";
import { courseLoaders } from "./course/course.loader";
import { enrolmentLoaders } from "./enrolment/enrolment.loader";
import { sessionLoaders } from "./session/session.loader";
import { partnerLoaders } from "./partner/partner.loader";
import { challengeLoaders } from "./challenge/challenge.loader";
import { projectLoaders } from "./project/project.loader";
import { climbTierLoaders } from "./climb/climb-tier.loader";
import { competitionLoaders } from "./competition/competition.loader";
import { habitLoaders } from "./habit/habit.loader";
import { practiceVisitLoaders } from "./practice-visit/practice-visit.loader";
import { formationLoaders } from "./formation/formation.loader";
import { placementLoaders } from "./placement/placement.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return {
    ...courseLoaders(em),
    ...sessionLoaders(em),
    ...enrolmentLoaders(em),
    ...attendanceLoaders(em),
    ...partnerLoaders(em),
    ...challengeLoaders(em),
    ...projectLoaders(em),
    ...climbTierLoaders(em),
    ...competitionLoaders(em),
    ...habitLoaders(em),
    ...practiceVisitLoaders(em),
    ...formationLoaders(em),
    ...placementLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
