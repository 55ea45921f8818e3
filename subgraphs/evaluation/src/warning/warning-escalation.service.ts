import { badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { EscalationRun } from "./warning-queue.type";
import { warnings } from "./warning.service";

/** Overdue warnings go up the organisation: counselor → college → university. */
export class WarningEscalationService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Moves every warning whose due time has passed by `asOf` one level up the organisation, records
   * the missed due time, and starts its stage's clock again from `asOf`. One statement whatever
   * the number of warnings: the UPDATE ... RETURNING feeds the INSERT of escalation rows. Rows are
   * locked and re-checked (FOR UPDATE), so two runs at once escalate each miss once; running again
   * at the same asOf finds nothing overdue. For administrators and the gateway's scheduler.
   */
  async escalateOverdue(asOf: Date | null | undefined): Promise<EscalationRun> {
    if (!this.ctx.system && !this.ctx.access.hasRole("admin"))
      throw forbidden(
        "escalating overdue warnings is for administrators and the platform's scheduler",
      );
    const at = asOf ?? new Date();
    if (Number.isNaN(at.getTime())) throw badUserInput("asOf is not a time", "asOf");
    return { escalated: await warnings(this.ctx.em).escalateOverdue(at), asOf: at };
  }
}
