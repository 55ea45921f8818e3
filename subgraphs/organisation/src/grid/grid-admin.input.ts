import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, ListSize, TextField } from "@campus/subgraph";
import { GridKind } from "./grid.enums";

/** Most rooms a wing names; a whole building is `kind: BUILDING`. */
export const MAX_WING_ROOMS = 500;

@InputType({
  description:
    "A new grid: a floor of a building (floor), a wing (roomIds, rooms of the building) or the whole building. Its rooms must be in no other grid.",
})
export class CreateGridInput {
  @TextField(200, { description: "The grid's name, e.g. 彭康1号楼3层网格" })
  name!: string;

  @Field(() => ID)
  @IsId()
  buildingId!: string;

  @Field(() => GridKind)
  kind!: GridKind;

  @Field(() => Int, { nullable: true, description: "The floor, for kind FLOOR only." })
  @Between(-5, 200, { integer: true })
  floor?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: `The rooms of the wing (at most ${MAX_WING_ROOMS}), for kind WING only.`,
  })
  @ListSize(1, MAX_WING_ROOMS)
  @IsId({ each: true })
  roomIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The teacher-student joint branch (师生联合党支部) responsible; may be assigned later.",
  })
  @IsId()
  branchId?: string | null;
}

@ArgsType()
export class CreateGridArgs {
  @Field(() => CreateGridInput)
  input!: CreateGridInput;
}

@ArgsType()
export class AssignGridBranchArgs {
  @Field(() => ID)
  @IsId()
  gridId!: string;

  @Field(() => ID, { description: "A teacher-student joint branch (师生联合党支部)." })
  @IsId()
  branchId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The branch the caller saw responsible: when given, CONFLICT if another reassignment came first, so of two made from one view exactly one applies.",
  })
  @IsId()
  expectedBranchId?: string | null;
}

@ArgsType()
export class CloseGridArgs {
  @Field(() => ID)
  @IsId()
  gridId!: string;
}
