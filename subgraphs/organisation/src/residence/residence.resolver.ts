import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Internal, Sensitive } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Room } from "../room/room.entity";
import { Person } from "./person.reference";
import { RESIDENCE_DETAIL, Residence } from "./residence.entity";
import { MoveInArgs, MoveOutArgs } from "./residence.input";
import { ResidenceService } from "./residence.service";

@Resolver(() => Residence)
export class ResidenceResolver {
  @Mutation(() => Residence, {
    description:
      "Gives a person a bed (administrators only). CONFLICT when the bed is taken, the room is full or the person already lives somewhere.",
  })
  moveIn(
    @Args(() => MoveInArgs) args: MoveInArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Residence> {
    return new ResidenceService(ctx).moveIn(args.input);
  }

  @Mutation(() => Residence, {
    description:
      "Ends a residence on a date (administrators only); the record stays. CONFLICT when it already has a move-out date.",
  })
  moveOut(
    @Args(() => MoveOutArgs) args: MoveOutArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Residence> {
    return new ResidenceService(ctx).moveOut(args.residenceId, args.movedOutOn);
  }

  @Query(() => [ID], {
    description:
      "The students living today in any of these grids, buildings, branches' grids or rooms. For the gateway (its scope resolution, and the relay's questions of where a student lives) only.",
  })
  @Internal()
  residentsOf(
    @Arg("gridIds", () => [ID]) gridIds: string[],
    @Arg("buildingIds", () => [ID]) buildingIds: string[],
    @Arg("branchIds", () => [ID]) branchIds: string[],
    @Ctx() ctx: RequestContext<Loaders>,
    @Arg("roomIds", () => [ID], { defaultValue: [] }) roomIds: string[],
  ): Promise<string[]> {
    return new ResidenceService(ctx).residentsOf(gridIds, buildingIds, branchIds, roomIds);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() residence: Residence, @Ctx() ctx: RequestContext<Loaders>): Person {
    return new ResidenceService(ctx).person(residence);
  }

  @FieldResolver(() => Room, { nullable: true, description: "Needs RESIDENCE for the person." })
  @Sensitive(RESIDENCE_DETAIL)
  room(@Root() residence: Residence, @Ctx() ctx: RequestContext<Loaders>): Promise<Room> {
    return new ResidenceService(ctx).room(residence);
  }
}
