import {
  Arg,
  Args,
  Ctx,
  Field,
  Float,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { badUserInput, forbidden, isTerm, type RequestContext } from "@campus/subgraph";
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

@ObjectType({ description: "A member's verified volunteer hours in a team." })
export class MemberVolunteerHours {
  @Field(() => TeamMembership)
  membership!: TeamMembership;

  @Field(() => Float)
  hours!: number;
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

  @FieldResolver(() => [TeamMembership], {
    description: "The present members, longest-standing first.",
  })
  async members(@Root() team: Team, @Ctx() ctx: Context): Promise<TeamMembership[]> {
    if (!(await new TeamService(ctx).sees(team)))
      throw forbidden("only the team's leader, its members or an administrator see its members");
    return ctx.loaders.currentMembersByTeam.load(team.id);
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

  @FieldResolver(() => [MemberVolunteerHours], {
    description:
      "Each present member's verified hours, in a term or in all. The team's leader or an administrator.",
  })
  async memberHours(
    @Root() team: Team,
    @Args(() => VolunteerTermArgs) args: VolunteerTermArgs,
    @Ctx() ctx: Context,
  ): Promise<MemberVolunteerHours[]> {
    const term = termArg(args);
    new TeamService(ctx).assertRuns(team, "see each member's hours");
    const members = await ctx.loaders.currentMembersByTeam.load(team.id);
    const hours = await ctx.loaders.verifiedHoursByPerson.loadMany(
      members.map((m) => hoursKey(m.personId, term)),
    );
    return members.map((membership, i) => {
      const h = hours[i];
      if (h instanceof Error) throw h;
      return { membership, hours: h };
    });
  }
}

@Resolver(() => TeamMembership)
export class TeamMembershipResolver {
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
