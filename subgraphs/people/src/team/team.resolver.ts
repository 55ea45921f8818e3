import {
  Arg,
  Args,
  Ctx,
  Float,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Internal } from "@campus/access";
import { badUserInput, forbidden, isTerm, type RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs, paginateOrdered, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { VolunteerService } from "../volunteer/volunteer-service.entity";
import { VolunteerTermArgs } from "../volunteer/volunteer-service.input";
import { hoursKey } from "../volunteer/volunteer-service.loader";
import { VolunteerHoursService } from "../volunteer/volunteer-hours.service";
import { TeamMembership } from "./team-membership.entity";
import { Team } from "./team.entity";
import {
  AddTeamMemberInput,
  CreateTeamInput,
  EndTeamMembershipInput,
  TeamArgs,
} from "./team.input";
import { TeamService } from "./team.service";

type Context = RequestContext<Loaders>;

const TeamMembershipConnection = ConnectionType(TeamMembership);

async function personOf(ctx: Context, id: string): Promise<Person> {
  const person = await ctx.loaders.person.load(id);
  if (!person) throw new Error(`person ${id} is missing`);
  return person;
}

/** A term argument, checked: BAD_USER_INPUT unless it reads like 2026-2027-1. */
export function termArg(args: VolunteerTermArgs): string | null {
  const term = args.term?.trim() || null;
  if (term && !isTerm(term)) throw badUserInput(`${term} is not a term (e.g. 2026-2027-1)`, "term");
  return term;
}

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => [Team], {
    description:
      "The teams the caller leads or belongs to now, by name (every team for an administrator; at most 200).",
  })
  teams(@Ctx() ctx: Context): Promise<Team[]> {
    return new TeamService(ctx).mine();
  }

  @Query(() => [ID], {
    description:
      "Of these ids (at most 50), those that name a team: existence only, for organisation's temporary branches through the gateway's relay.",
  })
  @Internal()
  knownTeams(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<string[]> {
    return new TeamService(ctx).known(ids);
  }

  @Query(() => Team, {
    description: "One team: for its leader, its members (present and past) and administrators.",
  })
  team(@Args(() => TeamArgs) args: TeamArgs, @Ctx() ctx: Context): Promise<Team> {
    return new TeamService(ctx).team(args.id);
  }

  @Mutation(() => Team, { description: "Creates a team with its leader. Administrators." })
  createTeam(
    @Arg("input", () => CreateTeamInput) input: CreateTeamInput,
    @Ctx() ctx: Context,
  ): Promise<Team> {
    return new TeamService(ctx).create(input);
  }

  @Mutation(() => TeamMembership, {
    description: "A student joins a team. The team's leader or an administrator.",
  })
  addTeamMember(
    @Arg("input", () => AddTeamMemberInput) input: AddTeamMemberInput,
    @Ctx() ctx: Context,
  ): Promise<TeamMembership> {
    return new TeamService(ctx).addMember(input);
  }

  @Mutation(() => TeamMembership, {
    description: "A member leaves a team on a date. The team's leader or an administrator.",
  })
  endTeamMembership(
    @Arg("input", () => EndTeamMembershipInput) input: EndTeamMembershipInput,
    @Ctx() ctx: Context,
  ): Promise<TeamMembership> {
    return new TeamService(ctx).endMembership(input);
  }

  @FieldResolver(() => Person)
  leader(@Root() team: Team, @Ctx() ctx: Context): Promise<Person> {
    return personOf(ctx, team.leaderId);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller runs the team (its leader or an administrator).",
  })
  viewerRuns(@Root() team: Team, @Ctx() ctx: Context): boolean {
    return new TeamService(ctx).runs(team);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller is one of its present members (and so may log hours for it).",
  })
  async viewerIsMember(@Root() team: Team, @Ctx() ctx: Context): Promise<boolean> {
    const me = ctx.caller.personId;
    if (!me) return false;
    const memberships = await ctx.loaders.teamMembershipsByPerson.load(me);
    return memberships.some((m) => m.team.id === team.id && m.leftOn === null);
  }

  @FieldResolver(() => TeamMembershipConnection, {
    description: "The present members, longest-standing first.",
  })
  async members(
    @Root() team: Team,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<TeamMembership>> {
    if (!(await new TeamService(ctx).sees(team)))
      throw forbidden("only the team's leader, its members or an administrator see its members");
    return paginateOrdered(ctx.em, TeamMembership, { team, leftOn: null }, page, "joinedOn", "asc");
  }

  @FieldResolver(() => [VolunteerService], {
    description:
      "Hours logged for the team awaiting verification, oldest first (at most 200). The team's leader or an administrator.",
  })
  pendingVolunteerService(@Root() team: Team, @Ctx() ctx: Context): Promise<VolunteerService[]> {
    return new VolunteerHoursService(ctx).pending(team);
  }

  @FieldResolver(() => Float, {
    description: "Verified volunteer hours of all its members, in a term or in all.",
  })
  async verifiedHours(
    @Root() team: Team,
    @Args(() => VolunteerTermArgs) args: VolunteerTermArgs,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const term = termArg(args);
    if (!(await new TeamService(ctx).sees(team)))
      throw forbidden("only the team's leader, its members or an administrator see its hours");
    return ctx.loaders.verifiedHoursByTeam.load(hoursKey(team.id, term));
  }
}

@Resolver(() => TeamMembership)
export class TeamMembershipResolver {
  @FieldResolver(() => Float, {
    description:
      "The member's verified volunteer hours in this team, in a term or in all. The team's leader, an administrator or the member.",
  })
  async verifiedHours(
    @Root() membership: TeamMembership,
    @Args(() => VolunteerTermArgs) args: VolunteerTermArgs,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const term = termArg(args);
    const team = await ctx.loaders.team.load(membership.team.id);
    if (!team) throw new Error(`team ${membership.team.id} is missing`);
    if (ctx.caller.personId !== membership.personId)
      new TeamService(ctx).assertRuns(team, "see each member's hours");
    return ctx.loaders.verifiedHoursByMembership.load(
      hoursKey(`${team.id}:${membership.personId}`, term),
    );
  }

  @FieldResolver(() => Person)
  person(@Root() membership: TeamMembership, @Ctx() ctx: Context): Promise<Person> {
    return personOf(ctx, membership.personId);
  }

  @FieldResolver(() => Team)
  async team(@Root() membership: TeamMembership, @Ctx() ctx: Context): Promise<Team> {
    const team = await ctx.loaders.team.load(membership.team.id);
    if (!team) throw new Error(`team ${membership.team.id} is missing`);
    return team;
  }
}
