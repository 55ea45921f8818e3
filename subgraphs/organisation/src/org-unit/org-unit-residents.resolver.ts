import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { ResidenceService } from "../residence/residence.service";
import { OrgUnit } from "./org-unit.entity";

/**
 * What people `@requires` of a party branch for its roster (OrgUnit.students): who lives now in
 * the grids the branch is responsible for (1 branch : N grids). Every resident's id, so, like
 * Grid.residentIds, `@inaccessible` keeps it out of the public API; people answers only the rows
 * the caller's duties cover.
 */
@Resolver(() => OrgUnit)
export class OrgUnitResidentsResolver {
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description:
      "The ids of the people living now in the grids this unit is the responsible branch of; empty for a unit responsible for none.",
  })
  residentIds(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<string[]> {
    return new ResidenceService(ctx).residentsOf([], [], [unit.id]);
  }
}
