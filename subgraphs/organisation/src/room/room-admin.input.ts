import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";

/** Most beds a room holds (a dormitory room has 1 to 8; a little room to spare). */
export const MAX_BEDS = 12;

@InputType({ description: "A new room of a building, on one of its floors." })
export class CreateRoomInput {
  @Field(() => ID)
  @IsId()
  buildingId!: string;

  @TextField(16, { description: "The room number, unique within the building, e.g. 301" })
  number!: string;

  @Field(() => Int, { description: "The floor, 1 to the building's floors." })
  @Between(1, 200, { integer: true })
  floor!: number;

  @Field(() => Int, { description: `Beds, 1 to ${MAX_BEDS}.` })
  @Between(1, MAX_BEDS, { integer: true })
  capacity!: number;
}

@ArgsType()
export class CreateRoomArgs {
  @Field(() => CreateRoomInput)
  input!: CreateRoomInput;
}

@ArgsType()
export class ChangeRoomCapacityArgs {
  @Field(() => ID)
  @IsId()
  roomId!: string;

  @Field(() => Int, { description: `Beds, 1 to ${MAX_BEDS}.` })
  @Between(1, MAX_BEDS, { integer: true })
  capacity!: number;
}

@ArgsType()
export class TakeRoomOutOfUseArgs {
  @Field(() => ID)
  @IsId()
  roomId!: string;
}
