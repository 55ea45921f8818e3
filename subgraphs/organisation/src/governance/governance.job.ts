import type { SubgraphJob } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { WorkItemEscalationService } from "./work-item-escalation.service";

/** The job's name in organisation's queue (JOB_ESCALATE_WORK_ITEMS_SECONDS overrides its hour). */
export const ESCALATE_WORK_ITEMS_JOB = "escalate-work-items";

/**
 * 督办 on the scheduler's clock: the same service as `escalateOverdueWorkItems`, idempotent per
 * missed deadline, so a run that overlaps an administrator's, or a retried attempt, moves nothing twice.
 */
export const escalateWorkItemsJob: SubgraphJob<Loaders> = {
  name: ESCALATE_WORK_ITEMS_JOB,
  everySeconds: 60 * 60,
  maxAttempts: 3,
  run: async (ctx) => ({ ...(await new WorkItemEscalationService(ctx).escalate(null)) }),
};
