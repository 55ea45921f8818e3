import { assertId, type RequestContext, today } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { StaffAssignment } from "./staff-assignment.entity";
import { AssignmentTarget, StaffRole, authRoleOf } from "./staff-assignment.enums";
import type { StaffAssignmentRepository } from "./staff-assignment.repository";
import type { StaffCoverage } from "./staff-coverage.type";

export class StaffScopeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * What a person covers through their assignments running today, per role: the students of their
   * classes and units resolved here, their grids, buildings, branches and units passed on for organisation
   * to resolve. One statement, however many students. A person never covers themselves this way (a
   * doctoral student who is also a counselor), so a duty cannot lift their own record's protections.
   */
  async of(personId: string): Promise<StaffCoverage[]> {
    assertId(personId, "personId");
    const rows = await this.ctx.em
      .getRepository<StaffAssignment, StaffAssignmentRepository>(StaffAssignment)
      .coverage(personId, today());
    const byRole = new Map<StaffRole, StaffCoverage>();
    for (const row of rows) {
      let coverage = byRole.get(row.role);
      if (!coverage) {
        coverage = {
          role: authRoleOf(row.role),
          studentIds: [],
          gridIds: [],
          buildingIds: [],
          branchIds: [],
          unitIds: [],
        };
        byRole.set(row.role, coverage);
      }
      if (row.fact === "STUDENT") coverage.studentIds.push(row.id);
      else if (row.fact === AssignmentTarget.GRID) coverage.gridIds.push(row.id);
      else if (row.fact === AssignmentTarget.BUILDING) coverage.buildingIds.push(row.id);
      else if (row.fact === AssignmentTarget.BRANCH) coverage.branchIds.push(row.id);
      else if (row.fact === AssignmentTarget.UNIT) coverage.unitIds.push(row.id);
    }
    // In the order duties are declared, so the gateway always hears them alike.
    return Object.values(StaffRole).flatMap((role) => byRole.get(role) ?? []);
  }
}
