import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Building } from "../building/building.reference";
import { Grid } from "../grid/grid.reference";
import { OrgUnit } from "../org-unit/org-unit.reference";
import type { Loaders } from "../loaders";
import { RosterArgs } from "./roster.input";
import { RosterService } from "./roster.service";
import { RosterPage } from "./roster.type";

const DESCRIPTION =
  "花名册 of the people living here now (residents organisation lends through `@requires`) that the caller's duties cover, with the roster's filters, order and numbered pages; empty for a caller who covers none of them.";

@Resolver(() => Grid)
export class GridStudentsResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => RosterPage, { description: DESCRIPTION })
  students(
    @Root() grid: Grid,
    @Args(() => RosterArgs) args: RosterArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<RosterPage> {
    return new RosterService(ctx).page(args, grid.residentIds);
  }
}

@Resolver(() => Building)
export class BuildingStudentsResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => RosterPage, { description: DESCRIPTION })
  students(
    @Root() building: Building,
    @Args(() => RosterArgs) args: RosterArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<RosterPage> {
    return new RosterService(ctx).page(args, building.residentIds);
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitRosterResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => RosterPage, {
    description:
      "花名册 of the people living now in the grids this unit is the responsible party branch of (1 branch : N grids), like Grid.students; empty for a unit responsible for no grid (a school's or residential college's students: `roster(filter: {schoolId | collegeId})`).",
  })
  students(
    @Root() unit: OrgUnit,
    @Args(() => RosterArgs) args: RosterArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<RosterPage> {
    return new RosterService(ctx).page(args, unit.residentIds ?? []);
  }
}
