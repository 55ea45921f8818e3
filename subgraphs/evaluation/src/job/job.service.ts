import { badUserInput, codedError, forbidden, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { JobRun } from "./job-run.entity";
import type { JobRunRepository } from "./job-run.repository";
import type { ScheduledJob } from "./job.types";
import { JOB_WORK, runLocked } from "./jobs";

export class JobService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private checkAdmin(): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("the scheduled jobs are for administrators");
  }

  /** Every job with its latest run. Administrators only. */
  async list(): Promise<ScheduledJob[]> {
    this.checkAdmin();
    const latest = await this.ctx.em.getRepository<JobRun, JobRunRepository>(JobRun).latest();
    return JOB_WORK.map((job) => ({
      name: job.name,
      everySeconds: job.everySeconds,
      lastRun: latest.get(job.name) ?? null,
    }));
  }

  /**
   * Runs a job at once, as the administrator. CONFLICT while another run of it holds its lock;
   * a failed run is answered as such (succeeded: false), with nothing of its work kept.
   */
  async run(name: string): Promise<JobRun> {
    this.checkAdmin();
    const job = JOB_WORK.find((j) => j.name === name);
    if (!job) throw badUserInput(`there is no job named ${name}`, "name");
    const run = await runLocked(this.ctx, job, new Date(), "MANUAL");
    if (!run) throw codedError("CONFLICT", `${name} is running already; try again when it ends`);
    return run;
  }
}
