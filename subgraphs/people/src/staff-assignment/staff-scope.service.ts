import { assertId, type RequestContext, today } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { StaffAssignment } from "./staff-assignment.entity";
import { AssignmentTarget, DUTIES, StaffRole, type DutyAuthRole } from "./staff-assignment.enums";
import type { StaffAssignmentRepository } from "./staff-assignment.repository";
import type { StaffCoverage } from "./staff-coverage.type";

export class StaffScopeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * What a person covers through their assignments running today, per role: the students of their
   * classes and units resolved here, their grids, buildings, branches and units passed on for organisation
   * to resolve. One statement, however many students. A person never covers themselves this way (a
   * doctoral student who is also a counselor), so a duty cannot lift their own record's protections.
   * Several duties may give one caller role (the lines' community staff); their reach is merged. A
   * "role-only" duty (a psychology teacher's station) gives the role and none of its places' students.
   */
  async of(personId: string): Promise<StaffCoverage[]> {
    assertId(personId, "personId");
    const rows = await this.ctx.em
      .getRepository<StaffAssignment, StaffAssignmentRepository>(StaffAssignment)
      .coverage(personId, today());
    const byRole = new Map<DutyAuthRole, StaffCoverage>();
    for (const row of rows) {
      const duty = DUTIES[row.role];
      let coverage = byRole.get(duty.authRole);
      if (!coverage) {
        coverage = {
          role: duty.authRole,
          studentIds: [],
          gridIds: [],
          buildingIds: [],
          branchIds: [],
          unitIds: [],
        };
        byRole.set(duty.authRole, coverage);
      }
      if (duty.reach === "role-only") continue;
      if (row.fact === "STUDENT") coverage.studentIds.push(row.id);
      else if (row.fact === AssignmentTarget.GRID) coverage.gridIds.push(row.id);
      else if (row.fact === AssignmentTarget.BUILDING) coverage.buildingIds.push(row.id);
      else if (row.fact === AssignmentTarget.BRANCH) coverage.branchIds.push(row.id);
      else if (row.fact === AssignmentTarget.UNIT) coverage.unitIds.push(row.id);
    }
    // In the order duties are declared, ids once each, so the gateway always hears them alike.
    const order = [...new Set(Object.values(StaffRole).map((role) => DUTIES[role].authRole))];
    return order.flatMap((role) => {
      const c = byRole.get(role);
      if (!c) return [];
      const once = (ids: string[]) => [...new Set(ids)].sort();
      return [
        {
          role: c.role,
          studentIds: once(c.studentIds),
          gridIds: once(c.gridIds),
          buildingIds: once(c.buildingIds),
          branchIds: once(c.branchIds),
          unitIds: once(c.unitIds),
        },
      ];
    });
  }
}
