import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Course } from "./course/course.entity";
import { seedCourses } from "./course/course.seed";
import { seedEnrolments } from "./enrolment/enrolment.seed";
import { seedSessions } from "./session/session.seed";
import { seedPartners } from "./partner/partner.seed";
import { seedChallenges } from "./challenge/challenge.seed";
import { seedCompetitions } from "./competition/competition.seed";
import { seedHabitProjects } from "./habit/habit.seed";
import { seedPracticeVisits } from "./practice-visit/practice-visit.seed";
import { seedFormation } from "./formation/formation.seed";
import { seedPlacements } from "./placement/placement.seed";

/** Loads this subgraph's slice of a dataset; returns false when it already holds data. */
export async function seed(
  em: EntityManager,
  data: Dataset,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<boolean> {
  if (options.onlyIfEmpty && (await em.count(Course)) > 0) return false;
  await seedCourses(em, data);
  await seedSessions(em, data);
  await seedEnrolments(em, data);
  seedPartners(em, data);
  seedChallenges(em, data);
  await em.flush();
  await seedCompetitions(em, data);
  await em.flush();
  await seedHabitProjects(em, data);
  seedPracticeVisits(em, data);
  seedFormation(em, data);
  await seedPlacements(em, data);
  await em.flush();
  return true;
}
