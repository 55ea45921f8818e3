import {
  badUserInput,
  codedError,
  forbidden,
  type JobQueueAccess,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { JobRun } from "./job-run.entity";
import type { JobRunRepository } from "./job-run.repository";
import type { ScheduledJob } from "./job.types";
import { JOB_WORK, LOCKED } from "./jobs";

/** How long runJob waits for the queue to make the run's first attempt. */
const RUN_WAIT_MS = 30_000;

export class JobService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private checkAdmin(): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("the scheduled jobs are for administrators");
  }

  private queue(): JobQueueAccess {
    if (!this.ctx.jobs) throw codedError("SERVICE_UNAVAILABLE", "the job queue is not running");
    return this.ctx.jobs;
  }

  /** Every job with its latest run, its queued runs and its failed attempts. Administrators only. */
  async list(): Promise<ScheduledJob[]> {
    this.checkAdmin();
    const runs = this.ctx.em.getRepository<JobRun, JobRunRepository>(JobRun);
    const latest = await runs.latest();
    const failures = await runs.recentFailures(5);
    const pending = await this.queue().pending();
    return JOB_WORK.map((job) => {
      const queued = pending.filter((p) => p.job === job.name);
      return {
        name: job.name,
        everySeconds: job.everySeconds,
        lastRun: latest.get(job.name) ?? null,
        nextRunAt: queued.length
          ? new Date(Math.min(...queued.map((q) => q.runAfter.getTime())))
          : null,
        queued: queued.slice(0, 10).map((q) => ({
          id: q.id,
          trigger: q.trigger,
          state: q.state,
          runAfter: q.runAfter,
          attempt: q.attempt,
          maxAttempts: q.maxAttempts,
          lastError: q.lastError,
        })),
        failures: failures.get(job.name) ?? [],
      };
    });
  }

  /**
   * Puts a run in the job queue as the administrator and answers its first attempt once a
   * worker (on any instance) made it: succeeded, or failed (succeeded: false; the queue retries
   * it, see scheduledJobs). CONFLICT when another run of the job held its lock, so nothing was
   * done; SERVICE_UNAVAILABLE when no worker took it in time (it stays queued and runs later).
   */
  async run(name: string): Promise<JobRun> {
    this.checkAdmin();
    const job = JOB_WORK.find((j) => j.name === name);
    if (!job) throw badUserInput(`there is no job named ${name}`, "name");
    const queue = this.queue();
    const id = await queue.enqueue(job.name, {
      personId: this.ctx.caller.personId ?? null,
      name: this.ctx.caller.name,
    });
    const queued = await queue.waitFor(job.name, id, RUN_WAIT_MS);
    if (!queued)
      throw codedError(
        "SERVICE_UNAVAILABLE",
        `${name} is queued (run ${id}) but no worker has taken it yet; it runs when one does`,
      );
    if (queued.state === "SUCCEEDED" && queued.output?.skipped === LOCKED)
      throw codedError("CONFLICT", `${name} is running already; try again when it ends`);
    const run = await this.ctx.em.findOne(
      JobRun,
      { queueJobId: id },
      { orderBy: { attempt: "asc" } },
    );
    if (!run) throw new Error(`run ${id} of ${name} ended without a log`);
    return run;
  }
}
