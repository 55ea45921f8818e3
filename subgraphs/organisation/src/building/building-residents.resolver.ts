import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Building } from "./building.entity";
import { BuildingService } from "./building.service";

/**
 * What other subgraphs `@requires` of a building to compute their own facts about it (the
 * evaluation subgraph's warning statistics and the building's warning list) without copying
 * residences: every resident's id, like Grid.residentIds (see GridResidentsResolver), so
 * `@inaccessible` keeps it out of the public API and evaluation answers counts and the rows the
 * caller may list from it, never the ids.
 */
@Resolver(() => Building)
export class BuildingResidentsResolver {
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description:
      "The ids of the people living in the building's rooms now, by floor, room and bed.",
  })
  residentIds(@Root() building: Building, @Ctx() ctx: RequestContext<Loaders>): Promise<string[]> {
    return new BuildingService(ctx).residentIds(building);
  }
}
