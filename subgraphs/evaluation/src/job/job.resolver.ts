import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { JobRun } from "./job-run.entity";
import { JobService } from "./job.service";
import { RunJobArgs, ScheduledJob } from "./job.types";

@Resolver()
export class JobResolver {
  @Query(() => [ScheduledJob], {
    description:
      "The jobs this subgraph runs on its schedule through its job queue, each with its latest run, its next, its queued runs and its failed attempts. Administrators only.",
  })
  scheduledJobs(@Ctx() ctx: RequestContext<Loaders>): Promise<ScheduledJob[]> {
    return new JobService(ctx).list();
  }

  @Mutation(() => JobRun, {
    description:
      "Runs a scheduled job now through the job queue, recorded with who and when, and answers the run's first attempt (a failed one is retried by the queue: follow it in scheduledJobs). Administrators only. CONFLICT while another run of the same job (by the schedule or by hand, on any instance) is under way: a job never runs twice at once. SERVICE_UNAVAILABLE when no worker took the run within 30 s; it stays queued.",
  })
  runJob(
    @Args(() => RunJobArgs) args: RunJobArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<JobRun> {
    return new JobService(ctx).run(args.name);
  }
}
