import { forbidden, today, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { WorkItemRepository } from "./work-item.repository";

/**
 * 督办: overdue items escalate one level up the five-level work system per missed deadline. The
 * scheduler (the `escalate-work-items` job) and administrators run it; a repeat for the same
 * deadline does nothing (work-item.repository.ts).
 */
export class WorkItemEscalationService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async escalate(asOf: string | null | undefined): Promise<{ asOf: string; escalated: number }> {
    if (!this.ctx.system && !this.ctx.access.hasRole("admin"))
      throw forbidden("escalating overdue work items is for administrators and the scheduler");
    const day = asOf ?? today();
    const moved = await this.ctx.em.transactional((tx) =>
      new WorkItemRepository(tx).escalateOverdue(day),
    );
    this.ctx.loaders.workItem.clearAll();
    this.ctx.loaders.escalationsByWorkItem.clearAll();
    return { asOf: day, escalated: moved.length };
  }
}
