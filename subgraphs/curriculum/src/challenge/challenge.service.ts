import {
  badUserInput,
  forbidden,
  notFound,
  requiredText,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Loaders } from "../loaders";
import { PartnerOrganisation } from "../partner/partner.entity";
import { organises, postsInOwnName } from "../climb/organisers";
import { partnersOfCaller } from "../partner/partner.service";
import { assertKind } from "../person/person-kinds";
import type { Person } from "../person/person.reference";
import type { ChallengeClaim } from "./challenge-claim.entity";
import { Challenge } from "./challenge.entity";
import { ChallengeStatus, ChallengeStep } from "./challenge.enums";
import type { MoveChallengeInput, PostChallengeInput } from "./challenge.input";
import { challengeStep } from "./challenge.workflow";

/** The challenge, locked until the transaction ends: claims and approvals queue on it. */
export async function lockChallenge(em: EntityManager, id: string): Promise<Challenge> {
  const challenge = await em.findOne(
    Challenge,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockChallenge"),
    },
  );
  if (!challenge) throw notFound("challenge", id);
  return challenge;
}

/**
 * Who may do what with challenges (揭榜立项). A challenge is run by whoever posted it, the contacts
 * of its partner organisation and organisers (administrators); they publish, close or withdraw it
 * and decide its claims. Published and closed challenges are on the board for every signed-in
 * caller; drafts and withdrawn ones only for those who run them.
 */
export class ChallengeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /** Whether the caller runs the challenge: its poster, its partner's contact or an organiser. */
  async runs(challenge: Challenge): Promise<boolean> {
    if (organises(this.ctx)) return true;
    if (this.me && challenge.postedById === this.me) return true;
    return (
      challenge.partner !== null && (await partnersOfCaller(this.ctx)).has(challenge.partner.id)
    );
  }

  async assertRuns(challenge: Challenge, action: string): Promise<void> {
    if (!(await this.runs(challenge)))
      throw forbidden(
        `only the challenge's poster, its partner organisation or an organiser may ${action}`,
        { challengeId: challenge.id },
      );
  }

  async sees(challenge: Challenge): Promise<boolean> {
    if (
      challenge.status === ChallengeStatus.PUBLISHED ||
      challenge.status === ChallengeStatus.CLOSED
    )
      return true;
    return this.runs(challenge);
  }

  async byId(id: string): Promise<Challenge> {
    const challenge = await this.ctx.loaders.challenge.load(id);
    if (!challenge) throw notFound("challenge", id);
    if (!(await this.sees(challenge)))
      throw forbidden("a challenge not on the board is seen only by those who run it", {
        challengeId: id,
      });
    return challenge;
  }

  /**
   * Posts a DRAFT. A partner's contact posts for a partner they act for; an organiser for any
   * partner or none; other staff in their own name. The mentor must be a member of staff.
   */
  async post(input: PostChallengeInput): Promise<Challenge> {
    const partnerId = input.partnerId ?? null;
    const mine = await partnersOfCaller(this.ctx);
    if (partnerId === null) {
      if (!postsInOwnName(this.ctx))
        throw forbidden(
          "a challenge is posted by staff, or for a partner organisation by its contact",
        );
    } else if (!organises(this.ctx) && !mine.has(partnerId))
      throw forbidden(
        "only the partner's contacts or an organiser post for a partner organisation",
      );
    if (!this.me) throw forbidden("a challenge is posted by a person");
    if (input.teamSizeMax < input.teamSizeMin)
      throw badUserInput("teamSizeMax must not be below teamSizeMin", "input.teamSizeMax");
    if (input.deadline < today()) throw badUserInput("the deadline has passed", "input.deadline");
    await assertKind(this.ctx, [{ id: input.mentorId, field: "input.mentorId" }], "STAFF");
    return this.ctx.em.transactional(async (em) => {
      const partner = partnerId ? await em.findOne(PartnerOrganisation, { id: partnerId }) : null;
      if (partnerId && !partner)
        throw badUserInput(`no partner organisation has the id ${partnerId}`, "input.partnerId");
      const challenge = em.create(Challenge, {
        partner,
        title: requiredText(input.title, "input.title"),
        problem: requiredText(input.problem, "input.problem", 4000),
        requirements: requiredText(input.requirements, "input.requirements", 4000),
        deliverables: requiredText(input.deliverables, "input.deliverables", 4000),
        mentorId: input.mentorId,
        deadline: input.deadline,
        teamSizeMin: input.teamSizeMin,
        teamSizeMax: input.teamSizeMax,
        teamsWanted: input.teamsWanted,
        postedById: this.me,
        postedAt: new Date(),
      });
      await em.flush();
      return challenge;
    });
  }

  /** Publishes, closes or withdraws, by the table in challenge.workflow.ts; who and when kept. */
  async move(input: MoveChallengeInput): Promise<Challenge> {
    return this.ctx.em.transactional(async (em) => {
      const challenge = await lockChallenge(em, input.challengeId);
      await this.assertRuns(challenge, `${input.step.toLowerCase()} it`);
      const to = challengeStep(challenge.status, input.step);
      const now = new Date();
      if (input.step === ChallengeStep.PUBLISH) {
        if (challenge.deadline < today(now))
          throw badUserInput("the deadline has passed; post the challenge again", "step");
        challenge.publishedAt = now;
        challenge.publishedById = this.me;
      } else {
        challenge.endedAt = now;
        challenge.endedById = this.me;
      }
      challenge.status = to;
      return challenge;
    });
  }

  /** The board (揭榜大厅): published challenges, the nearest deadline first. */
  board(args: PageArgs): Promise<Connection<Challenge>> {
    return paginateOrdered(
      this.ctx.em,
      Challenge,
      { status: ChallengeStatus.PUBLISHED, deadline: { $gte: today() } },
      args,
      "deadline",
      "asc",
    );
  }

  /** The challenges the caller runs (all of them for an organiser), newest first. */
  async mine(args: PageArgs): Promise<Connection<Challenge>> {
    const partners = [...(await partnersOfCaller(this.ctx))];
    const where = organises(this.ctx)
      ? {}
      : {
          $or: [
            { postedById: this.me ?? "00000000-0000-0000-0000-000000000000" },
            { partner: { $in: partners } },
          ],
        };
    return paginateOrdered(this.ctx.em, Challenge, where, args, "postedAt", "desc");
  }

  async partner(challenge: Challenge): Promise<PartnerOrganisation | null> {
    return challenge.partner ? this.ctx.loaders.partner.load(challenge.partner.id) : null;
  }

  /**
   * The claims the caller may see, oldest first: all of them for those who run the challenge, its
   * mentor and staff; for a student, the claims of teams they are on.
   */
  async claims(challenge: Challenge): Promise<ChallengeClaim[]> {
    const claims = await this.ctx.loaders.claimsByChallenge.load(challenge.id);
    if (this.ctx.access.isStaff() || challenge.mentorId === this.me || (await this.runs(challenge)))
      return claims;
    const me = this.me;
    return me ? claims.filter((c) => c.leaderId === me || c.memberIds.includes(me)) : [];
  }

  async approvedCount(challenge: Challenge): Promise<number> {
    return (await this.ctx.loaders.claimsByChallenge.load(challenge.id)).filter(
      (c) => c.status === "APPROVED",
    ).length;
  }

  mentor(challenge: Challenge): Person {
    return { id: challenge.mentorId };
  }
}
