import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { IsText } from "@campus/subgraph";
import { JobRun } from "./job-run.entity";

@ObjectType({
  description:
    "A run in the subgraph's job queue that has not ended: waiting for its time or a worker, running, or waiting to be retried after a failed attempt.",
})
export class QueuedJobRun {
  @Field(() => ID, { description: "The queue's id of the run (JobRun.queueJobId)." })
  id!: string;

  @Field(() => String, { description: "SCHEDULE or MANUAL, as JobRun.trigger." })
  trigger!: string;

  @Field(() => String, {
    description:
      "WAITING (for its time or a worker), RUNNING, or RETRYING (a failed attempt, the next one after runAfter).",
  })
  state!: string;

  @Field(() => Date, { description: "When it may start; for a retry, after its backoff." })
  runAfter!: Date;

  @Field(() => Int, { description: "The attempt it is making or will make next." })
  attempt!: number;

  @Field(() => Int)
  maxAttempts!: number;

  @Field(() => String, {
    nullable: true,
    description: "Why the last attempt failed, while it waits to be retried.",
  })
  lastError!: string | null;
}

@ObjectType({
  description:
    "Work the subgraph does on its schedule through its job queue: its latest run, its next, and its failed attempts.",
})
export class ScheduledJob {
  @Field(() => String)
  name!: string;

  @Field(() => Int, {
    description: "Its default interval; the deployment's JOB_<NAME>_SECONDS may change it.",
  })
  everySeconds!: number;

  @Field(() => JobRun, { nullable: true, description: "Null when it never ran." })
  lastRun!: JobRun | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the queue runs it next: the soonest of its queued runs (the next period's, a retry, a run by hand). Null when nothing is queued (its schedule is off, or no worker runs).",
  })
  nextRunAt!: Date | null;

  @Field(() => [QueuedJobRun], { description: "Its runs in the queue that have not ended." })
  queued!: QueuedJobRun[];

  @Field(() => [JobRun], {
    description: "Its latest failed attempts (up to 5), newest first, each with its error.",
  })
  failures!: JobRun[];
}

@ArgsType()
export class RunJobArgs {
  @Field(() => String, { description: "A ScheduledJob.name." })
  @IsText(100)
  name!: string;
}
