import { assertId, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { CareCoverage } from "./care-coverage.type";
import { CareScopeRepository } from "./care-scope.repository";

/** The roles (as @campus/auth names them) this subgraph's facts give, in the order the gateway is told them. */
const ROLES = ["task_force_member", "psychology_teacher"] as const;
export type CareRole = (typeof ROLES)[number];

export class CareScopeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Whom a person covers through this subgraph's facts: the students of the cases not yet CLOSED on whose
   * task force they serve, and the students with OPEN referrals to them. One statement, however
   * many students. A person never covers themselves this way (defence in depth: the mutations
   * already refuse such rows), so a role cannot lift their own record's protections.
   */
  async of(personId: string): Promise<CareCoverage[]> {
    assertId(personId, "personId");
    const rows = await new CareScopeRepository(this.ctx.em).coverage(personId);
    const byRole = new Map<CareRole, string[]>();
    for (const row of rows) {
      const ids = byRole.get(row.role);
      if (ids) ids.push(row.student_id);
      else byRole.set(row.role, [row.student_id]);
    }
    return ROLES.flatMap((role) => {
      const studentIds = byRole.get(role);
      return studentIds ? [{ role, studentIds }] : [];
    });
  }
}
