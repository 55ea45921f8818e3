import type { JobRunInfo, RequestContext, SubgraphJob } from "@campus/subgraph";
import { CaseMeasureService } from "../assistance-case/case-measure.service";
import { WarningEngineService } from "../engine/engine.service";
import { createLoaders, type Loaders } from "../loaders";
import { noticeMeasures } from "../notification/notification.service";
import { pushResourcesFor } from "../resource/resource-push.run";
import { WarningEscalationService } from "../warning/warning-escalation.service";
import { JobRun } from "./job-run.entity";
import type { JobRunRepository } from "./job-run.repository";

/** A job's work, through the same services as the mutations that do the same work on request. */
export interface JobWork {
  name: string;
  everySeconds: number;
  work(ctx: RequestContext<Loaders>, now: Date): Promise<Record<string, unknown>>;
}

export const JOB_WORK: readonly JobWork[] = [
  {
    name: "warning-engine",
    everySeconds: 60 * 60,
    async work(ctx, now) {
      const run = await new WarningEngineService(ctx).run(now);
      return {
        rulesEvaluated: run.rulesEvaluated,
        raised: run.raised,
        alreadyOpen: run.alreadyOpen,
      };
    },
  },
  {
    name: "escalate-warnings",
    everySeconds: 5 * 60,
    work: async (ctx, now) => ({
      ...(await new WarningEscalationService(ctx).escalateOverdue(now)),
    }),
  },
  {
    name: "escalate-measures",
    everySeconds: 60 * 60,
    work: async (ctx) => {
      const escalated = await new CaseMeasureService(ctx).escalate(null);
      // Due-soon and overdue notices to each measure's responsible person (once per due date).
      return { ...escalated, noticed: await noticeMeasures(ctx.em, escalated.asOf) };
    },
  },
  // Warnings raised by hand or imported, and cases, between engine runs.
  {
    name: "push-resources",
    everySeconds: 15 * 60,
    work: async (ctx, now) => ({ pushed: await pushResourcesFor(ctx.em, undefined, now) }),
  },
];

/** What a run returns to the queue when another run of the job held its lock: nothing was done. */
export const LOCKED = "another run holds the lock";

/**
 * One attempt of a job's run, under its lock, in one transaction, logged as a JobRun with the
 * queue's run id and attempt. Null, with nothing done, when another run of the same job holds
 * the lock (on this instance or another, by the schedule or by hand): the same job never runs
 * twice at once. A failed attempt is rolled back and logged as failed (succeeded: false, the
 * error's message as its summary).
 */
export async function runLocked(
  ctx: RequestContext<Loaders>,
  job: JobWork,
  now: Date,
  info: JobRunInfo,
): Promise<JobRun | null> {
  const startedAt = new Date();
  const who = {
    job: job.name,
    trigger: info.trigger,
    startedByName: info.startedBy?.name ?? ctx.caller.name,
    startedById: info.startedBy?.personId ?? null,
    startedAt,
    queueJobId: info.id,
    attempt: info.attempt,
    maxAttempts: info.maxAttempts,
    scheduledFor: info.scheduledFor,
  };
  try {
    return await ctx.em.transactional(async (em) => {
      const runs = em.getRepository<JobRun, JobRunRepository>(JobRun);
      if (!(await runs.tryLock(job.name))) return null;
      const result = await job.work({ ...ctx, em, loaders: createLoaders(em) }, now);
      const run = em.create(JobRun, {
        ...who,
        finishedAt: new Date(),
        succeeded: true,
        summary: JSON.stringify(result),
      });
      await em.flush();
      return run;
    });
  } catch (error) {
    const em = ctx.em.fork();
    const failed = em.create(JobRun, {
      ...who,
      finishedAt: new Date(),
      succeeded: false,
      summary: error instanceof Error ? error.message : String(error),
    });
    await em.flush();
    return failed;
  }
}

/**
 * What the subgraph's job queue runs: each job's work under its lock, logged as a JobRun. A
 * failed attempt throws, so the queue retries it; a run that found the lock taken does nothing
 * and says so (runJob answers CONFLICT to the administrator who asked for it).
 */
export const jobs: SubgraphJob<Loaders>[] = JOB_WORK.map((job) => ({
  name: job.name,
  everySeconds: job.everySeconds,
  maxAttempts: 3,
  async run(ctx, now, info) {
    const run = await runLocked(ctx, job, now, info);
    if (!run) return { skipped: LOCKED };
    if (!run.succeeded) throw new Error(run.summary);
    return { jobRunId: run.id, ...(JSON.parse(run.summary) as Record<string, unknown>) };
  },
}));
