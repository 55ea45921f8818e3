import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Grid } from "./grid.entity";
import { GridService } from "./grid.service";

/**
 * What other subgraphs `@requires` of a grid to compute their own facts about it (the evaluation
 * subgraph's warning statistics) without copying residences. Only ids, the same ones
 * `Grid.residents` already serves, so it needs no guard of its own; `@inaccessible` keeps it out
 * of the public API, where `residents` is the one way to list them.
 */
@Resolver(() => Grid)
export class GridResidentsResolver {
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], { description: "The ids of the people living in the grid's rooms now, by room and bed." })
  async residentIds(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<string[]> {
    const residents = await new GridService(ctx).residents(grid);
    return residents.map((person) => person.id);
  }
}
