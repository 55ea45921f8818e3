import { Field, ID, InputType } from "type-graphql";
import { IsId, MAX_TEXT_LENGTH, TextField } from "@campus/subgraph";

@InputType({ description: "A talk with the student about one warning or one case (exactly one)." })
export class RecordTalkInput {
  @Field(() => ID, { nullable: true })
  @IsId()
  warningId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  caseId?: string | null;

  @Field(() => Date, { description: "When it took place (not in the future)." })
  talkedAt!: Date;

  @TextField(MAX_TEXT_LENGTH, { description: "What was talked about, in short" })
  summary!: string;
}
