import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { Team } from "../team/team.entity";
import { VolunteerService } from "../volunteer/volunteer-service.entity";
import { VolunteerActivity } from "./volunteer-activity.entity";
import {
  CreateVolunteerActivityInput,
  VolunteerActivityIdInput,
  VolunteerSignUpIdInput,
} from "./volunteer-activity.input";
import { signUpKey } from "./volunteer-activity.loader";
import { VolunteerActivityService } from "./volunteer-activity.service";
import { VolunteerSignUp } from "./volunteer-sign-up.entity";

type Context = RequestContext<Loaders>;

async function teamOf(ctx: Context, id: string): Promise<Team> {
  const team = await ctx.loaders.team.load(id);
  if (!team) throw new Error(`team ${id} is missing`);
  return team;
}

@Resolver(() => VolunteerActivity)
export class VolunteerActivityResolver {
  @Query(() => [VolunteerActivity], {
    description:
      "The volunteer activities the caller may sign up for now: open, not over, of their teams or open to all students; soonest first (at most 100).",
  })
  volunteerActivities(@Ctx() ctx: Context): Promise<VolunteerActivity[]> {
    return new VolunteerActivityService(ctx).open();
  }

  @Query(() => VolunteerActivity, {
    description:
      "One volunteer activity: for its team's leader, members and administrators, and for any student when it is open to all.",
  })
  volunteerActivity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<VolunteerActivity> {
    return new VolunteerActivityService(ctx).one(id);
  }

  @Query(() => [VolunteerSignUp], {
    description: "The caller's own sign-ups, cancelled ones included, latest activity first.",
  })
  myVolunteerSignUps(@Ctx() ctx: Context): Promise<VolunteerSignUp[]> {
    return new VolunteerActivityService(ctx).mine();
  }

  @Mutation(() => VolunteerActivity, {
    description:
      "Announces a team's volunteer activity (发布志愿活动). The team's leader, a cadre or an administrator.",
  })
  createVolunteerActivity(
    @Arg("input", () => CreateVolunteerActivityInput) input: CreateVolunteerActivityInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerActivity> {
    return new VolunteerActivityService(ctx).create(input);
  }

  @Mutation(() => VolunteerActivity, {
    description:
      "Cancels an activity before it starts (取消活动). The team's leader, a cadre or an administrator.",
  })
  cancelVolunteerActivity(
    @Arg("input", () => VolunteerActivityIdInput) input: VolunteerActivityIdInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerActivity> {
    return new VolunteerActivityService(ctx).cancel(input.activityId);
  }

  @Mutation(() => VolunteerSignUp, {
    description:
      "The calling student signs up (报名): an open activity of their team, or one open to all students; never beyond its slots, twice, or overlapping another they signed up for.",
  })
  signUpForVolunteerActivity(
    @Arg("input", () => VolunteerActivityIdInput) input: VolunteerActivityIdInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerSignUp> {
    return new VolunteerActivityService(ctx).signUp(input.activityId);
  }

  @Mutation(() => VolunteerSignUp, {
    description: "The student cancels their sign-up before the activity starts (取消报名).",
  })
  cancelVolunteerSignUp(
    @Arg("input", () => VolunteerSignUpIdInput) input: VolunteerSignUpIdInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerSignUp> {
    return new VolunteerActivityService(ctx).cancelSignUp(input.signUpId);
  }

  @Mutation(() => VolunteerSignUp, {
    description:
      "Checks a signed-up student in (签到) once the activity has started: records its hours for them, awaiting the leader's verification. Again: nothing more is recorded. The team's leader, a cadre or an administrator.",
  })
  checkInVolunteer(
    @Arg("input", () => VolunteerSignUpIdInput) input: VolunteerSignUpIdInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerSignUp> {
    return new VolunteerActivityService(ctx).checkIn(input.signUpId);
  }

  @FieldResolver(() => Team)
  team(@Root() activity: VolunteerActivity, @Ctx() ctx: Context): Promise<Team> {
    return teamOf(ctx, activity.team.id);
  }

  @FieldResolver(() => Grid, { nullable: true, description: "The grid (网格) it serves in." })
  grid(@Root() activity: VolunteerActivity): Grid | null {
    return activity.gridId ? { id: activity.gridId, residentIds: [] } : null;
  }

  @FieldResolver(() => Int, { description: "Slots taken: sign-ups not cancelled." })
  signedUpCount(@Root() activity: VolunteerActivity, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.volunteerSlotsTaken.load(activity.id);
  }

  @FieldResolver(() => VolunteerSignUp, {
    nullable: true,
    description: "The caller's own sign-up, whatever its state; null if they never signed up.",
  })
  viewerSignUp(
    @Root() activity: VolunteerActivity,
    @Ctx() ctx: Context,
  ): Promise<VolunteerSignUp | null> | null {
    const me = ctx.caller.personId;
    return me ? ctx.loaders.volunteerSignUpOf.load(signUpKey(activity.id, me)) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the caller organises it (the team's leader, a cadre or an administrator): cancels it, sees who signed up, checks them in.",
  })
  async viewerOrganises(
    @Root() activity: VolunteerActivity,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new VolunteerActivityService(ctx).organises(await teamOf(ctx, activity.team.id));
  }

  @FieldResolver(() => [VolunteerSignUp], {
    description:
      "Who signed up and has not cancelled, first come first: personal data, for the team's leader, its cadres and administrators only.",
  })
  signUps(@Root() activity: VolunteerActivity, @Ctx() ctx: Context): Promise<VolunteerSignUp[]> {
    return new VolunteerActivityService(ctx).signUps(activity);
  }
}

@Resolver(() => VolunteerSignUp)
export class VolunteerSignUpResolver {
  @FieldResolver(() => Person, { description: "The student." })
  async person(@Root() signUp: VolunteerSignUp, @Ctx() ctx: Context): Promise<Person> {
    const person = await ctx.loaders.person.load(signUp.personId);
    if (!person) throw new Error(`person ${signUp.personId} is missing`);
    return person;
  }

  @FieldResolver(() => VolunteerActivity)
  async activity(@Root() signUp: VolunteerSignUp, @Ctx() ctx: Context): Promise<VolunteerActivity> {
    const activity = await ctx.loaders.volunteerActivity.load(signUp.activity.id);
    if (!activity) throw new Error(`activity ${signUp.activity.id} is missing`);
    return activity;
  }

  @FieldResolver(() => VolunteerService, {
    nullable: true,
    description: "The hours the check-in recorded (and where their verification stands).",
  })
  service(@Root() signUp: VolunteerSignUp, @Ctx() ctx: Context) {
    return signUp.service ? ctx.loaders.volunteerService.load(signUp.service.id) : null;
  }
}

@Resolver(() => Team)
export class TeamVolunteerActivityResolver {
  @FieldResolver(() => [VolunteerActivity], {
    description:
      "Its volunteer activities: those not over, soonest first, then those of the last 120 days, latest first (at most 100). Its leader, members and administrators.",
  })
  volunteerActivities(@Root() team: Team, @Ctx() ctx: Context): Promise<VolunteerActivity[]> {
    return new VolunteerActivityService(ctx).ofTeam(team);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the caller organises its activities: its leader, a cadre or an administrator.",
  })
  viewerOrganises(@Root() team: Team, @Ctx() ctx: Context): Promise<boolean> {
    return new VolunteerActivityService(ctx).organises(team);
  }
}
