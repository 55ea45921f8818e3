import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Campus } from "../campus/campus.entity";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Room } from "../room/room.entity";
import { Building } from "./building.entity";
import { BuildingService } from "./building.service";

@Resolver(() => Building)
export class BuildingResolver {
  @Query(() => Building, { nullable: true, description: "Null when no building has this id." })
  building(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Building | null> {
    return new BuildingService(ctx).byId(id);
  }

  @FieldResolver(() => Campus)
  campus(@Root() building: Building, @Ctx() ctx: RequestContext<Loaders>): Promise<Campus> {
    return new BuildingService(ctx).campus(building);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The residential college (书院) living here, if any.",
  })
  college(
    @Root() building: Building,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit | null> {
    return new BuildingService(ctx).college(building);
  }

  @FieldResolver(() => [Room], { description: "By floor, then number." })
  rooms(@Root() building: Building, @Ctx() ctx: RequestContext<Loaders>): Promise<Room[]> {
    return new BuildingService(ctx).rooms(building);
  }

  @FieldResolver(() => [Grid], { description: "By name." })
  grids(@Root() building: Building, @Ctx() ctx: RequestContext<Loaders>): Promise<Grid[]> {
    return new BuildingService(ctx).grids(building);
  }
}
