import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";
import { ReflectionVerdict } from "./practice-visit.enums";

@InputType({
  description:
    "A member of staff schedules a practice visit: a partner host, or one named in text.",
})
export class CreatePracticeVisitInput {
  @TextField(200)
  title!: string;

  @Field(() => ID, { nullable: true, description: "The host, a registered partner organisation" })
  @IsId()
  hostPartnerId?: string | null;

  @TextField(200, { nullable: true, blank: true, description: "The host in words, if no partner" })
  hostName?: string | null;

  @TextField(2000, { description: "The guiding problem (问题导向)" })
  guidingProblem!: string;

  @TextField(1000, { description: "The places visited" })
  places!: string;

  @Field(() => Date, { description: "In the future." })
  startsAt!: Date;

  @Field(() => Date, { description: "After startsAt." })
  endsAt!: Date;

  @Field(() => Int)
  @Between(1, 1000, { integer: true })
  capacity!: number;
}

@InputType({ description: "A practice visit, by id." })
export class PracticeVisitIdInput {
  @Field(() => ID)
  @IsId()
  visitId!: string;
}

@InputType({ description: "After the visit, the student submits their reflection (心得)." })
export class SubmitPracticeReflectionInput {
  @Field(() => ID)
  @IsId()
  signUpId!: string;

  @TextField(8000)
  reflection!: string;
}

@InputType({ description: "The organiser accepts a reflection or returns it with a comment." })
export class ReviewPracticeReflectionInput {
  @Field(() => ID)
  @IsId()
  signUpId!: string;

  @Field(() => ReflectionVerdict)
  verdict!: ReflectionVerdict;

  @TextField(1000, { nullable: true, blank: true, description: "Required to return it" })
  comment?: string | null;
}
