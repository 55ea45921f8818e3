import type { EntityManager } from "@mikro-orm/postgresql";
import { groupLoader, isId } from "@campus/subgraph";
import { StaffAssignment } from "./staff-assignment.entity";

export function staffAssignmentLoaders(em: EntityManager) {
  return {
    /** A person's assignments, latest start first: one query for all the people of a response. */
    staffAssignmentsByPerson: groupLoader(
      em,
      StaffAssignment,
      (personIds) => ({ personId: { $in: personIds.filter(isId) } }),
      (assignment) => assignment.personId,
      { orderBy: { startsOn: "desc", id: "desc" } },
    ),
  };
}
