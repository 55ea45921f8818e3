import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { today, type RequestContext } from "@campus/subgraph";
import { Building } from "../building/building.entity";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "../residence/person.reference";
import { Room } from "../room/room.entity";
import { PartyPost } from "./party-post.entity";
import { PartyPostService } from "./party-post.service";
import {
  AddVanguardTaskArgs,
  ChangePartyPostArgs,
  CompleteVanguardTaskArgs,
  CreatePartyPostArgs,
  CreateResponsibilityAreaArgs,
  CreateVanguardTeamArgs,
  EndPartyPostArgs,
  EndResponsibilityAreaArgs,
  ResponsibilityCoverageArgs,
} from "./partywork.input";
import { ResponsibilityArea } from "./responsibility-area.entity";
import { ResponsibilityAreaService } from "./responsibility-area.service";
import {
  BranchResponsibilityShare,
  BuildingResponsibilityShare,
  ResponsibilityCoverage,
} from "./responsibility-coverage.type";
import { VanguardTask, VanguardTaskTransition, VanguardTeam } from "./vanguard-team.entity";
import { VanguardTeamService } from "./vanguard-team.service";

type Ctx = RequestContext<Loaders>;
const OFFICERS = "The secretary of the branch responsible or an administrator.";

@Resolver(() => PartyPost)
export class PartyPostResolver {
  @Mutation(() => PartyPost, {
    description: `Sets up a party-member post (党员示范岗) in a grid or a room for a term. ${OFFICERS} BAD_USER_INPUT when the holder is not a probationary or full party member, the term ends before it starts, or the place has no responsible branch.`,
  })
  createPartyPost(@Args(() => CreatePartyPostArgs) args: CreatePartyPostArgs, @Ctx() ctx: Ctx) {
    return new PartyPostService(ctx).create(args.input);
  }

  @Mutation(() => PartyPost, {
    description: `Changes a running post's title, duties, holder or end of term. ${OFFICERS} CONFLICT once it has ended.`,
  })
  changePartyPost(@Args(() => ChangePartyPostArgs) args: ChangePartyPostArgs, @Ctx() ctx: Ctx) {
    return new PartyPostService(ctx).change(args.input);
  }

  @Mutation(() => PartyPost, {
    description: `Ends a post before its term runs out (today unless told). ${OFFICERS} CONFLICT once it has ended.`,
  })
  endPartyPost(@Args(() => EndPartyPostArgs) args: EndPartyPostArgs, @Ctx() ctx: Ctx) {
    return new PartyPostService(ctx).end(args.postId, args.endedOn);
  }

  @FieldResolver(() => Person, { description: "The party member who holds the post." })
  holder(@Root() post: PartyPost): Person {
    return { id: post.holderId };
  }

  @FieldResolver(() => Grid, { nullable: true, description: "The grid, for a post in a grid." })
  grid(@Root() post: PartyPost, @Ctx() ctx: Ctx): Promise<Grid | null> {
    return post.grid ? ctx.loaders.grid.load(post.grid.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Room, { nullable: true, description: "The room, for a post in a room." })
  room(@Root() post: PartyPost, @Ctx() ctx: Ctx): Promise<Room | null> {
    return post.room ? ctx.loaders.room.load(post.room.id) : Promise.resolve(null);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The branch responsible for the post's grid (a room's grid); null when none.",
  })
  async branch(@Root() post: PartyPost, @Ctx() ctx: Ctx): Promise<OrgUnit | null> {
    const id = await new PartyPostService(ctx).branchOf(post);
    return id ? ctx.loaders.orgUnit.load(id) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the post runs today: its term has started and not run out, and it was not ended (from endedOn on).",
  })
  current(@Root() post: PartyPost): boolean {
    const day = today();
    return (
      post.startsOn <= day && day <= post.endsOn && (post.endedOn === null || day < post.endedOn)
    );
  }
}

@Resolver(() => ResponsibilityArea)
export class ResponsibilityAreaResolver {
  @Mutation(() => ResponsibilityArea, {
    description: `Sets up a responsibility area (责任区): a party member of the branch looks after rooms and whole grids of the branch's grids. ${OFFICERS} BAD_USER_INPUT when the member is not a probationary or full party member or a place is not the branch's.`,
  })
  createResponsibilityArea(
    @Args(() => CreateResponsibilityAreaArgs) args: CreateResponsibilityAreaArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new ResponsibilityAreaService(ctx).create(args.input);
  }

  @Mutation(() => ResponsibilityArea, {
    description: `Ends a responsibility area today; its rooms no longer count as covered. ${OFFICERS} CONFLICT once it has ended.`,
  })
  endResponsibilityArea(
    @Args(() => EndResponsibilityAreaArgs) args: EndResponsibilityAreaArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new ResponsibilityAreaService(ctx).end(args.areaId);
  }

  @Query(() => ResponsibilityCoverage, {
    description:
      "责任区覆盖: the share of rooms inside some responsibility area per building and per branch. With branchId, that branch's grids (its secretary or an administrator); without, the whole campus (administrators).",
  })
  responsibilityCoverage(
    @Args(() => ResponsibilityCoverageArgs) args: ResponsibilityCoverageArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new ResponsibilityAreaService(ctx).coverage(args.branchId ?? null);
  }

  @FieldResolver(() => Person, { description: "The party member who looks after it." })
  member(@Root() area: ResponsibilityArea): Person {
    return { id: area.memberId };
  }

  @FieldResolver(() => OrgUnit)
  async branch(@Root() area: ResponsibilityArea, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    const unit = await ctx.loaders.orgUnit.load(area.branch.id);
    if (!unit) throw new Error(`responsibility area ${area.id} names no branch`);
    return unit;
  }

  @FieldResolver(() => [Room], { description: "The rooms named one by one." })
  async rooms(@Root() area: ResponsibilityArea, @Ctx() ctx: Ctx): Promise<Room[]> {
    const places = await ctx.loaders.placesByArea.load(area.id);
    const rooms = await ctx.loaders.room.loadMany(
      places.flatMap((p) => (p.room ? [p.room.id] : [])),
    );
    return rooms.filter((r): r is Room => r instanceof Room);
  }

  @FieldResolver(() => [Grid], { description: "The whole grids." })
  async grids(@Root() area: ResponsibilityArea, @Ctx() ctx: Ctx): Promise<Grid[]> {
    const places = await ctx.loaders.placesByArea.load(area.id);
    const grids = await ctx.loaders.grid.loadMany(
      places.flatMap((p) => (p.grid ? [p.grid.id] : [])),
    );
    return grids.filter((g): g is Grid => g instanceof Grid);
  }
}

@Resolver(() => BuildingResponsibilityShare)
export class BuildingResponsibilityShareResolver {
  @FieldResolver(() => Building)
  async building(@Root() row: BuildingResponsibilityShare, @Ctx() ctx: Ctx): Promise<Building> {
    const building = await ctx.loaders.building.load(row.buildingId);
    if (!building) throw new Error(`no building ${row.buildingId}`);
    return building;
  }
}

@Resolver(() => BranchResponsibilityShare)
export class BranchResponsibilityShareResolver {
  @FieldResolver(() => OrgUnit)
  async branch(@Root() row: BranchResponsibilityShare, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    const unit = await ctx.loaders.orgUnit.load(row.branchId);
    if (!unit) throw new Error(`no unit ${row.branchId}`);
    return unit;
  }
}

@Resolver(() => VanguardTeam)
export class VanguardTeamResolver {
  @Mutation(() => VanguardTeam, {
    description: `Sets up a vanguard team (党员先锋队) of a branch with its members. ${OFFICERS} BAD_USER_INPUT when a member is not a probationary or full party member.`,
  })
  createVanguardTeam(
    @Args(() => CreateVanguardTeamArgs) args: CreateVanguardTeamArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new VanguardTeamService(ctx).create(args.input);
  }

  @Mutation(() => VanguardTask, { description: `Gives a vanguard team a task. ${OFFICERS}` })
  addVanguardTask(@Args(() => AddVanguardTaskArgs) args: AddVanguardTaskArgs, @Ctx() ctx: Ctx) {
    return new VanguardTeamService(ctx).addTask(args.input);
  }

  @Mutation(() => VanguardTask, {
    description:
      "Reports a vanguard task done (OPEN → DONE), kept with who and when. A member of the team, the branch's secretary or an administrator; CONFLICT when it is done already.",
  })
  completeVanguardTask(
    @Args(() => CompleteVanguardTaskArgs) args: CompleteVanguardTaskArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new VanguardTeamService(ctx).complete(args.taskId, args.note);
  }

  @FieldResolver(() => OrgUnit)
  async branch(@Root() team: VanguardTeam, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    const unit = await ctx.loaders.orgUnit.load(team.branch.id);
    if (!unit) throw new Error(`vanguard team ${team.id} names no branch`);
    return unit;
  }

  @FieldResolver(() => [Person], {
    description:
      "Its party members, in the order they joined (those who joined together, as the team was set up, in no particular order).",
  })
  async members(@Root() team: VanguardTeam, @Ctx() ctx: Ctx): Promise<Person[]> {
    const rows = await ctx.loaders.membersByTeam.load(team.id);
    return rows.map((m) => ({ id: m.personId }));
  }

  @FieldResolver(() => [VanguardTask], { description: "Its tasks, oldest first." })
  tasks(@Root() team: VanguardTeam, @Ctx() ctx: Ctx): Promise<VanguardTask[]> {
    return ctx.loaders.tasksByTeam.load(team.id);
  }
}

@Resolver(() => VanguardTask)
export class VanguardTaskResolver {
  @FieldResolver(() => [VanguardTaskTransition], {
    description: "Every step: set, then done; oldest first.",
  })
  transitions(@Root() task: VanguardTask, @Ctx() ctx: Ctx): Promise<VanguardTaskTransition[]> {
    return ctx.loaders.transitionsByTask.load(task.id);
  }
}

@Resolver(() => VanguardTaskTransition)
export class VanguardTaskTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Null when not made by a person." })
  by(@Root() step: VanguardTaskTransition): Person | null {
    return step.byId ? { id: step.byId } : null;
  }
}

/** Party work on the places and units it happens in. */
@Resolver(() => Grid)
export class GridPartyPostsResolver {
  @FieldResolver(() => [PartyPost], {
    description: "The party-member posts running or ahead in the grid, its rooms' included.",
  })
  posts(@Root() grid: Grid, @Ctx() ctx: Ctx): Promise<PartyPost[]> {
    return ctx.loaders.postsByGrid.load(grid.id);
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitPartyworkResolver {
  @FieldResolver(() => [PartyPost], {
    description: "The posts running or ahead in the grids this branch is responsible for.",
  })
  partyPosts(@Root() unit: OrgUnit, @Ctx() ctx: Ctx): Promise<PartyPost[]> {
    return ctx.loaders.postsByBranch.load(unit.id);
  }

  @FieldResolver(() => [ResponsibilityArea], {
    description: "The branch's responsibility areas still looked after, by name.",
  })
  responsibilityAreas(@Root() unit: OrgUnit, @Ctx() ctx: Ctx): Promise<ResponsibilityArea[]> {
    return ctx.loaders.areasByBranch.load(unit.id);
  }

  @FieldResolver(() => [VanguardTeam], { description: "The branch's vanguard teams, by name." })
  vanguardTeams(@Root() unit: OrgUnit, @Ctx() ctx: Ctx): Promise<VanguardTeam[]> {
    return ctx.loaders.teamsByBranch.load(unit.id);
  }
}

@Resolver(() => Person)
export class PersonPartyPostsResolver {
  @FieldResolver(() => [PartyPost], {
    nullable: true,
    description: "The party-member posts this person holds or held, latest start first.",
  })
  partyPosts(@Root() person: Person, @Ctx() ctx: Ctx): Promise<PartyPost[]> {
    return ctx.loaders.postsByHolder.load(person.id);
  }
}
