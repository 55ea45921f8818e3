import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Grid } from "./grid.entity";
import { GridService } from "./grid.service";

/**
 * What other subgraphs `@requires` of a grid to compute their own facts about it (the evaluation
 * subgraph's warning statistics) without copying residences. Every resident's id, not only those
 * the caller may know (evaluation counts the grid's residents and then only those the caller's duty
 * covers), so it must never reach a client: `@inaccessible` keeps it out of the public API, where
 * `residents` (scoped to the caller, audited) is the one way to list who lives there, and subgraphs
 * answer only the gateway. Evaluation returns counts from it, never ids.
 */
@Resolver(() => Grid)
export class GridResidentsResolver {
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description: "The ids of the people living in the grid's rooms now, by room and bed.",
  })
  residentIds(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<string[]> {
    return new GridService(ctx).residentIds(grid);
  }
}
