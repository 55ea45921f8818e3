import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";

@InputType({ description: "An organiser places a student on a climb-plan tier." })
export class SetClimbTierInput {
  @Field(() => ID)
  @IsId()
  personId!: string;

  @Field(() => Int, { description: "1, 2 or 3." })
  @Between(1, 3, { integer: true })
  tier!: number;

  @TextField(1000, { description: "Why (the project, award or assessment it rests on)" })
  basis!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The student's project the basis names, if any.",
  })
  @IsId()
  basisProjectId?: string | null;
}
