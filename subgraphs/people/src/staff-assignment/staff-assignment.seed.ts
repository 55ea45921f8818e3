import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { StaffAssignment } from "./staff-assignment.entity";
import type { AssignmentTarget, StaffRole } from "./staff-assignment.enums";

export async function seedStaffAssignments(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.staffAssignments) {
    em.create(StaffAssignment, {
      id: row.id,
      personId: row.personId,
      role: row.role as StaffRole,
      targetKind: row.targetKind as AssignmentTarget,
      targetId: row.targetId,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    });
  }
}
