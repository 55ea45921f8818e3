import { Field, Float, Int, ObjectType } from "type-graphql";

const ROOMS = "Rooms counted.";
const COVERED = "Of those, rooms inside some responsibility area still looked after.";
const SHARE = "coveredRoomCount / roomCount, 0 to 1 (0 without rooms).";

@ObjectType({ description: "A building's rooms inside some responsibility area." })
export class BuildingResponsibilityShare {
  buildingId!: string;

  @Field(() => Int, { description: ROOMS })
  roomCount!: number;

  @Field(() => Int, { description: COVERED })
  coveredRoomCount!: number;

  @Field(() => Float, { description: SHARE })
  share!: number;
}

@ObjectType({
  description: "A branch's rooms (the rooms of its grids in use) inside some responsibility area.",
})
export class BranchResponsibilityShare {
  branchId!: string;

  @Field(() => Int, { description: ROOMS })
  roomCount!: number;

  @Field(() => Int, { description: COVERED })
  coveredRoomCount!: number;

  @Field(() => Float, { description: SHARE })
  share!: number;
}

@ObjectType({
  description:
    "责任区覆盖: the share of rooms inside some responsibility area, per building and per branch.",
})
export class ResponsibilityCoverage {
  @Field(() => [BuildingResponsibilityShare], { description: "By building name." })
  buildings!: BuildingResponsibilityShare[];

  @Field(() => [BranchResponsibilityShare])
  branches!: BranchResponsibilityShare[];
}
