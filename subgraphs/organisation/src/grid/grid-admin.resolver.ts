import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "../residence/person.reference";
import { AssignGridBranchArgs, CloseGridArgs, CreateGridArgs } from "./grid-admin.input";
import { GridAdminService } from "./grid-admin.service";
import { GridBranchChange } from "./grid-branch-change.entity";
import { Grid } from "./grid.entity";

@Resolver(() => Grid)
export class GridAdminResolver {
  @Mutation(() => Grid, {
    description:
      "Creates a grid over a floor, a wing (a set of rooms) or a whole building, optionally with its responsible branch (administrators only). BAD_USER_INPUT for a building, room or branch that does not fit; CONFLICT when one of its rooms is already in another grid.",
  })
  createGrid(
    @Args(() => CreateGridArgs) args: CreateGridArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid> {
    return new GridAdminService(ctx).create(args.input);
  }

  @Mutation(() => Grid, {
    description:
      "Makes a teacher-student joint branch responsible for the grid (administrators only); the change is kept in branchHistory. BAD_USER_INPUT when the unit is not such a branch or already responsible; CONFLICT when the grid is closed, or its branch is no longer expectedBranchId.",
  })
  assignGridBranch(
    @Args(() => AssignGridBranchArgs) args: AssignGridBranchArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid> {
    return new GridAdminService(ctx).assignBranch(
      args.gridId,
      args.branchId,
      args.expectedBranchId ?? null,
    );
  }

  @Mutation(() => Grid, {
    description:
      "Closes the grid today (administrators only): its rooms leave it and may join another grid; the grid and its history stay. CONFLICT when it is already closed.",
  })
  closeGrid(
    @Args(() => CloseGridArgs) args: CloseGridArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Grid> {
    return new GridAdminService(ctx).close(args.gridId);
  }

  @FieldResolver(() => [GridBranchChange], {
    description: "Every change of the branch responsible for the grid, oldest first.",
  })
  branchHistory(
    @Root() grid: Grid,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GridBranchChange[]> {
    return ctx.loaders.branchHistoryByGrid.load(grid.id);
  }
}

@Resolver(() => GridBranchChange)
export class GridBranchChangeResolver {
  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "Null when the grid had no branch.",
  })
  from(
    @Root() change: GridBranchChange,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit | null> {
    return change.fromBranch
      ? ctx.loaders.orgUnit.load(change.fromBranch.id)
      : Promise.resolve(null);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  to(
    @Root() change: GridBranchChange,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit | null> {
    return change.toBranch ? ctx.loaders.orgUnit.load(change.toBranch.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The administrator who made the change; null when it was not made by a person.",
  })
  changedBy(@Root() change: GridBranchChange): Person | null {
    return change.changedById ? { id: change.changedById } : null;
  }
}
