import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Grid } from "./grid.reference";
import { GridStatsService } from "./grid.service";
import { GridWarningStats } from "./grid-warning-stats.type";

@Resolver(() => Grid)
export class GridWarningStatsResolver {
  @Directive(`@requires(fields: "residentIds")`)
  @FieldResolver(() => GridWarningStats, {
    nullable: true,
    description:
      "Counts of the residents' warnings not yet closed, over the residents the caller covers through a duty (a grid leader: their grid; a counselor: the residents they cover; an administrator: all). " +
      "No ids or summaries. MENTAL_HEALTH warnings count only for residents the caller holds MENTAL_HEALTH for, so grid leaders never see that category. " +
      "Null, with FORBIDDEN on this path, when the caller covers none of the residents.",
  })
  warningStats(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<GridWarningStats> {
    return new GridStatsService(ctx).warningStats(grid);
  }
}
