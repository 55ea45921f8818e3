import { Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { ChangeRoomCapacityArgs, CreateRoomArgs, TakeRoomOutOfUseArgs } from "./room-admin.input";
import { RoomAdminService } from "./room-admin.service";
import { Room } from "./room.entity";

@Resolver(() => Room)
export class RoomAdminResolver {
  @Mutation(() => Room, {
    description:
      "Creates a room on a floor of a building (administrators; college administrators in their college's buildings). BAD_USER_INPUT for an unknown building or a floor it lacks; CONFLICT when the number is taken.",
  })
  createRoom(
    @Args(() => CreateRoomArgs) args: CreateRoomArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Room> {
    return new RoomAdminService(ctx).create(args.input);
  }

  @Mutation(() => Room, {
    description:
      "Changes a room's number of beds. CONFLICT when a bed in use would disappear (fewer beds than residents, or an occupied bed numbered above the new capacity) or the room is out of use.",
  })
  changeRoomCapacity(
    @Args(() => ChangeRoomCapacityArgs) args: ChangeRoomCapacityArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Room> {
    return new RoomAdminService(ctx).changeCapacity(args.roomId, args.capacity);
  }

  @Mutation(() => Room, {
    description:
      "Takes a room out of use today (停用); no one moves in after. CONFLICT while anyone lives there or is to move in, or once out of use.",
  })
  takeRoomOutOfUse(
    @Args(() => TakeRoomOutOfUseArgs) args: TakeRoomOutOfUseArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Room> {
    return new RoomAdminService(ctx).takeOutOfUse(args.roomId);
  }

  @FieldResolver(() => Int, {
    description: "Beds in use: residences current today or starting later (a count, no one named).",
  })
  bedsInUse(@Root() room: Room, @Ctx() ctx: RequestContext<Loaders>): Promise<number> {
    return ctx.loaders.bedsInUseByRoom.load(room.id);
  }
}
