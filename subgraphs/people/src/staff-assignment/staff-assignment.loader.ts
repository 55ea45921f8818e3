import type { EntityManager } from "@mikro-orm/postgresql";
import { isId, today } from "@campus/subgraph";
import { groupLoader } from "@campus/subgraph/data";
import { StaffRole } from "./staff-assignment.enums";
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
    /**
     * The duties running today over each class, grid, building or branch that look after a
     * student day to day (not unit administrators): one query for all the targets of a response.
     */
    dutiesOverTarget: groupLoader(
      em,
      StaffAssignment,
      (targetIds) => {
        const day = today();
        return {
          targetId: { $in: targetIds.filter(isId) },
          role: {
            $in: [
              StaffRole.COUNSELOR,
              StaffRole.CLASS_ADVISER,
              StaffRole.GRID_LEADER,
              StaffRole.BUILDING_LEADER,
              StaffRole.BRANCH_SECRETARY,
            ],
          },
          startsOn: { $lte: day },
          $or: [{ endsOn: null }, { endsOn: { $gte: day } }],
        };
      },
      (assignment) => assignment.targetId,
      { orderBy: { role: "asc", startsOn: "asc", id: "asc" } },
    ),
  };
}
