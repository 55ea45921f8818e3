import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Connection } from "@campus/subgraph/data";
import { Building } from "../building/building.reference";
import { Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import type { Warning } from "../warning/warning.entity";
import { WarningsArgs } from "../warning/warning.input";
import { WarningConnection } from "../warning/warning.resolver";
import { WarningStatisticsService } from "./warning-statistics.service";
import { WarningStatistics } from "./warning-statistics.type";

@ArgsType()
export class WarningStatisticsArgs {
  @Field(() => Date, { description: "Start of the range: warnings raised at or after it." })
  from!: Date;

  @Field(() => Date, {
    description:
      "End of the range: warnings raised before it. After from, and at most 10 years after it.",
  })
  to!: Date;
}

const RANGE =
  "Warnings raised in [from, to) (from before to, at most 10 years apart, else BAD_USER_INPUT on to).";
const SUPPRESSION =
  "Cells of 1–4 students are suppressed (figures null) for callers who do not hold CARE for one of them.";
const UNIT_REFUSAL =
  "Null, with FORBIDDEN on this path, when the unit has students and the caller sees none of them; a unit without students shows zeros.";

@Resolver()
export class WarningStatisticsResolver {
  @Query(() => WarningStatistics, {
    description: `Warning statistics over the warnings the caller may list (the rows of \`warnings\`: any relationship to the student; MENTAL_HEALTH ones only with MENTAL_HEALTH for the student). ${RANGE} Each figure equals the totalCount of the matching \`warnings\` list. ${SUPPRESSION}`,
  })
  warningStatistics(
    @Args(() => WarningStatisticsArgs) args: WarningStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningStatistics> {
    return new WarningStatisticsService(ctx).ofVisible(args.from, args.to);
  }
}

/** A school's or residential college's students' warnings: their statistics and their list. */
@Resolver(() => OrgUnit)
export class OrgUnitWarningsResolver {
  @Directive(`@requires(fields: "studentIds")`)
  @FieldResolver(() => WarningStatistics, {
    nullable: true,
    description: `Warning statistics over the warnings the caller may list of the unit's students: a school's (学院) students, a residential college's (书院); other kinds of unit have none. ${RANGE} ${SUPPRESSION} ${UNIT_REFUSAL}`,
  })
  warningStatistics(
    @Root() unit: OrgUnit,
    @Args(() => WarningStatisticsArgs) args: WarningStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningStatistics> {
    return new WarningStatisticsService(ctx).ofUnit(
      { kind: "OrgUnit", id: unit.id, studentIds: unit.studentIds },
      args.from,
      args.to,
    );
  }

  @Directive(`@requires(fields: "studentIds")`)
  @FieldResolver(() => WarningConnection, {
    nullable: true,
    description: `The warnings of the unit's students (a school's or residential college's) the caller may list: the rows of \`warnings\` with the same arguments, narrowed to them. ${UNIT_REFUSAL}`,
  })
  warnings(
    @Root() unit: OrgUnit,
    @Args(() => WarningsArgs) args: WarningsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Connection<Warning>> {
    return new WarningStatisticsService(ctx).unitWarnings(
      { kind: "OrgUnit", id: unit.id, studentIds: unit.studentIds },
      args,
    );
  }
}

/** The warnings of a building's residents now: their statistics and their list. */
@Resolver(() => Building)
export class BuildingWarningsResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => WarningStatistics, {
    nullable: true,
    description: `Warning statistics over the warnings the caller may list of the people living in the building now. ${RANGE} ${SUPPRESSION} ${UNIT_REFUSAL}`,
  })
  warningStatistics(
    @Root() building: Building,
    @Args(() => WarningStatisticsArgs) args: WarningStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningStatistics> {
    return new WarningStatisticsService(ctx).ofUnit(
      { kind: "Building", id: building.id, studentIds: building.residentIds },
      args.from,
      args.to,
    );
  }

  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => WarningConnection, {
    nullable: true,
    description: `The warnings of the people living in the building now that the caller may list: the rows of \`warnings\` with the same arguments, narrowed to them. ${UNIT_REFUSAL}`,
  })
  warnings(
    @Root() building: Building,
    @Args(() => WarningsArgs) args: WarningsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Connection<Warning>> {
    return new WarningStatisticsService(ctx).unitWarnings(
      { kind: "Building", id: building.id, studentIds: building.residentIds },
      args,
    );
  }
}

/** The warnings of a grid's residents now: their statistics and their list (beside Grid.warningStats). */
@Resolver(() => Grid)
export class GridWarningsResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => WarningStatistics, {
    nullable: true,
    description: `Warning statistics over the warnings the caller may list of the people living in the grid now. ${RANGE} ${SUPPRESSION} ${UNIT_REFUSAL}`,
  })
  warningStatistics(
    @Root() grid: Grid,
    @Args(() => WarningStatisticsArgs) args: WarningStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningStatistics> {
    return new WarningStatisticsService(ctx).ofUnit(
      { kind: "Grid", id: grid.id, studentIds: grid.residentIds },
      args.from,
      args.to,
    );
  }

  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => WarningConnection, {
    nullable: true,
    description: `The warnings of the people living in the grid now that the caller may list: the rows of \`warnings\` with the same arguments, narrowed to them. ${UNIT_REFUSAL}`,
  })
  warnings(
    @Root() grid: Grid,
    @Args(() => WarningsArgs) args: WarningsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Connection<Warning>> {
    return new WarningStatisticsService(ctx).unitWarnings(
      { kind: "Grid", id: grid.id, studentIds: grid.residentIds },
      args,
    );
  }
}
