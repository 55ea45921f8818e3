import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Building } from "../building/building.reference";
import { Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import { Person } from "../person/person.entity";
import { StaffRole } from "../staff-assignment/staff-assignment.enums";

/**
 * The member of staff holding `role` over a grid, building or branch today: the earliest started
 * of its running assignments, from the same batched load `responsibleStaff` uses (one statement
 * for every target of a response, one for their people). Null when nobody holds it.
 */
async function holder(
  ctx: RequestContext<Loaders>,
  targetId: string,
  role: StaffRole,
): Promise<Person | null> {
  const duties = await ctx.loaders.dutiesOverTarget.load(targetId);
  const duty = duties.find((assignment) => assignment.role === role);
  return duty ? ctx.loaders.person.load(duty.personId) : null;
}

@Resolver(() => Grid)
export class GridLeaderResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "The grid leader (网格长) on duty today, from the staff assignments; null when none.",
  })
  leader(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<Person | null> {
    return holder(ctx, grid.id, StaffRole.GRID_LEADER);
  }
}

@Resolver(() => Building)
export class BuildingLeaderResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "The building leader (楼长) on duty today, from the staff assignments; null when none.",
  })
  leader(@Root() building: Building, @Ctx() ctx: RequestContext<Loaders>): Promise<Person | null> {
    return holder(ctx, building.id, StaffRole.BUILDING_LEADER);
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitSecretaryResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "The branch secretary (支部书记) on duty today, from the staff assignments; null for units that are not branches and branches without one.",
  })
  secretary(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<Person | null> {
    return holder(ctx, unit.id, StaffRole.BRANCH_SECRETARY);
  }
}
