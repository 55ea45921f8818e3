import { forbidden, serviceUnavailable, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import type { OrgUnitRepository } from "../org-unit/org-unit.repository";

/** What a caller governs: every unit, or these units (their roots and everything below them). */
export type GovernedUnits = "all" | ReadonlySet<string>;

const NONE: GovernedUnits = new Set<string>();

/**
 * Who runs the three lists, the secretaries' meetings and the pairings (结对共建) of a unit:
 * administrators everywhere; a branch secretary in the branches their BRANCH_SECRETARY assignment
 * names today; a college administrator in the units their COLLEGE_ADMIN assignment names and the
 * general branches linked to those colleges; each with every unit below those in the tree. The
 * assignments are people's facts, asked through the gateway's relay (`governedUnits`) once per
 * request; the units below are one recursive statement (OrgUnitRepository.governedUnits).
 */
export class GovernanceOfficers {
  private governed: Promise<GovernedUnits> | null = null;

  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** FORBIDDEN unless the caller holds a role that could govern some unit. */
  assertMayAct(action: string): void {
    if (!this.ctx.system && !this.ctx.access.hasRole("admin", "branch_secretary", "college_admin"))
      throw forbidden(
        `only a branch's secretary, a college administrator or an administrator may ${action}`,
      );
  }

  /** FORBIDDEN unless the caller governs this unit. */
  async assertGoverns(unitId: string, action: string): Promise<void> {
    if (!(await this.governs(unitId)))
      throw forbidden(
        `only the unit's secretary, its college's administrator or an administrator may ${action}`,
      );
  }

  /** FORBIDDEN unless the caller governs one of these units (a pairing's two sides). */
  async assertGovernsOneOf(unitIds: string[], action: string): Promise<void> {
    const units = await this.units();
    if (units === "all" || unitIds.some((id) => units.has(id))) return;
    throw forbidden(
      `only the secretary of one of its units, their college's administrator or an administrator may ${action}`,
    );
  }

  async governs(unitId: string): Promise<boolean> {
    const units = await this.units();
    return units === "all" || units.has(unitId);
  }

  /** The units the caller governs, memoised for the request. */
  units(): Promise<GovernedUnits> {
    this.governed ??= this.resolve();
    return this.governed;
  }

  private async resolve(): Promise<GovernedUnits> {
    const { ctx } = this;
    if (ctx.system || ctx.access.hasRole("admin")) return "all";
    const me = ctx.caller.personId;
    const secretary = ctx.access.hasRole("branch_secretary");
    const collegeAdmin = ctx.access.hasRole("college_admin");
    if (!me || (!secretary && !collegeAdmin)) return NONE;
    // A subgraph alone (no graph to ask): the role is taken at its word, as references go unchecked.
    if (ctx.graph === "unchecked") return "all";
    if (!ctx.graph)
      throw serviceUnavailable(
        "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
      );
    const data = await ctx.graph.call<{
      governedUnits: { branchIds: string[]; collegeUnitIds: string[] };
    }>("governedUnits", { personId: me }, ctx.requestId);
    const branchRoots = secretary ? data.governedUnits.branchIds : [];
    const collegeRoots = collegeAdmin ? data.governedUnits.collegeUnitIds : [];
    if (!branchRoots.length && !collegeRoots.length) return NONE;
    return ctx.em
      .getRepository<OrgUnit, OrgUnitRepository>(OrgUnit)
      .governedUnits(branchRoots, collegeRoots);
  }
}
