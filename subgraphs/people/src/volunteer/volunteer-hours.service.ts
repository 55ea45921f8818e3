import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  termOf,
  today,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { TeamMembership } from "../team/team-membership.entity";
import { Team } from "../team/team.entity";
import { TeamService } from "../team/team.service";
import { VolunteerServiceStatus } from "./volunteer-service.enums";
import { VolunteerService } from "./volunteer-service.entity";
import type {
  LogVolunteerServiceInput,
  RejectVolunteerServiceInput,
  VerifyVolunteerServiceInput,
} from "./volunteer-service.input";
import { VolunteerServiceTransition } from "./volunteer-service-transition.entity";
import { emitVolunteerHoursVerified } from "../outbox/people-events";
import { canDecide, HOLDS_TIME, MAX_SERVICE_MINUTES } from "./volunteer-service.workflow";

const { SUBMITTED, VERIFIED, REJECTED } = VolunteerServiceStatus;

/** At most this many records in the leader's queue at once, oldest first. */
export const MAX_PENDING = 200;

/**
 * Volunteer service hours (志愿服务时长): a member logs them, the team's leader (or an
 * administrator) verifies or rejects them; nobody decides on their own hours. Every step is a
 * VolunteerServiceTransition with who, when and why. Refusals change nothing.
 */
export class VolunteerHoursService {
  private readonly teams: TeamService;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.teams = new TeamService(ctx);
  }

  /** 登记志愿时长: the caller logs hours they served for one of their teams. */
  async log(input: LogVolunteerServiceInput): Promise<VolunteerService> {
    const me = this.ctx.caller.personId;
    if (!me) throw forbidden("only a team's member logs volunteer hours");
    const { startsAt, endsAt } = input;
    if (endsAt.getTime() <= startsAt.getTime())
      throw badUserInput("input.endsAt must be after input.startsAt", "input.endsAt");
    const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
    if (minutes > MAX_SERVICE_MINUTES)
      throw badUserInput(
        `one record covers at most ${MAX_SERVICE_MINUTES / 60} hours; log longer service day by day`,
        "input.endsAt",
      );
    if (endsAt.getTime() > Date.now())
      throw badUserInput(
        "hours are logged once served: input.endsAt is in the future",
        "input.endsAt",
      );
    const day = today(startsAt);
    return this.ctx.em.transactional(async (em) => {
      const team = await em.findOne(Team, { id: input.teamId });
      if (!team) throw badUserInput(`team ${input.teamId} does not exist`, "input.teamId");
      const memberships = await em.find(TeamMembership, { team, personId: me });
      if (!memberships.length)
        throw forbidden(`only members of ${team.name} log hours for it`, { teamId: team.id });
      if (!memberships.some((m) => m.joinedOn <= day && (m.leftOn === null || m.leftOn >= day)))
        throw badUserInput(`you were not a member of ${team.name} on ${day}`, "input.startsAt");
      return this.submit(em, {
        team,
        personId: me,
        byPersonId: me,
        activity: input.activity,
        place: input.place ?? null,
        startsAt,
        endsAt,
      });
    });
  }

  /**
   * Records served hours as SUBMITTED, awaiting the leader's decision: the one place hours are
   * written, whether the member logs them or a check-in at a team's activity records them. Refuses
   * hours overlapping the member's hours already submitted or verified. Runs inside the caller's
   * transaction.
   */
  async submit(
    em: EntityManager,
    hours: {
      team: Team;
      personId: string;
      /** Who wrote them down: the member, or whoever checked them in. */
      byPersonId: string;
      activity: string;
      place: string | null;
      startsAt: Date;
      endsAt: Date;
    },
  ): Promise<VolunteerService> {
    const { team, personId, startsAt, endsAt } = hours;
    const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
    // The member's row is locked: two records at once are checked for overlap one after the other.
    await em.findOneOrFail(Person, { id: personId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const overlap = await em.findOne(VolunteerService, {
      personId,
      status: { $in: [...HOLDS_TIME] },
      startsAt: { $lt: endsAt },
      endsAt: { $gt: startsAt },
    });
    if (overlap)
      throw codedError(
        "BAD_USER_INPUT",
        `these hours overlap hours already logged (${overlap.activity}, ${overlap.startsAt.toISOString()} to ${overlap.endsAt.toISOString()})`,
        { field: "input.startsAt", overlapsId: overlap.id },
      );
    const service = em.create(VolunteerService, {
      team,
      personId,
      activity: hours.activity.trim(),
      place: hours.place?.trim() || null,
      startsAt,
      endsAt,
      minutes,
      term: termOf(today(startsAt)),
      status: SUBMITTED,
    });
    em.create(VolunteerServiceTransition, {
      service,
      serviceVersion: 0,
      to: SUBMITTED,
      byPersonId: hours.byPersonId,
    });
    return service;
  }

  /**
   * 认定: the leader verifies logged hours. The one place hours become verified: what follows a
   * verification (the student's growth record) starts here.
   */
  async verify(input: VerifyVolunteerServiceInput): Promise<VolunteerService> {
    return this.decide(input.serviceId, VERIFIED, input.note?.trim() || null);
  }

  /** 不予认定: the leader rejects logged hours, with the reason. */
  async reject(input: RejectVolunteerServiceInput): Promise<VolunteerService> {
    return this.decide(input.serviceId, REJECTED, input.reason.trim());
  }

  /**
   * One decision, checked and recorded. Of two decisions on one record at once, one applies and
   * the other gets CONFLICT: the update checks the version it read (optimistic lock), and the
   * transition's (record, version) is unique.
   */
  private async decide(
    serviceId: string,
    to: VolunteerServiceStatus,
    note: string | null,
  ): Promise<VolunteerService> {
    const me = this.ctx.caller.personId;
    try {
      return await this.ctx.em.transactional(async (em) => {
        const service = await em.findOne(VolunteerService, { id: serviceId });
        if (!service) throw notFound("volunteer service", serviceId);
        const team = await em.findOneOrFail(Team, { id: service.team.id });
        this.teams.assertRuns(team, "verify or reject volunteer hours");
        if (!me) throw forbidden("a decision on volunteer hours is taken by a person");
        if (service.personId === me)
          throw forbidden("nobody verifies or rejects their own volunteer hours");
        if (!canDecide(service.status, to)) throw this.decided(service);
        // Hours from a check-in at an activity still under way are served only once it ends.
        if (to === VERIFIED && service.endsAt.getTime() > Date.now())
          throw badUserInput(
            `these hours run until ${service.endsAt.toISOString()}; verify them once they are served`,
            "input.serviceId",
          );
        const version = service.version;
        service.status = to;
        service.decidedById = me;
        service.decidedAt = new Date();
        service.reason = note;
        // UPDATE ... WHERE id = ? AND version = ?: fails if someone decided since we read it.
        await em.flush();
        em.create(VolunteerServiceTransition, {
          service,
          serviceVersion: version,
          from: SUBMITTED,
          to,
          byPersonId: me,
          at: service.decidedAt,
          note,
        });
        if (to === VERIFIED) await emitVolunteerHoursVerified(em, service, team);
        return service;
      });
    } catch (error) {
      if (
        error instanceof OptimisticLockError ||
        error instanceof UniqueConstraintViolationException
      )
        throw codedError(
          "CONFLICT",
          `volunteer service ${serviceId} was decided by someone else at the same time; reload`,
          { id: serviceId },
        );
      throw error;
    }
  }

  /** The refusal of a decision on a record already decided: CONFLICT, saying how it stands. */
  private decided(service: VolunteerService) {
    return codedError(
      "CONFLICT",
      `these hours were already ${service.status === VERIFIED ? "verified" : "rejected"}${service.decidedAt ? ` at ${service.decidedAt.toISOString()}` : ""}`,
      { id: service.id, status: service.status },
    );
  }

  /** The leader's queue: the team's hours awaiting a decision, oldest first. */
  async pending(team: Team): Promise<VolunteerService[]> {
    this.teams.assertRuns(team, "see the hours awaiting verification");
    return this.ctx.em.find(
      VolunteerService,
      { team, status: SUBMITTED },
      { orderBy: { startsAt: "asc", id: "asc" }, limit: MAX_PENDING },
    );
  }
}
