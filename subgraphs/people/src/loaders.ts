import type { EntityManager } from "@mikro-orm/postgresql";
import { volunteerActivityLoaders } from "./activity/volunteer-activity.loader";
import { dutyShiftLoaders } from "./duty/duty-shift.loader";
import { visitLoaders } from "./visit/visit.loader";
import { governancePostLoaders } from "./governance-post/governance-post.loader";
import { accessRecordLoaders } from "./access-record/access-record.loader";
import { orgUnitLoaders } from "./org-unit/org-unit.loader";
import { partyDevelopmentLoaders } from "./party-development/party-development.loader";
import { personLoaders } from "./person/person.loader";
import { serviceClientLoaders } from "./service-client/service-client.loader";
import { staffAssignmentLoaders } from "./staff-assignment/staff-assignment.loader";
import { studentClassLoaders } from "./student-class/student-class.loader";
import { volunteerLoaders } from "./volunteer/volunteer-service.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return {
    ...personLoaders(em),
    ...studentClassLoaders(em),
    ...staffAssignmentLoaders(em),
    ...accessRecordLoaders(em),
    ...serviceClientLoaders(em),
    ...orgUnitLoaders(em),
    ...partyDevelopmentLoaders(em),
    ...volunteerLoaders(em),
    ...volunteerActivityLoaders(em),
    ...dutyShiftLoaders(em),
    ...visitLoaders(em),
    ...governancePostLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
