import { forbidden, serviceUnavailable, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { PairingRepository } from "./pairing.repository";

/** The units a caller may run pairings for: every unit, or these. */
export type PairingUnits = "all" | ReadonlySet<string>;

/**
 * Who runs a pairing: administrators; the secretary of either unit (their BRANCH_SECRETARY
 * assignment's branches and the units below them); a college administrator for the units of their
 * residential college (the college, the general branches linked to it and the branches below). The
 * assignments are people's facts, asked through the gateway's relay (`governedUnits`) once per
 * request. A subgraph alone ("unchecked", no graph) takes either role at its word.
 */
export class PairingOfficers {
  private governed: Promise<PairingUnits> | null = null;

  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** FORBIDDEN unless the caller holds a role that could run some pairing. */
  assertMayAct(action: string): void {
    if (!this.ctx.access.hasRole("admin", "branch_secretary", "college_admin"))
      throw forbidden(
        `only a unit's secretary, its college's administrator or an administrator may ${action}`,
      );
  }

  /** FORBIDDEN unless the caller runs one of these units. */
  async assertRunsOneOf(unitIds: string[], action: string): Promise<void> {
    const units = await this.units();
    if (units === "all" || unitIds.some((id) => units.has(id))) return;
    throw forbidden(
      `only the secretary of one of its units, their college's administrator or an administrator may ${action}`,
    );
  }

  /** The units the caller runs pairings for, asked once per request. */
  units(): Promise<PairingUnits> {
    this.governed ??= this.resolve();
    return this.governed;
  }

  private async resolve(): Promise<PairingUnits> {
    const { ctx } = this;
    if (ctx.access.hasRole("admin")) return "all";
    const me = ctx.caller.personId;
    const secretary = ctx.access.hasRole("branch_secretary");
    const collegeAdmin = ctx.access.hasRole("college_admin");
    if (!me || (!secretary && !collegeAdmin)) return new Set();
    if (ctx.graph === "unchecked") return "all";
    if (!ctx.graph)
      throw serviceUnavailable(
        "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
      );
    const data = await ctx.graph.call<{
      governedUnits: { branchIds: string[]; collegeUnitIds: string[] };
    }>("governedUnits", { personId: me }, ctx.requestId);
    const branches = secretary ? data.governedUnits.branchIds : [];
    const colleges = collegeAdmin ? data.governedUnits.collegeUnitIds : [];
    if (!branches.length && !colleges.length) return new Set();
    return new PairingRepository(ctx.em).governedUnits(branches, colleges);
  }
}
