import { ArgsType, Field, ID } from "type-graphql";

@ArgsType()
export class EnrolArgs {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { description: "A student may enrol only themselves; an administrator anyone." })
  personId!: string;
}

@ArgsType()
export class CancelEnrolmentArgs {
  @Field(() => ID)
  enrolmentId!: string;
}
