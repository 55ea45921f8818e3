import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import { Campus } from "./campus.entity";
import { CampusService } from "./campus.service";

@Resolver(() => Campus)
export class CampusResolver {
  @Query(() => [Campus], { description: "Every campus, by name." })
  campuses(@Ctx() ctx: RequestContext<Loaders>): Promise<Campus[]> {
    return new CampusService(ctx).list();
  }

  @FieldResolver(() => [Building], { description: "By name." })
  buildings(@Root() campus: Campus, @Ctx() ctx: RequestContext<Loaders>): Promise<Building[]> {
    return new CampusService(ctx).buildings(campus);
  }
}
