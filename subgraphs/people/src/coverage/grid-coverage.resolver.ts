import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { forbidden, isId, today, type RequestContext } from "@campus/subgraph";
import { gridReference, Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { GridCoverage } from "./grid-coverage.reference";
import { gridLeadership, type GridLeadership } from "./grid-coverage.repository";

/** One read of the leadership per report object of a request (each field below shares it). */
const READS = new WeakMap<GridCoverage, Promise<Map<string, GridLeadership>>>();

function leadership(
  coverage: GridCoverage,
  ctx: RequestContext<Loaders>,
): Promise<Map<string, GridLeadership>> {
  // The report is organisation's administrators' report; its people part is theirs too.
  if (!ctx.access.hasRole("admin"))
    throw forbidden("only an administrator may run the grid coverage report");
  let read = READS.get(coverage);
  if (!read) {
    const gridIds = [...new Set((coverage.gridIds ?? []).filter(isId))];
    read = gridIds.length
      ? gridLeadership(ctx.em, gridIds, today()).then(
          (rows) => new Map(rows.map((row) => [row.grid_id, row])),
        )
      : Promise.resolve(new Map());
    READS.set(coverage, read);
  }
  return read;
}

/** The grids of the report, in the order organisation gave them (by name), that `keep` selects. */
async function gridsWhere(
  coverage: GridCoverage,
  ctx: RequestContext<Loaders>,
  keep: (row: GridLeadership | undefined) => boolean,
): Promise<Grid[]> {
  const rows = await leadership(coverage, ctx);
  return (coverage.gridIds ?? [])
    .filter((id) => isId(id) && keep(rows.get(id)))
    .map((id) => gridReference({ id }));
}

/**
 * People's part of the grid coverage report: which grids have no grid leader, and which lost theirs
 * when the assignment ended. One statement for all the campus's grids.
 */
@Resolver(() => GridCoverage)
export class GridCoverageResolver {
  @FieldResolver(() => [Grid], {
    description:
      "Grids in use with no grid leader (网格长) ever assigned and none on duty today, by name.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  gridsWithoutLeader(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid[]> {
    return gridsWhere(coverage, ctx, (row) => !row || (!row.leader_id && !row.ended));
  }

  @FieldResolver(() => [Grid], {
    description:
      "Grids in use whose grid leader's assignment has ended, with nobody on duty today, by name.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  gridsWithLeaderAssignmentEnded(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid[]> {
    return gridsWhere(coverage, ctx, (row) => !!row && !row.leader_id && row.ended);
  }

  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description:
      "The grids with a grid leader on duty today; beside them, in leaderPersonIds, the leader.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  async leaderGridIds(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string[]> {
    const rows = [...(await leadership(coverage, ctx)).values()];
    return rows.flatMap((row) => (row.leader_id ? [row.grid_id] : []));
  }

  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description: "The leader of each grid of leaderGridIds, by position.",
  })
  @Directive(`@requires(fields: "gridIds")`)
  async leaderPersonIds(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string[]> {
    const rows = [...(await leadership(coverage, ctx)).values()];
    return rows.flatMap((row) => (row.leader_id ? [row.leader_id] : []));
  }
}
