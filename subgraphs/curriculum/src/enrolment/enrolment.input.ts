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

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "When the session is full: join its waiting list (WAITING) instead of being refused with CONFLICT.",
  })
  waitIfFull: boolean = false;
}

@ArgsType()
export class CancelEnrolmentArgs {
  @Field(() => ID)
  @IsId()
  enrolmentId!: string;
}
