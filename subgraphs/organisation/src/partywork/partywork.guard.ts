import type { EntityManager } from "@mikro-orm/postgresql";
import { badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { OrgUnitKind } from "../org-unit/org-unit.enums";
import { secretaryBranches } from "./party-graph";

/**
 * Who runs party work in a branch: its secretary today (a BRANCH_SECRETARY assignment, people's
 * fact, asked through the graph) or an administrator (组织员). Callers with neither role are
 * refused before anything is read.
 */
export class BranchOfficers {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** FORBIDDEN unless the caller could be an officer of some branch. */
  assertMayAct(action: string): void {
    if (!this.ctx.access.hasRole("admin", "branch_secretary"))
      throw forbidden(`only a branch's secretary or an administrator may ${action}`);
  }

  /** FORBIDDEN unless the caller is an administrator or the secretary of this branch today. */
  async assertOfficer(branchId: string, action: string): Promise<void> {
    if (await this.isOfficer(branchId)) return;
    throw forbidden(`only the secretary of this branch or an administrator may ${action}`);
  }

  async isOfficer(branchId: string): Promise<boolean> {
    if (this.ctx.access.hasRole("admin")) return true;
    const me = this.ctx.caller.personId;
    if (!me || !this.ctx.access.hasRole("branch_secretary")) return false;
    const mine = await secretaryBranches(this.ctx, me);
    return mine === "unchecked" || mine.has(branchId);
  }
}

/** A teacher-student joint branch (the branches that run grids), else BAD_USER_INPUT on `field`. */
export async function jointBranch(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id }, { comments: label("organisation.partyBranch") });
  if (!unit) throw badUserInput(`no unit has the id ${id}`, field);
  if (unit.kind !== OrgUnitKind.JOINT_BRANCH)
    throw badUserInput(
      `${unit.name} is not a teacher-student joint branch (师生联合党支部)`,
      field,
    );
  return unit;
}
