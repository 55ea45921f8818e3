import { ArgsType, Field, ID } from "type-graphql";
import { IsId } from "@campus/subgraph";

@ArgsType()
export class EnrolArgs {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => ID, { description: "A student may enrol only themselves; an administrator anyone." })
  @IsId()
  personId!: string;
}

@ArgsType()
export class CancelEnrolmentArgs {
  @Field(() => ID)
  @IsId()
  enrolmentId!: string;
}
