import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Building } from "../building/building.entity";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { Person } from "../residence/person.reference";
import { Room } from "./room.entity";
import { RoomService } from "./room.service";

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => Room, { nullable: true, description: "Null when no room has this id." })
  room(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext<Loaders>): Promise<Room | null> {
    return new RoomService(ctx).byId(id);
  }

  @FieldResolver(() => Building)
  building(@Root() room: Room, @Ctx() ctx: RequestContext<Loaders>): Promise<Building> {
    return new RoomService(ctx).building(room);
  }

  @FieldResolver(() => Grid, {
    nullable: true,
    description: "Null when the room belongs to no grid.",
  })
  grid(@Root() room: Room, @Ctx() ctx: RequestContext<Loaders>): Promise<Grid | null> {
    return new RoomService(ctx).grid(room);
  }

  @FieldResolver(() => [Person], {
    description:
      "The people living here now (current residences), by bed: only those the caller holds RESIDENCE for; each one listed is audited.",
  })
  residents(@Root() room: Room, @Ctx() ctx: RequestContext<Loaders>): Promise<Person[]> {
    return new RoomService(ctx).residents(room);
  }
}
