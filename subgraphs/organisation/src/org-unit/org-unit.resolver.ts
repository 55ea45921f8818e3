import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "./org-unit.entity";
import { OrgUnitsArgs } from "./org-unit.input";
import { OrgUnitService } from "./org-unit.service";

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, { nullable: true, description: "Null when no unit has this id." })
  orgUnit(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit | null> {
    return new OrgUnitService(ctx).byId(id);
  }

  @Query(() => [OrgUnit], {
    description:
      "Ordered by kind (committee, general branches, branches, schools, colleges), then name.",
  })
  orgUnits(
    @Args(() => OrgUnitsArgs) args: OrgUnitsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit[]> {
    return new OrgUnitService(ctx).list(args.kind);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The unit above this one; null at the top.",
  })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return new OrgUnitService(ctx).parent(unit);
  }

  @FieldResolver(() => [OrgUnit], { description: "The units directly below, by kind then name." })
  children(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit[]> {
    return new OrgUnitService(ctx).children(unit);
  }

  @FieldResolver(() => [Grid], {
    description:
      "The grids a branch is responsible for (1 branch + N grids), by name; empty for other kinds.",
  })
  grids(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<Grid[]> {
    return new OrgUnitService(ctx).grids(unit);
  }
}
