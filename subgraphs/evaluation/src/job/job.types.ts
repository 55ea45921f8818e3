import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { IsText } from "@campus/subgraph";
import { JobRun } from "./job-run.entity";

@ObjectType({ description: "Work the subgraph does on its own clock, and its latest run." })
export class ScheduledJob {
  @Field(() => String)
  name!: string;

  @Field(() => Int, {
    description: "Its default interval; the deployment's JOB_<NAME>_SECONDS may change it.",
  })
  everySeconds!: number;

  @Field(() => JobRun, { nullable: true, description: "Null when it never ran." })
  lastRun!: JobRun | null;
}

@ArgsType()
export class RunJobArgs {
  @Field(() => String, { description: "A ScheduledJob.name." })
  @IsText(100)
  name!: string;
}
