import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, MAX_TEXT_LENGTH, TextField } from "@campus/subgraph";
import { MentalHealthCategory } from "./referral.enums";

@InputType()
export class ReferToPsychologyInput {
  @Field(() => ID, { description: "The student." })
  @IsId()
  personId!: string;

  @Field(() => MentalHealthCategory)
  category!: MentalHealthCategory;

  @Field(() => ID, { description: "The psychology teacher the student is referred to." })
  @IsId()
  referredToId!: string;

  @TextField(MAX_TEXT_LENGTH, { description: "Why" })
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

  @TextField(MAX_TEXT_LENGTH, {
    nullable: true,
    blank: true,
    description: "How it ended, for the record",
  })
  note?: string | null;
}
