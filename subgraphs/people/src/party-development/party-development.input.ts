import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, ListSize, TextField } from "@campus/subgraph";
import {
  PartyCheck,
  PartyDecisionBasis,
  PartySponsorRole,
  PartyStep,
} from "./party-development.enums";

@InputType({
  description: "A student's application to join the party (入党申请), as the branch records it.",
})
export class RecordPartyApplicationInput {
  @Field(() => ID, { description: "The student." })
  @IsId()
  personId!: string;

  @Field(() => ID, {
    description:
      "The party branch the student belongs to (where they live); it runs the development.",
  })
  @IsId()
  branchId!: string;

  @Field(() => LocalDateResolver, {
    description: "When the application was handed in; not after today.",
  })
  appliedOn!: string;
}

@InputType({
  description:
    "The two cultivation contacts or the two introducers of a student, full party members.",
})
export class SetPartySponsorsInput {
  @Field(() => ID)
  @IsId()
  developmentId!: string;

  @Field(() => PartySponsorRole)
  role!: PartySponsorRole;

  @Field(() => [ID], { description: "Exactly two full party members, not the student." })
  @IsId({ each: true })
  @ListSize(2, 2, "personIds must name exactly two people")
  personIds!: string[];

  @Field(() => LocalDateResolver, { description: "From when; not after today." })
  since!: string;
}

@InputType({
  description: "A check passed: training, political review or a completed public notice.",
})
export class RecordPartyCheckInput {
  @Field(() => ID)
  @IsId()
  developmentId!: string;

  @Field(() => PartyCheck)
  check!: PartyCheck;

  @Field(() => LocalDateResolver, {
    description: "When it was passed or completed; not after today.",
  })
  passedOn!: string;
}

@InputType({ description: "A step of party development, on a decision of the branch." })
export class MovePartyStageInput {
  @Field(() => ID)
  @IsId()
  developmentId!: string;

  @Field(() => PartyStep)
  step!: PartyStep;

  @Field(() => LocalDateResolver, {
    description:
      "The date the step takes effect (the decision's date): not after today, not before the last step.",
  })
  effectiveOn!: string;

  @Field(() => PartyDecisionBasis, {
    description:
      "Which body decided: admission, conversion, extension and cancellation need the branch general meeting.",
  })
  basis!: PartyDecisionBasis;

  @TextField(200, { description: "The decision's reference (meeting, minutes)" })
  basisReference!: string;

  @TextField(2000, { nullable: true, blank: true, description: "A note" })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "EXTEND_PROBATION only: by how many months, 1 to 12.",
  })
  @Between(1, 12, { integer: true })
  extensionMonths?: number | null;
}

@InputType({ description: "A thought report (思想汇报) handed in." })
export class RecordThoughtReportInput {
  @Field(() => ID)
  @IsId()
  developmentId!: string;

  @Field(() => LocalDateResolver, { description: "When it was handed in; not after today." })
  submittedOn!: string;

  @TextField(2000, { nullable: true, blank: true, description: "A short summary" })
  summary?: string | null;
}

@ArgsType()
export class PartyBoardArgs {
  @Field(() => ID, { description: "The party branch." })
  @IsId()
  branchId!: string;
}
