import { LockMode } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  termOf,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { placeKindOf } from "../duty/places.graph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { TeamRole } from "../team/team.enums";
import { TeamMembership } from "../team/team-membership.entity";
import { Team } from "../team/team.entity";
import { TeamService } from "../team/team.service";
import { VolunteerHoursService } from "../volunteer/volunteer-hours.service";
import { MAX_SERVICE_MINUTES } from "../volunteer/volunteer-service.workflow";
import { VolunteerActivity } from "./volunteer-activity.entity";
import {
  HOLDS_SLOT,
  VolunteerActivityState,
  VolunteerSignUpState,
} from "./volunteer-activity.enums";
import type { CreateVolunteerActivityInput } from "./volunteer-activity.input";
import { VolunteerSignUp } from "./volunteer-sign-up.entity";

const { OPEN, CANCELLED } = VolunteerActivityState;
const { SIGNED_UP, CHECKED_IN } = VolunteerSignUpState;

/** At most this many volunteers per activity. */
export const MAX_SLOTS = 200;
/** At most this many activities in one list. */
export const MAX_ACTIVITIES = 100;

/**
 * Volunteer activities (志愿活动), sign-up (报名) and check-in (签到). A team's activities are
 * organised by those who run it (its leader, an administrator) and by its cadres (骨干): they
 * announce, cancel and check in. Students sign up themselves: the team's present members, or any
 * student when the activity is open to all (星航志愿服务团 recruits campus-wide). A check-in records
 * the activity's hours through VolunteerHoursService, awaiting the leader's verification like hours
 * a member logs. Refusals change nothing.
 */
export class VolunteerActivityService {
  private readonly teams: TeamService;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.teams = new TeamService(ctx);
  }

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /** Does the caller organise the team's activities: runs it, or is one of its present cadres? */
  async organises(team: Team): Promise<boolean> {
    if (this.teams.runs(team)) return true;
    const me = this.me;
    if (!me) return false;
    const memberships = await this.ctx.loaders.teamMembershipsByPerson.load(me);
    return memberships.some(
      (m) => m.team.id === team.id && m.leftOn === null && m.role === TeamRole.CADRE,
    );
  }

  private async assertOrganises(team: Team, action: string): Promise<void> {
    if (!(await this.organises(team)))
      throw forbidden(`only the team's leader, its cadres or an administrator ${action}`, {
        teamId: team.id,
      });
  }

  /** 发布志愿活动. */
  async create(input: CreateVolunteerActivityInput): Promise<VolunteerActivity> {
    const me = this.me;
    const { startsAt, endsAt } = input;
    const title = input.title.trim();
    const place = input.place?.trim() || null;
    const gridId = input.gridId ?? null;
    if (!place && !gridId) throw badUserInput("say where: a place, a grid or both", "input.place");
    if (endsAt.getTime() <= startsAt.getTime())
      throw badUserInput("input.endsAt must be after input.startsAt", "input.endsAt");
    if (endsAt.getTime() - startsAt.getTime() > MAX_SERVICE_MINUTES * 60_000)
      throw badUserInput(
        `an activity lasts at most ${MAX_SERVICE_MINUTES / 60} hours; announce longer service day by day`,
        "input.endsAt",
      );
    if (endsAt.getTime() <= Date.now())
      throw badUserInput("this activity is already over", "input.endsAt");
    if (!Number.isInteger(input.slots) || input.slots < 1 || input.slots > MAX_SLOTS)
      throw badUserInput(`slots are 1 to ${MAX_SLOTS}`, "input.slots");
    const team = await this.ctx.loaders.team.load(input.teamId);
    if (!team) throw badUserInput(`team ${input.teamId} does not exist`, "input.teamId");
    await this.assertOrganises(team, "announce its activities");
    if (!me) throw forbidden("an activity is announced by a person");
    // Asked through the graph (organisation's grids); null: no graph to ask (a lone subgraph's test).
    const kind = gridId ? await placeKindOf(this.ctx, gridId) : null;
    if (kind !== null && kind !== "GRID")
      throw badUserInput(`no grid has the id ${gridId}`, "input.gridId");
    return this.ctx.em.transactional(async (em) =>
      em.create(VolunteerActivity, {
        team: em.getReference(Team, team.id),
        title,
        place,
        gridId,
        startsAt,
        endsAt,
        slots: input.slots,
        openToAllStudents: input.openToAllStudents,
        term: termOf(today(startsAt)),
        state: OPEN,
        createdById: me,
      }),
    );
  }

  /** 取消活动: before it starts. Sign-ups stay, and show the activity cancelled. */
  async cancel(activityId: string): Promise<VolunteerActivity> {
    return this.ctx.em.transactional(async (em) => {
      const activity = await em.findOne(
        VolunteerActivity,
        { id: activityId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!activity) throw notFound("volunteer activity", activityId);
      await this.assertOrganises(
        await em.findOneOrFail(Team, { id: activity.team.id }),
        "cancel its activities",
      );
      if (activity.state === CANCELLED)
        throw codedError("CONFLICT", "this activity is already cancelled", { id: activity.id });
      if (activity.startsAt.getTime() <= Date.now())
        throw badUserInput("an activity that has started is not cancelled", "input.activityId");
      activity.state = CANCELLED;
      activity.cancelledAt = new Date();
      activity.cancelledById = this.me;
      return activity;
    });
  }

  /**
   * 报名: the caller signs up. The activity's row is locked, so of simultaneous sign-ups for the
   * last slot one gets it and the others a CONFLICT; the student's row is locked too, so their
   * sign-ups are checked for overlap one after the other.
   */
  async signUp(activityId: string): Promise<VolunteerSignUp> {
    const me = this.me;
    if (!me) throw forbidden("students sign up for volunteer activities");
    return this.ctx.em.transactional(async (em) => {
      const activity = await em.findOne(
        VolunteerActivity,
        { id: activityId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!activity) throw notFound("volunteer activity", activityId);
      const person = await em.findOne(Person, { id: me }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (person?.kind !== PersonKind.STUDENT)
        throw forbidden("students sign up for volunteer activities");
      if (!activity.openToAllStudents) {
        const member = await em.count(TeamMembership, {
          team: activity.team,
          personId: me,
          leftOn: null,
        });
        if (!member)
          throw forbidden("this activity is for the team's members", {
            teamId: activity.team.id,
          });
      }
      if (activity.state !== OPEN)
        throw codedError("CONFLICT", "this activity was cancelled", { id: activity.id });
      if (activity.endsAt.getTime() <= Date.now())
        throw badUserInput("this activity is over", "input.activityId");
      const existing = await em.findOne(VolunteerSignUp, { activity, personId: me });
      if (existing && existing.state !== VolunteerSignUpState.CANCELLED)
        throw codedError("CONFLICT", "you have already signed up for this activity", {
          id: existing.id,
        });
      const taken = await em.count(VolunteerSignUp, { activity, state: { $in: [...HOLDS_SLOT] } });
      if (taken >= activity.slots)
        throw codedError("CONFLICT", `all ${activity.slots} slots are taken`, {
          id: activity.id,
        });
      const overlap = await em.findOne(
        VolunteerSignUp,
        {
          personId: me,
          state: { $in: [...HOLDS_SLOT] },
          activity: {
            id: { $ne: activity.id },
            state: OPEN,
            startsAt: { $lt: activity.endsAt },
            endsAt: { $gt: activity.startsAt },
          },
        },
        { populate: ["activity"], comments: label("people.signUpOverlap") },
      );
      if (overlap)
        throw badUserInput(
          `this activity overlaps ${overlap.activity.title}, which you signed up for`,
          "input.activityId",
        );
      if (existing) {
        existing.state = SIGNED_UP;
        existing.signedUpAt = new Date();
        existing.cancelledAt = null;
        return existing;
      }
      return em.create(VolunteerSignUp, { activity, personId: me, state: SIGNED_UP });
    });
  }

  /** 取消报名: the student's own, before the activity starts. */
  async cancelSignUp(signUpId: string): Promise<VolunteerSignUp> {
    return this.ctx.em.transactional(async (em) => {
      const signUp = await em.findOne(
        VolunteerSignUp,
        { id: signUpId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!signUp) throw notFound("volunteer sign-up", signUpId);
      if (signUp.personId !== this.me)
        throw forbidden("a sign-up is cancelled by the student who made it");
      const activity = await em.findOneOrFail(VolunteerActivity, { id: signUp.activity.id });
      if (signUp.state === VolunteerSignUpState.CANCELLED)
        throw codedError("CONFLICT", "this sign-up is already cancelled", { id: signUp.id });
      if (signUp.state === CHECKED_IN)
        throw codedError("CONFLICT", "you were checked in: the sign-up stands", { id: signUp.id });
      if (activity.startsAt.getTime() <= Date.now())
        throw badUserInput("the activity has started: the sign-up stands", "input.signUpId");
      signUp.state = VolunteerSignUpState.CANCELLED;
      signUp.cancelledAt = new Date();
      return signUp;
    });
  }

  /**
   * 签到: an organiser marks a signed-up student present, once the activity has started. The
   * check-in records the activity's hours for the student, SUBMITTED, through the same place hours
   * are logged (so they never overlap the student's other hours) and await the leader's
   * verification. Checking in again returns the sign-up as it is and records nothing.
   */
  async checkIn(signUpId: string): Promise<VolunteerSignUp> {
    const me = this.me;
    return this.ctx.em.transactional(async (em) => {
      const signUp = await em.findOne(
        VolunteerSignUp,
        { id: signUpId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!signUp) throw notFound("volunteer sign-up", signUpId);
      const activity = await em.findOneOrFail(VolunteerActivity, { id: signUp.activity.id });
      const team = await em.findOneOrFail(Team, { id: activity.team.id });
      await this.assertOrganises(team, "check volunteers in");
      if (!me) throw forbidden("a check-in is made by a person");
      if (signUp.state === CHECKED_IN) return signUp;
      if (signUp.state === VolunteerSignUpState.CANCELLED)
        throw codedError("CONFLICT", "this sign-up was cancelled", { id: signUp.id });
      if (activity.state !== OPEN)
        throw codedError("CONFLICT", "this activity was cancelled", { id: activity.id });
      if (activity.startsAt.getTime() > Date.now())
        throw badUserInput("check-in opens when the activity starts", "input.signUpId");
      if (signUp.personId === me) throw forbidden("nobody checks themselves in");
      signUp.service = await new VolunteerHoursService(this.ctx).submit(em, {
        team,
        personId: signUp.personId,
        byPersonId: me,
        activity: activity.title,
        place: activity.place,
        startsAt: activity.startsAt,
        endsAt: activity.endsAt,
      });
      signUp.state = CHECKED_IN;
      signUp.checkedInAt = new Date();
      signUp.checkedInById = me;
      return signUp;
    });
  }

  /** A team's activities: those not over, soonest first, then the last ones over, latest first. */
  async ofTeam(team: Team): Promise<VolunteerActivity[]> {
    if (!(await this.teams.sees(team)))
      throw forbidden("only the team's leader, its members or an administrator see its activities");
    return this.ctx.loaders.volunteerActivitiesByTeam.load(team.id);
  }

  /** One activity: for those who see its team, and any student when it is open to all. */
  async one(id: string): Promise<VolunteerActivity> {
    const activity = await this.ctx.loaders.volunteerActivity.load(id);
    if (!activity) throw notFound("volunteer activity", id);
    if (activity.openToAllStudents && this.ctx.access.hasRole("student")) return activity;
    const team = await this.ctx.loaders.team.load(activity.team.id);
    if (!team || !(await this.teams.sees(team)))
      throw forbidden("only the team's leader, its members or an administrator see its activities");
    return activity;
  }

  /** The activities the caller may sign up for now: open, not over, soonest first. */
  async open(): Promise<VolunteerActivity[]> {
    const me = this.me;
    if (!me) return [];
    const person = await this.ctx.loaders.person.load(me);
    if (person?.kind !== PersonKind.STUDENT) return [];
    const memberships = await this.ctx.loaders.teamMembershipsByPerson.load(me);
    const teamIds = memberships.filter((m) => m.leftOn === null).map((m) => m.team.id);
    return this.ctx.em.find(
      VolunteerActivity,
      {
        state: OPEN,
        endsAt: { $gt: new Date() },
        $or: [{ openToAllStudents: true }, { team: { $in: teamIds } }],
      },
      {
        orderBy: { startsAt: "asc", id: "asc" },
        limit: MAX_ACTIVITIES,
        comments: label("people.openVolunteerActivities"),
      },
    );
  }

  /** The caller's own sign-ups, cancelled ones included, latest activity first. */
  async mine(): Promise<VolunteerSignUp[]> {
    const me = this.me;
    if (!me) return [];
    return this.ctx.em.find(
      VolunteerSignUp,
      { personId: me },
      {
        orderBy: { activity: { startsAt: "desc" }, id: "asc" },
        limit: MAX_ACTIVITIES,
        comments: label("people.mySignUps"),
      },
    );
  }

  /** Who signed up (personal data): the team's organisers only. */
  async signUps(activity: VolunteerActivity): Promise<VolunteerSignUp[]> {
    const team = await this.ctx.loaders.team.load(activity.team.id);
    if (!team) throw new Error(`team ${activity.team.id} is missing`);
    await this.assertOrganises(team, "see who signed up");
    return this.ctx.loaders.volunteerSignUpsByActivity.load(activity.id);
  }
}
