import { Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { BranchCoverage, GridCoverage, UngriddedRooms } from "./grid-coverage.type";
import { GridCoverageService } from "./grid-coverage.service";

@Resolver(() => GridCoverage)
export class GridCoverageResolver {
  @Query(() => GridCoverage, {
    description:
      "The grid coverage report for the campus (administrators only; FORBIDDEN otherwise), answered in a constant number of statements.",
  })
  gridCoverage(@Ctx() ctx: RequestContext<Loaders>): GridCoverage {
    return new GridCoverageService(ctx).report();
  }

  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description: "The grids in use, for the people subgraph to find their leaders (@requires).",
  })
  gridIds(@Ctx() ctx: RequestContext<Loaders>): Promise<string[]> {
    return new GridCoverageService(ctx).gridIds();
  }

  @FieldResolver(() => Int, { description: "Grids in use." })
  gridCount(@Ctx() ctx: RequestContext<Loaders>): Promise<number> {
    return new GridCoverageService(ctx).gridCount();
  }

  @FieldResolver(() => [Grid], { description: "Grids in use with no responsible branch, by name." })
  gridsWithoutBranch(@Ctx() ctx: RequestContext<Loaders>): Promise<Grid[]> {
    return new GridCoverageService(ctx).gridsWithoutBranch();
  }

  @FieldResolver(() => UngriddedRooms, { description: "Rooms that are in no grid." })
  roomsInNoGrid(@Ctx() ctx: RequestContext<Loaders>): Promise<UngriddedRooms> {
    return new GridCoverageService(ctx).ungriddedRooms();
  }

  @FieldResolver(() => [BranchCoverage], {
    description:
      "Every teacher-student joint branch, with its grids and the residents living in them today, by name.",
  })
  branches(@Ctx() ctx: RequestContext<Loaders>): Promise<BranchCoverage[]> {
    return new GridCoverageService(ctx).branches();
  }

  @FieldResolver(() => [Grid], {
    description:
      "Grids whose grid leader (today's, from people) lived in the grid's rooms and has moved out, by name.",
  })
  @Directive(`@requires(fields: "leaderGridIds leaderPersonIds")`)
  gridsWithLeaderMovedOut(
    @Root() coverage: GridCoverage,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid[]> {
    return new GridCoverageService(ctx).gridsWithLeaderMovedOut(coverage);
  }
}
