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
import type { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCasesArgs } from "../assistance-case/assistance-case.input";
import { AssistanceCaseConnection } from "../assistance-case/assistance-case.resolver";
import { AssistanceCaseService } from "../assistance-case/assistance-case.service";
import { Building } from "../building/building.reference";
import { Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import type { UnitStudents } from "../warning-statistics/warning-statistics.service";
import { AssistanceCaseStatistics } from "./assistance-case-statistics.type";
import {
  AssistanceCaseStatisticsService,
  seenStudents,
} from "./assistance-case-statistics.service";

@ArgsType()
export class AssistanceCaseStatisticsArgs {
  @Field(() => Date, { description: "Start of the range, inclusive." })
  from!: Date;

  @Field(() => Date, {
    description: "End of the range, exclusive: after from, and at most 10 years after it.",
  })
  to!: Date;
}

@Resolver(() => AssistanceCaseStatistics)
export class AssistanceCaseStatisticsResolver {
  @Query(() => AssistanceCaseStatistics, {
    description:
      "帮扶 statistics (一人一策一专班) for cases opened in [from, to), over exactly the cases assistanceCases lists for the caller: " +
      "each figure equals that list's totalCount filtered alike (openedFrom: from, openedBefore: to, kind, grade, status, graded, reachedAssisting). " +
      "Anyone may ask; a caller who sees no case gets zeros. Figures of a cell of 1–4 students are withheld (suppressed) from a caller who does not hold CARE for all of them. " +
      "BAD_USER_INPUT (field to) unless from < to and the range is at most 10 years.",
  })
  assistanceCaseStatistics(
    @Args(() => AssistanceCaseStatisticsArgs) args: AssistanceCaseStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCaseStatistics> {
    return new AssistanceCaseStatisticsService(ctx).statistics(args.from, args.to);
  }
}

const UNIT_REFUSAL =
  "Null, with FORBIDDEN on this path, when the unit has students and the caller sees none of them; a unit without students shows zeros.";
const UNIT_STATISTICS =
  "帮扶 statistics narrowed to the unit's students: the figures of assistanceCaseStatistics over the cases of theirs the caller may see (the same row rule: MENTAL_HEALTH cases only with MENTAL_HEALTH for the student or a seat on the case's task force), each figure equal to the unit's assistanceCases totalCount filtered alike; overdueMeasuresByTier counts the measures overdue now on those students' cases (the unit responsible for the student). " +
  "Figures of a cell of 1–4 students are suppressed for a caller who does not hold CARE for all of them. BAD_USER_INPUT (field to) unless from < to and the range is at most 10 years.";
const UNIT_LIST =
  "the caller may see: the rows of assistanceCases with the same arguments (a MENTAL_HEALTH case only with MENTAL_HEALTH for the student or a seat on its task force), narrowed to them, newest first. Null, with FORBIDDEN on this path, when the unit has students and the caller sees none of them; a unit without students lists none.";

/** A school's or residential college's students' assistance cases: their statistics and their list. */
@Resolver(() => OrgUnit)
export class OrgUnitAssistanceCasesResolver {
  @Directive(`@requires(fields: "studentIds")`)
  @FieldResolver(() => AssistanceCaseStatistics, {
    nullable: true,
    description: `${UNIT_STATISTICS} A school's (学院) students, a residential college's (书院); other kinds of unit have none. ${UNIT_REFUSAL}`,
  })
  assistanceCaseStatistics(
    @Root() unit: OrgUnit,
    @Args(() => AssistanceCaseStatisticsArgs) args: AssistanceCaseStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCaseStatistics> {
    return new AssistanceCaseStatisticsService(ctx).ofUnit(
      { kind: "OrgUnit", id: unit.id, studentIds: unit.studentIds },
      args.from,
      args.to,
    );
  }

  @Directive(`@requires(fields: "studentIds")`)
  @FieldResolver(() => AssistanceCaseConnection, {
    nullable: true,
    description: `The assistance cases of the unit's students (a school's or residential college's) ${UNIT_LIST}`,
  })
  assistanceCases(
    @Root() unit: OrgUnit,
    @Args(() => AssistanceCasesArgs) args: AssistanceCasesArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Connection<AssistanceCase>> {
    return unitCases(ctx, { kind: "OrgUnit", id: unit.id, studentIds: unit.studentIds }, args);
  }
}

/** The assistance cases of the people living in a building now: their statistics and their list. */
@Resolver(() => Building)
export class BuildingAssistanceCasesResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => AssistanceCaseStatistics, {
    nullable: true,
    description: `${UNIT_STATISTICS} The students are the people living in the building now. ${UNIT_REFUSAL}`,
  })
  assistanceCaseStatistics(
    @Root() building: Building,
    @Args(() => AssistanceCaseStatisticsArgs) args: AssistanceCaseStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCaseStatistics> {
    return new AssistanceCaseStatisticsService(ctx).ofUnit(
      { kind: "Building", id: building.id, studentIds: building.residentIds },
      args.from,
      args.to,
    );
  }

  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => AssistanceCaseConnection, {
    nullable: true,
    description: `The assistance cases of the people living in the building now ${UNIT_LIST}`,
  })
  assistanceCases(
    @Root() building: Building,
    @Args(() => AssistanceCasesArgs) args: AssistanceCasesArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Connection<AssistanceCase>> {
    return unitCases(
      ctx,
      { kind: "Building", id: building.id, studentIds: building.residentIds },
      args,
    );
  }
}

/** The assistance cases of the people living in a grid now: their statistics and their list. */
@Resolver(() => Grid)
export class GridAssistanceCasesResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => AssistanceCaseStatistics, {
    nullable: true,
    description: `${UNIT_STATISTICS} The students are the people living in the grid now. ${UNIT_REFUSAL}`,
  })
  assistanceCaseStatistics(
    @Root() grid: Grid,
    @Args(() => AssistanceCaseStatisticsArgs) args: AssistanceCaseStatisticsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCaseStatistics> {
    return new AssistanceCaseStatisticsService(ctx).ofUnit(
      { kind: "Grid", id: grid.id, studentIds: grid.residentIds },
      args.from,
      args.to,
    );
  }

  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => AssistanceCaseConnection, {
    nullable: true,
    description: `The assistance cases of the people living in the grid now ${UNIT_LIST}`,
  })
  assistanceCases(
    @Root() grid: Grid,
    @Args(() => AssistanceCasesArgs) args: AssistanceCasesArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Connection<AssistanceCase>> {
    return unitCases(ctx, { kind: "Grid", id: grid.id, studentIds: grid.residentIds }, args);
  }
}

function unitCases(
  ctx: RequestContext<Loaders>,
  unit: UnitStudents,
  args: AssistanceCasesArgs,
): Promise<Connection<AssistanceCase>> {
  return new AssistanceCaseService(ctx).listAmong(seenStudents(ctx, unit), args);
}
