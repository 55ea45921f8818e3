import { ArgsType, Field, ID, InputType } from "type-graphql";
import { MAX_TEXT_LENGTH } from "@campus/subgraph";

/** Longest duty a task-force member is given: a phrase, not a plan. */
export const MAX_DUTY_LENGTH = 200;

@InputType()
export class OpenAssistanceCaseInput {
  @Field(() => ID, { description: "The student." })
  personId!: string;

  @Field(() => String, { description: `The difficulty and what the case is for; not blank, at most ${MAX_TEXT_LENGTH} characters.` })
  summary!: string;
}

@ArgsType()
export class OpenAssistanceCaseArgs {
  @Field(() => OpenAssistanceCaseInput)
  input!: OpenAssistanceCaseInput;
}

@InputType()
export class AddTaskForceMemberInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: "The person joining the task force; not the student, and not already on it." })
  memberId!: string;

  @Field(() => String, { description: `Their duty; not blank, at most ${MAX_DUTY_LENGTH} characters.` })
  duty!: string;

  @Field(() => Boolean, { defaultValue: false })
  lead: boolean = false;
}

@ArgsType()
export class AddTaskForceMemberArgs {
  @Field(() => AddTaskForceMemberInput)
  input!: AddTaskForceMemberInput;
}
