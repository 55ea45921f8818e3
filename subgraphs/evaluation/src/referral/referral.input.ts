import { ArgsType, Field, ID, InputType } from "type-graphql";
import { MAX_TEXT_LENGTH } from "@campus/subgraph";
import { MentalHealthCategory } from "./referral.enums";

@InputType()
export class ReferToPsychologyInput {
  @Field(() => ID, { description: "The student." })
  personId!: string;

  @Field(() => MentalHealthCategory)
  category!: MentalHealthCategory;

  @Field(() => ID, { description: "The psychology teacher the student is referred to." })
  referredToId!: string;

  @Field(() => String, { description: `Why; not blank, at most ${MAX_TEXT_LENGTH} characters.` })
  note!: string;
}

@ArgsType()
export class ReferToPsychologyArgs {
  @Field(() => ReferToPsychologyInput)
  input!: ReferToPsychologyInput;
}

@ArgsType()
export class CloseReferralArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: `How it ended, for the record; at most ${MAX_TEXT_LENGTH} characters.` })
  note?: string | null;
}
