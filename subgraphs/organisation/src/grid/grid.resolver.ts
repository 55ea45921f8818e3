import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "../residence/person.reference";
import { Room } from "../room/room.entity";
import { Grid } from "./grid.entity";
import { GridsArgs } from "./grid.input";
import { GridService } from "./grid.service";

export const GridConnection = ConnectionType(Grid, "Grid");

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => Grid, { nullable: true, description: "Null when no grid has this id." })
  grid(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext<Loaders>): Promise<Grid | null> {
    return new GridService(ctx).byId(id);
  }

  @Query(() => GridConnection, { description: "Grids ordered by name, a page at a time." })
  grids(@Args(() => GridsArgs) args: GridsArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new GridService(ctx).list(args);
  }

  @FieldResolver(() => Building)
  building(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<Building> {
    return new GridService(ctx).building(grid);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description:
      "The party branch responsible for this grid (1 branch : N grids); null until one is assigned (a closed grid keeps the branch it had).",
  })
  branch(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return new GridService(ctx).branch(grid);
  }

  @FieldResolver(() => [Room], { description: "By floor, then number." })
  rooms(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<Room[]> {
    return new GridService(ctx).rooms(grid);
  }

  @FieldResolver(() => [Int], {
    description:
      "The floors the grid's rooms are on, lowest first: where a floor plan or a heat map places it, without fetching its rooms.",
  })
  floors(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<number[]> {
    return new GridService(ctx).floors(grid);
  }

  @FieldResolver(() => [Person], {
    description:
      "The people living in the grid's rooms now, by room and bed: only those the caller holds RESIDENCE for (themselves, or the residents a duty in the residences covers); each one listed is audited.",
  })
  residents(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<Person[]> {
    return new GridService(ctx).residents(grid);
  }

  @FieldResolver(() => Int, {
    description: "How many people live in the grid's rooms now: an occupancy figure, names no one.",
  })
  residentCount(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<number> {
    return new GridService(ctx).residentCount(grid);
  }
}
