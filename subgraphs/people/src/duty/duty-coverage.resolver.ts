import {
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { forbidden, isId, termOf, today, type RequestContext } from "@campus/subgraph";
import { GridCoverage } from "../coverage/grid-coverage.reference";
import { Grid, gridReference } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { gridDutyFacts, type GridDutyFacts } from "./duty-coverage.repository";
import { weekOf } from "./duty-time";

@ObjectType({ description: "走访频次: how often a grid's rooms were visited in the term." })
export class GridVisitFrequency {
  @Field(() => Grid)
  grid!: Grid;

  @Field(() => Int, { description: "Visits recorded to the grid's rooms this term." })
  visits!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: "The latest; null when none." })
  lastVisitedOn!: string | null;
}

/** One read per report object of a request; every field below shares it. */
const READS = new WeakMap<GridCoverage, Promise<GridDutyFacts[]>>();

function facts(coverage: GridCoverage, ctx: RequestContext<Loaders>): Promise<GridDutyFacts[]> {
  if (!ctx.access.hasRole("admin"))
    throw forbidden("only an administrator may run the grid coverage report");
  let read = READS.get(coverage);
  if (!read) {
    const gridIds = [...new Set((coverage.gridIds ?? []).filter(isId))];
    const day = today();
    read = gridIds.length
      ? gridDutyFacts(ctx.em, gridIds, day, weekOf(day).monday, termOf(day))
      : Promise.resolve([]);
    READS.set(coverage, read);
  }
  return read;
}

/** The grids of the report, in organisation's order (by name), that `keep` selects. */
async function gridsWhere(
  coverage: GridCoverage,
  ctx: RequestContext<Loaders>,
  keep: (row: GridDutyFacts | undefined) => boolean,
): Promise<Grid[]> {
  const rows = new Map((await facts(coverage, ctx)).map((row) => [row.grid_id, row]));
  return (coverage.gridIds ?? [])
    .filter((id) => isId(id) && keep(rows.get(id)))
    .map((id) => gridReference({ id }));
}

/**
 * The three staff lines' part of the grid coverage report (三支队伍下沉): grids without a counselor,
 * without anyone on the duty roster this week, and how often each was visited this term. One
 * statement for every grid of the campus.
 */
@Resolver(() => GridCoverage)
export class GridDutyCoverageResolver {
  @FieldResolver(() => [Grid], {
    description: "Grids in use with no counselor (辅导员) assigned to them today, by name.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  gridsWithoutCounselor(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid[]> {
    return gridsWhere(coverage, ctx, (row) => !row?.has_counselor);
  }

  @FieldResolver(() => [Grid], {
    description:
      "Grids in use with nobody on their duty roster (值班) on any day of this campus week, by name.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  gridsWithoutDutyThisWeek(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid[]> {
    return gridsWhere(coverage, ctx, (row) => !row?.has_duty);
  }

  @FieldResolver(() => [GridVisitFrequency], {
    description:
      "Each grid in use with its dorm visits (走访) this term, fewest first (the least visited need attention), then by name.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  async gridVisitsThisTerm(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GridVisitFrequency[]> {
    const rows = new Map((await facts(coverage, ctx)).map((row) => [row.grid_id, row]));
    const ordered = (coverage.gridIds ?? []).filter(isId).map((id, position) => ({
      position,
      grid: gridReference({ id }),
      visits: rows.get(id)?.visits ?? 0,
      lastVisitedOn: rows.get(id)?.last_visited_on ?? null,
    }));
    return ordered
      .sort((a, b) => a.visits - b.visits || a.position - b.position)
      .map(({ grid, visits, lastVisitedOn }) => ({ grid, visits, lastVisitedOn }));
  }
}
