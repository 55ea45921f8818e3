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
      "The jobs this subgraph runs on its own clock, each with its latest run. Administrators only.",
  })
  scheduledJobs(@Ctx() ctx: RequestContext<Loaders>): Promise<ScheduledJob[]> {
    return new JobService(ctx).list();
  }

  @Mutation(() => JobRun, {
    description:
      "Runs a scheduled job now, recorded with who and when. Administrators only. CONFLICT while another run of the same job (by the clock or by hand, on any instance) is under way: a job never runs twice at once.",
  })
  runJob(
    @Args(() => RunJobArgs) args: RunJobArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<JobRun> {
    return new JobService(ctx).run(args.name);
  }
}
