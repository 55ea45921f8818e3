import {
  badUserInput,
  forbidden,
  notFound,
  optionalText,
  requiredText,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection } from "@campus/subgraph/data";
import { LockMode, type EntityManager, type FilterQuery } from "@mikro-orm/postgresql";
import { ClimbTier } from "../climb/climb-tier.entity";
import { tierRefusal } from "../climb/climb-tier.rules";
import { CompetitionEntry, CompetitionEntryMember } from "../competition/competition.entity";
import { CompetitionEntryStatus } from "../competition/competition.enums";
import type { Loaders } from "../loaders";
import { PartnerOrganisation } from "../partner/partner.entity";
import { organises } from "../climb/organisers";
import { partnersOfCaller } from "../partner/partner.service";
import { assertKind } from "../person/person-kinds";
import type { Person } from "../person/person.reference";
import { Project, ProjectMember } from "../project/project.entity";
import { Placement, PlacementTransition } from "./placement.entity";
import { PlacementKind, PlacementPhase, PlacementStatus, phaseOf } from "./placement.enums";
import { emitPlacementEvaluated } from "./placement.events";
import type {
  EvaluatePlacementInput,
  PlacementDecisionInput,
  PlacementsArgs,
  ProposePlacementInput,
  RecommendPlacementInput,
} from "./placement.input";
import { assertPlacementTransition } from "./placement.workflow";

/** Most placements Person.placements lists (a student has a handful). */
export const MAX_PERSON_PLACEMENTS = 100;
/** The longest period a placement may run, in days (two years). */
export const MAX_PLACEMENT_DAYS = 731;
/** The tier whose students are placed. */
export const PLACEMENT_TIER = 3;

async function lockPlacement(em: EntityManager, id: string): Promise<Placement> {
  const placement = await em.findOne(
    Placement,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockPlacement"),
    },
  );
  if (!placement) throw notFound("placement", id);
  return placement;
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Placements of tier-3 students (攀登计划第三层级: 推荐进入院士、领军团队或企业长期实习). A student on
 * tier 3, or who meets its rule, proposes one (or an organiser for them); an administrator or the
 * student's college administrator recommends it; the host (its contacts, the supervisor or an
 * organiser) accepts or declines; the supervisor or an organiser evaluates it once its period has
 * ended, and a passing grade reaches the student's growth record through the outbox. The student
 * or an organiser withdraws it before acceptance.
 */
export class PlacementService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /** Administrators, and a college administrator for the students in their scope. */
  recommends(placement: Pick<Placement, "studentId">): boolean {
    return (
      organises(this.ctx) ||
      (this.ctx.access.hasRole("college_admin") && this.ctx.access.sees(placement.studentId))
    );
  }

  /** The host decides: its contacts (for a partner), the supervisor, or an organiser. */
  async decidesForHost(placement: Placement): Promise<boolean> {
    if (organises(this.ctx) || (this.me !== null && this.me === placement.supervisorId))
      return true;
    return (
      placement.partner !== null && (await partnersOfCaller(this.ctx)).has(placement.partner.id)
    );
  }

  evaluates(placement: Placement): boolean {
    return organises(this.ctx) || (this.me !== null && this.me === placement.supervisorId);
  }

  withdraws(placement: Placement): boolean {
    return organises(this.ctx) || (this.me !== null && this.me === placement.studentId);
  }

  private async sees(placement: Placement): Promise<boolean> {
    const { access } = this.ctx;
    if (organises(this.ctx) || access.hasRole("service") || access.sees(placement.studentId))
      return true;
    if (this.me === placement.supervisorId) return true;
    return (
      placement.partner !== null && (await partnersOfCaller(this.ctx)).has(placement.partner.id)
    );
  }

  /** Why the student may not be placed, or null: they stand on tier 3 or meet its rule. */
  private async tierRefusal(em: EntityManager, studentId: string): Promise<string | null> {
    const current = await em.findOne(
      ClimbTier,
      { personId: studentId },
      { orderBy: { setAt: "desc", id: "desc" }, comments: label("curriculum.placementTier") },
    );
    if ((current?.tier ?? 0) >= PLACEMENT_TIER) return null;
    const memberships = await em.find(
      ProjectMember,
      { personId: studentId },
      { comments: label("curriculum.placementProjects") },
    );
    const projects = memberships.length
      ? await em.find(
          Project,
          { id: { $in: memberships.map((m) => m.project.id) } },
          { comments: label("curriculum.placementProjectFacts") },
        )
      : [];
    const entryMemberships = await em.find(
      CompetitionEntryMember,
      { personId: studentId },
      { comments: label("curriculum.placementEntries") },
    );
    const results = entryMemberships.length
      ? await em.find(
          CompetitionEntry,
          {
            id: { $in: entryMemberships.map((m) => m.entry.id) },
            status: CompetitionEntryStatus.RESULT_RECORDED,
          },
          { comments: label("curriculum.placementEntryFacts") },
        )
      : [];
    const refusal = tierRefusal(
      PLACEMENT_TIER - 1,
      PLACEMENT_TIER,
      projects,
      results.flatMap((e) => (e.result ? [{ entryId: e.id, result: e.result }] : [])),
    );
    return refusal
      ? `a placement is for students on tier 3 of the climb plan or who meet its rule: ${refusal}`
      : null;
  }

  async propose(input: ProposePlacementInput): Promise<Placement> {
    const organiser = organises(this.ctx);
    if (input.studentId && !organiser && input.studentId !== this.me)
      throw forbidden(
        "a student proposes a placement for themselves; an organiser names the student",
      );
    if (!input.studentId && !this.ctx.access.hasRole("student"))
      throw forbidden(
        "a student proposes a placement for themselves; an organiser names the student",
      );
    const studentId = input.studentId ?? this.me;
    if (!studentId) throw forbidden("a student proposes a placement for themselves");
    const topic = requiredText(input.topic, "input.topic", 500);
    const teamName = optionalText(input.teamName, "input.teamName", 200);
    if (input.partnerId && teamName)
      throw badUserInput(
        "the host is a partner organisation or a team named, not both",
        "input.teamName",
      );
    if (input.kind === PlacementKind.INTERNSHIP && !input.partnerId)
      throw badUserInput("an internship is with a partner organisation", "input.partnerId");
    if (!input.partnerId && !teamName)
      throw badUserInput(
        "name the host: a partner organisation or a research team",
        "input.teamName",
      );
    if (input.endsOn < input.startsOn)
      throw badUserInput("the placement ends on or after the day it starts", "input.endsOn");
    if (input.endsOn < today())
      throw badUserInput(
        "the placement's period is over; propose one that has not ended",
        "input.endsOn",
      );
    if (days(input.startsOn, input.endsOn) > MAX_PLACEMENT_DAYS)
      throw badUserInput("a placement runs at most two years", "input.endsOn");
    const partner = input.partnerId ? await this.ctx.loaders.partner.load(input.partnerId) : null;
    if (input.partnerId && !partner) throw notFound("partner organisation", input.partnerId);
    await assertKind(this.ctx, [{ id: studentId, field: "input.studentId" }], "STUDENT");
    await assertKind(this.ctx, [{ id: input.supervisorId, field: "input.supervisorId" }], "STAFF");
    return this.ctx.em.transactional(async (em) => {
      const refusal = await this.tierRefusal(em, studentId);
      if (refusal) throw badUserInput(refusal, "input.studentId");
      const now = new Date();
      const placement = em.create(Placement, {
        studentId,
        kind: input.kind,
        partner: partner ? em.getReference(PartnerOrganisation, partner.id) : null,
        teamName,
        topic,
        supervisorId: input.supervisorId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        proposedById: this.me,
        proposedAt: now,
      });
      em.create(PlacementTransition, {
        placement,
        from: null,
        to: PlacementStatus.PROPOSED,
        byId: this.me,
        at: now,
      });
      await em.flush();
      return placement;
    });
  }

  async recommend(input: RecommendPlacementInput): Promise<Placement> {
    const recommendation = requiredText(input.recommendation, "input.recommendation", 1000);
    return this.ctx.em.transactional(async (em) => {
      const placement = await lockPlacement(em, input.placementId);
      if (!this.recommends(placement))
        throw forbidden(
          "only an administrator or the student's college administrator recommends a placement",
          {
            placementId: placement.id,
          },
        );
      assertPlacementTransition(placement.status, PlacementStatus.RECOMMENDED);
      this.transition(em, placement, PlacementStatus.RECOMMENDED, recommendation);
      placement.recommendation = recommendation;
      return placement;
    });
  }

  async accept(input: PlacementDecisionInput): Promise<Placement> {
    const note = optionalText(input.note, "input.note", 1000);
    return this.ctx.em.transactional(async (em) => {
      const placement = await lockPlacement(em, input.placementId);
      if (!(await this.decidesForHost(placement)))
        throw forbidden("only the host, the supervisor or an organiser accepts a placement", {
          placementId: placement.id,
        });
      assertPlacementTransition(placement.status, PlacementStatus.ACCEPTED);
      this.transition(em, placement, PlacementStatus.ACCEPTED, note);
      return placement;
    });
  }

  async decline(input: PlacementDecisionInput): Promise<Placement> {
    const note = requiredText(input.note, "input.note", 1000);
    return this.ctx.em.transactional(async (em) => {
      const placement = await lockPlacement(em, input.placementId);
      if (!(await this.decidesForHost(placement)))
        throw forbidden("only the host, the supervisor or an organiser declines a placement", {
          placementId: placement.id,
        });
      assertPlacementTransition(placement.status, PlacementStatus.DECLINED);
      this.transition(em, placement, PlacementStatus.DECLINED, note);
      return placement;
    });
  }

  async withdraw(input: PlacementDecisionInput): Promise<Placement> {
    const note = requiredText(input.note, "input.note", 1000);
    return this.ctx.em.transactional(async (em) => {
      const placement = await lockPlacement(em, input.placementId);
      if (!this.withdraws(placement))
        throw forbidden("only the student or an organiser withdraws a placement", {
          placementId: placement.id,
        });
      assertPlacementTransition(placement.status, PlacementStatus.WITHDRAWN);
      this.transition(em, placement, PlacementStatus.WITHDRAWN, note);
      return placement;
    });
  }

  async evaluate(input: EvaluatePlacementInput): Promise<Placement> {
    const comment = requiredText(input.comment, "input.comment", 1000);
    return this.ctx.em.transactional(async (em) => {
      const placement = await lockPlacement(em, input.placementId);
      if (!this.evaluates(placement))
        throw forbidden("only the supervisor or an organiser evaluates a placement", {
          placementId: placement.id,
        });
      assertPlacementTransition(placement.status, PlacementStatus.EVALUATED);
      const now = new Date();
      const day = today(now);
      if (phaseOf(placement.startsOn, placement.endsOn, day) !== PlacementPhase.ENDED)
        throw badUserInput(
          `a placement is evaluated after its period ends (${placement.endsOn})`,
          "input.placementId",
        );
      this.transition(em, placement, PlacementStatus.EVALUATED, comment, now);
      placement.grade = input.grade;
      placement.evaluation = comment;
      placement.evaluatedById = this.me;
      placement.evaluatedAt = now;
      const host = placement.partner
        ? (
            await em.findOneOrFail(
              PartnerOrganisation,
              { id: placement.partner.id },
              { comments: label("curriculum.placementHost") },
            )
          ).name
        : (placement.teamName ?? "");
      await emitPlacementEvaluated(em, placement, host, day);
      return placement;
    });
  }

  private transition(
    em: EntityManager,
    placement: Placement,
    to: PlacementStatus,
    note: string | null,
    at = new Date(),
  ): void {
    em.create(PlacementTransition, {
      placement,
      from: placement.status,
      to,
      byId: this.me,
      at,
      note,
    });
    placement.status = to;
  }

  async byId(id: string): Promise<Placement> {
    const placement = await this.ctx.loaders.placement.load(id);
    if (!placement) throw notFound("placement", id);
    if (!(await this.sees(placement)))
      throw forbidden(
        "a placement is seen by its student, their staff, its supervisor, its host and organisers",
        { placementId: id },
      );
    return placement;
  }

  /**
   * Every placement, by status and phase: for organisers; a college administrator's holds the
   * students in their scope, the placements they recommend.
   */
  list(args: PlacementsArgs): Promise<Connection<Placement>> {
    const { access } = this.ctx;
    if (organises(this.ctx) || access.hasRole("service"))
      return paginateOrdered(this.ctx.em, Placement, this.where(args), args, "proposedAt", "desc");
    if (!access.hasRole("college_admin"))
      throw forbidden(
        "the list of placements is for organisers (administrators) and college administrators",
      );
    const students = access.students();
    const where: FilterQuery<Placement> =
      students === "all"
        ? this.where(args)
        : { $and: [this.where(args), { studentId: { $in: students } }] };
    return paginateOrdered(this.ctx.em, Placement, where, args, "proposedAt", "desc");
  }

  /** The placements the caller supervises. */
  supervised(args: PlacementsArgs): Promise<Connection<Placement>> {
    const me = this.me;
    if (!me || !this.ctx.access.isStaff()) throw forbidden("a supervisor is a member of staff");
    return paginateOrdered(
      this.ctx.em,
      Placement,
      { $and: [this.where(args), { supervisorId: me }] },
      args,
      "proposedAt",
      "desc",
    );
  }

  private where(args: PlacementsArgs): FilterQuery<Placement> {
    const day = today();
    const conditions: FilterQuery<Placement>[] = [];
    if (args.status) conditions.push({ status: args.status });
    if (args.phase === PlacementPhase.UPCOMING) conditions.push({ startsOn: { $gt: day } });
    if (args.phase === PlacementPhase.ONGOING)
      conditions.push({ startsOn: { $lte: day }, endsOn: { $gte: day } });
    if (args.phase === PlacementPhase.ENDED) conditions.push({ endsOn: { $lt: day } });
    return conditions.length ? { $and: conditions } : {};
  }

  /** A student's placements: the student, their staff in scope, organisers. */
  async ofPerson(person: Person): Promise<Placement[]> {
    const { access } = this.ctx;
    if (!organises(this.ctx) && !access.hasRole("service") && !access.sees(person.id))
      throw forbidden("a student's placements are seen by the student, their staff and organisers");
    const rows = await this.ctx.loaders.placementsByStudent.load(person.id);
    return rows.slice(0, MAX_PERSON_PLACEMENTS);
  }

  phase(placement: Placement): PlacementPhase {
    return phaseOf(placement.startsOn, placement.endsOn, today());
  }

  host(placement: Placement): Promise<PartnerOrganisation | null> | null {
    return placement.partner ? this.ctx.loaders.partner.load(placement.partner.id) : null;
  }

  history(placement: Placement): Promise<PlacementTransition[]> {
    return this.ctx.loaders.placementTransitions.load(placement.id);
  }
}
