import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Person } from "./person/person.entity";
import { seedPeople } from "./person/person.seed";
import { seedStaffAssignments } from "./staff-assignment/staff-assignment.seed";
import { seedStudentClasses } from "./student-class/student-class.seed";
import { seedDuty } from "./duty/duty.seed";
import { seedTeams } from "./team/team.seed";
import { seedGovernancePosts } from "./governance-post/governance-post.seed";

/** Loads this subgraph's slice of a dataset; returns false when it already holds data. */
export async function seed(
  em: EntityManager,
  data: Dataset,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<boolean> {
  if (options.onlyIfEmpty && (await em.count(Person)) > 0) return false;
  await seedStudentClasses(em, data);
  await seedPeople(em, data);
  await seedStaffAssignments(em, data);
  await em.flush();
  // After the flush: the services read the people just written, each in a transaction of its own.
  await seedTeams(em, data);
  await seedDuty(em, data);
  await seedGovernancePosts(em, data);
  return true;
}
