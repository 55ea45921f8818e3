import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { AwardLevel, ProjectOutcome, ReviewVerdict } from "./project.enums";

@InputType({ description: "A milestone the mentor sets for a project." })
export class AddMilestoneInput {
  @Field(() => ID)
  @IsId()
  projectId!: string;

  @TextField(200)
  title!: string;

  @Field(() => LocalDateResolver)
  dueOn!: string;
}

@InputType({ description: "A team member's submission of work for a milestone." })
export class SubmitMilestoneInput {
  @Field(() => ID)
  @IsId()
  milestoneId!: string;

  @TextField(4000, { description: "What was done, with links to the work" })
  content!: string;
}

@InputType({ description: "The mentor's review of a milestone's latest submission." })
export class ReviewMilestoneInput {
  @Field(() => ID)
  @IsId()
  milestoneId!: string;

  @Field(() => ReviewVerdict)
  verdict!: ReviewVerdict;

  @TextField(2000, { nullable: true, blank: true, description: "Required to return the work" })
  note?: string | null;
}

@InputType({ description: "Conclusion (结题) with the project's outcome." })
export class ConcludeProjectInput {
  @Field(() => ID)
  @IsId()
  projectId!: string;

  @Field(() => ProjectOutcome)
  outcome!: ProjectOutcome;

  @Field(() => AwardLevel, {
    nullable: true,
    description: "Required for AWARD, refused otherwise.",
  })
  awardLevel?: AwardLevel | null;

  @TextField(2000, { description: "The report's, paper's or patent's title, or the award" })
  note!: string;
}

@InputType({ description: "Abandoning a project, with the reason." })
export class AbandonProjectInput {
  @Field(() => ID)
  @IsId()
  projectId!: string;

  @TextField(2000, { description: "Why" })
  note!: string;
}

@ArgsType()
export class ProjectArgs {
  @Field(() => ID)
  @IsId()
  id!: string;
}

@ArgsType()
export class ReviewQueueArgs extends PageArgs {}
