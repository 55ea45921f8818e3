import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";

export const MAX_BED_LENGTH = 16;

@InputType({ description: "Gives a person a bed in a room from a date on." })
export class MoveInInput {
  @Field(() => ID)
  @IsId()
  personId!: string;

  @Field(() => ID)
  @IsId()
  roomId!: string;

  @TextField(MAX_BED_LENGTH, { description: "The bed within the room, e.g. 1" })
  bed!: string;

  @Field(() => LocalDateResolver)
  movedInOn!: string;
}

@ArgsType()
export class MoveInArgs {
  @Field(() => MoveInInput)
  input!: MoveInInput;
}

@ArgsType()
export class MoveOutArgs {
  @Field(() => ID)
  residenceId!: string;

  @Field(() => LocalDateResolver, {
    description: "The day the person leaves; on and after it they no longer live there.",
  })
  movedOutOn!: string;
}
