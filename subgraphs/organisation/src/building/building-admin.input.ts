import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";

@InputType({ description: "A new residential building (楼栋) on a campus." })
export class CreateBuildingInput {
  @TextField(200, { description: "The building's name, e.g. 彭康5号楼" })
  name!: string;

  @Field(() => ID)
  @IsId()
  campusId!: string;

  @Field(() => Int, { description: "Floors above ground, 1 to 60." })
  @Between(1, 60, { integer: true })
  floors!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      "The residential college (书院) living here; a college administrator names theirs.",
  })
  @IsId()
  collegeId?: string | null;
}

@ArgsType()
export class CreateBuildingArgs {
  @Field(() => CreateBuildingInput)
  input!: CreateBuildingInput;
}
