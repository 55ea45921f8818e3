import { Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../residence/person.reference";
import {
  CloseOrgUnitArgs,
  CreateOrgUnitArgs,
  MoveOrgUnitArgs,
  OrgUnitOnArgs,
  RenameOrgUnitArgs,
} from "./org-unit-admin.input";
import { OrgUnitAdminService } from "./org-unit-admin.service";
import { OrgUnitChange } from "./org-unit-change.entity";
import { OrgUnit } from "./org-unit.entity";

/** The change in effect on `date`: the last one on or before it (history is oldest first). */
function changeOn(history: OrgUnitChange[], date: string): OrgUnitChange | null {
  let found: OrgUnitChange | null = null;
  for (const change of history) if (change.changedOn <= date) found = change;
  return found;
}

@Resolver(() => OrgUnit)
export class OrgUnitAdminResolver {
  @Mutation(() => OrgUnit, {
    description:
      "Creates a unit (administrators; college administrators: joint and temporary branches inside their college). BAD_USER_INPUT when the parent does not fit the kind (三级组织架构), a general branch lacks its college or a temporary branch its purpose, start or end, or the team is unknown; CONFLICT under a closed parent.",
  })
  createOrgUnit(
    @Args(() => CreateOrgUnitArgs) args: CreateOrgUnitArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit> {
    return new OrgUnitAdminService(ctx).create(args.input);
  }

  @Mutation(() => OrgUnit, {
    description:
      "Renames a unit from today; the old name stays in history. BAD_USER_INPUT for the same name; CONFLICT once closed.",
  })
  renameOrgUnit(
    @Args(() => RenameOrgUnitArgs) args: RenameOrgUnitArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit> {
    return new OrgUnitAdminService(ctx).rename(args.unitId, args.name);
  }

  @Mutation(() => OrgUnit, {
    description:
      "Puts a unit under another parent from today; the old parent stays in history. BAD_USER_INPUT when the parent does not fit the unit's kind; CONFLICT when either is closed.",
  })
  moveOrgUnit(
    @Args(() => MoveOrgUnitArgs) args: MoveOrgUnitArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit> {
    return new OrgUnitAdminService(ctx).move(args.unitId, args.parentId);
  }

  @Mutation(() => OrgUnit, {
    description:
      "Closes a unit today (撤销). CONFLICT while units below it or grids it is responsible for are open, or once closed.",
  })
  closeOrgUnit(
    @Args(() => CloseOrgUnitArgs) args: CloseOrgUnitArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit> {
    return new OrgUnitAdminService(ctx).close(args.unitId);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "A general branch's residential college (书院); null for other kinds.",
  })
  college(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return unit.college ? ctx.loaders.orgUnit.load(unit.college.id) : Promise.resolve(null);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The id of the team (people's Team) a temporary branch serves; null if none.",
  })
  teamId(@Root() unit: OrgUnit): string | null {
    return unit.teamId;
  }

  @FieldResolver(() => [OrgUnitChange], {
    description: "Every change of the unit (created, renamed, moved, closed), oldest first.",
  })
  history(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnitChange[]> {
    return ctx.loaders.orgUnitHistory.load(unit.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The name the unit had on this day; null when it did not exist yet.",
  })
  async nameOn(
    @Root() unit: OrgUnit,
    @Args(() => OrgUnitOnArgs) args: OrgUnitOnArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string | null> {
    return changeOn(await ctx.loaders.orgUnitHistory.load(unit.id), args.date)?.name ?? null;
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The unit above this one on this day; null at the top or before it existed.",
  })
  async parentOn(
    @Root() unit: OrgUnit,
    @Args(() => OrgUnitOnArgs) args: OrgUnitOnArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit | null> {
    const change = changeOn(await ctx.loaders.orgUnitHistory.load(unit.id), args.date);
    return change?.parent ? ctx.loaders.orgUnit.load(change.parent.id) : null;
  }
}

@Resolver(() => OrgUnitChange)
export class OrgUnitChangeResolver {
  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The parent from this change on; null at the top.",
  })
  parent(
    @Root() change: OrgUnitChange,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<OrgUnit | null> {
    return change.parent ? ctx.loaders.orgUnit.load(change.parent.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "Who made the change; null when it was not made by a person (e.g. the initial load).",
  })
  changedBy(@Root() change: OrgUnitChange): Person | null {
    return change.changedById ? { id: change.changedById } : null;
  }
}
