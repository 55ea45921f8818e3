import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { CreateBuildingArgs } from "./building-admin.input";
import { BuildingAdminService } from "./building-admin.service";
import { Building } from "./building.entity";

@Resolver(() => Building)
export class BuildingAdminResolver {
  @Mutation(() => Building, {
    description:
      "Creates a residential building on a campus (administrators; college administrators for their college). BAD_USER_INPUT for an unknown campus or college; CONFLICT when the campus has a building of that name.",
  })
  createBuilding(
    @Args(() => CreateBuildingArgs) args: CreateBuildingArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Building> {
    return new BuildingAdminService(ctx).create(args.input);
  }
}
