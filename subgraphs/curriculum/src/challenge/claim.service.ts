import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  requiredText,
  cleanText,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Loaders } from "../loaders";
import { assertKind } from "../person/person-kinds";
import type { Person } from "../person/person.reference";
import { ProjectRole, ProjectStatus } from "../project/project.enums";
import { Project, ProjectMember, ProjectTransition } from "../project/project.entity";
import { ChallengeClaim } from "./challenge-claim.entity";
import type { Challenge } from "./challenge.entity";
import { ChallengeStatus, ClaimDecision, ClaimStatus } from "./challenge.enums";
import type { ClaimChallengeInput, DecideClaimInput } from "./challenge.input";
import { ChallengeService, lockChallenge } from "./challenge.service";
import { CHALLENGE_PROJECT_TIER, MAX_CLAIMS, teamSizeRefusal } from "./challenge.workflow";

/**
 * Claims of challenges (揭榜) and their decision (立项). Both lock the challenge's row, so claims
 * and approvals of one challenge run one after the other: approvals never pass the number of
 * teams it takes (CONFLICT), and once that many are approved new claims are refused (CONFLICT).
 */
export class ClaimService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async claim(input: ClaimChallengeInput): Promise<ChallengeClaim> {
    const leaderId = this.ctx.caller.personId;
    if (!leaderId || !this.ctx.access.hasRole("student"))
      throw forbidden("a challenge is claimed by a student, who leads the team");
    const memberIds = [...new Set(input.memberIds)];
    if (memberIds.includes(leaderId))
      throw badUserInput("the leader is not listed among the other members", "input.memberIds");
    const proposal = requiredText(input.proposal, "input.proposal", 4000);
    const challenge = await this.ctx.loaders.challenge.load(input.challengeId);
    if (!challenge) throw notFound("challenge", input.challengeId);
    const sizeRefusal = teamSizeRefusal(
      memberIds.length + 1,
      challenge.teamSizeMin,
      challenge.teamSizeMax,
    );
    if (sizeRefusal) throw badUserInput(sizeRefusal, "input.memberIds");
    await assertKind(
      this.ctx,
      memberIds.map((id, i) => ({ id, field: `input.memberIds.${i}` })),
      "STUDENT",
    );
    return this.ctx.em.transactional(async (em) => {
      const locked = await lockChallenge(em, input.challengeId);
      if (locked.status !== ChallengeStatus.PUBLISHED)
        throw badUserInput(
          `this challenge is ${locked.status}; only a published one is claimed`,
          "input.challengeId",
        );
      if (locked.deadline < today())
        throw badUserInput("the challenge's deadline has passed", "input.challengeId");
      const active = await em.find(
        ChallengeClaim,
        { challenge: locked.id, status: { $in: [ClaimStatus.PENDING, ClaimStatus.APPROVED] } },
        { comments: label("curriculum.activeClaims") },
      );
      if (active.filter((c) => c.status === ClaimStatus.APPROVED).length >= locked.teamsWanted)
        throw codedError(
          "CONFLICT",
          `the challenge has approved the ${locked.teamsWanted} team(s) it takes`,
          {
            challengeId: locked.id,
          },
        );
      if ((await em.count(ChallengeClaim, { challenge: locked.id })) >= MAX_CLAIMS)
        throw codedError("CONFLICT", `the challenge has taken the ${MAX_CLAIMS} claims it reads`, {
          challengeId: locked.id,
        });
      const team = new Set([leaderId, ...memberIds]);
      const taken = active.find((c) => [c.leaderId, ...c.memberIds].some((id) => team.has(id)));
      if (taken)
        throw codedError(
          "CONFLICT",
          "a student of this team is already on a claim of this challenge",
          {
            claimId: taken.id,
          },
        );
      const claim = em.create(ChallengeClaim, {
        challenge: locked,
        leaderId,
        memberIds,
        proposal,
        claimedAt: new Date(),
      });
      await em.flush();
      return claim;
    });
  }

  /**
   * The poster's (or an organiser's) decision. Approval makes the team a Project (立项) with the
   * challenge's mentor, its first transition recorded; it is refused with CONFLICT once the
   * challenge has approved as many teams as it takes.
   */
  async decide(input: DecideClaimInput): Promise<ChallengeClaim> {
    const note = cleanText(input.note);
    if (input.decision === ClaimDecision.REJECT && !note)
      throw badUserInput("a rejection needs a note saying why", "input.note");
    const claim0 = await this.ctx.loaders.claim.load(input.claimId);
    if (!claim0) throw notFound("challenge claim", input.claimId);
    return this.ctx.em.transactional(async (em) => {
      const challenge = await lockChallenge(em, claim0.challenge.id);
      await new ChallengeService(this.ctx).assertRuns(challenge, "decide its claims");
      const claim = await em.findOneOrFail(
        ChallengeClaim,
        { id: input.claimId },
        {
          lockMode: LockMode.PESSIMISTIC_WRITE,
          refresh: true,
          comments: label("curriculum.lockClaim"),
        },
      );
      if (claim.status !== ClaimStatus.PENDING)
        throw badUserInput(`this claim is already ${claim.status}`, "input.claimId");
      const now = new Date();
      claim.decidedAt = now;
      claim.decidedById = this.ctx.caller.personId;
      claim.decisionNote = note;
      if (input.decision === ClaimDecision.REJECT) {
        claim.status = ClaimStatus.REJECTED;
        return claim;
      }
      if (
        challenge.status !== ChallengeStatus.PUBLISHED &&
        challenge.status !== ChallengeStatus.CLOSED
      )
        throw badUserInput(
          `this challenge is ${challenge.status}; its claims cannot be approved`,
          "input.claimId",
        );
      const approved = await em.count(
        ChallengeClaim,
        { challenge: challenge.id, status: ClaimStatus.APPROVED },
        { comments: label("curriculum.approvedClaims") },
      );
      if (approved >= challenge.teamsWanted)
        throw codedError(
          "CONFLICT",
          `the challenge has approved the ${challenge.teamsWanted} team(s) it takes`,
          {
            challengeId: challenge.id,
          },
        );
      claim.status = ClaimStatus.APPROVED;
      this.startProject(em, challenge, claim, now, note);
      await em.flush();
      return claim;
    });
  }

  private startProject(
    em: EntityManager,
    challenge: Challenge,
    claim: ChallengeClaim,
    at: Date,
    note: string | null,
  ): void {
    const project = em.create(Project, {
      challenge,
      claim,
      title: challenge.title,
      tier: CHALLENGE_PROJECT_TIER,
      leaderId: claim.leaderId,
      mentorId: challenge.mentorId,
      startedAt: at,
    });
    em.create(ProjectMember, { project, personId: claim.leaderId, role: ProjectRole.LEADER });
    for (const personId of claim.memberIds)
      em.create(ProjectMember, { project, personId, role: ProjectRole.MEMBER });
    em.create(ProjectTransition, {
      project,
      from: null,
      to: ProjectStatus.ACTIVE,
      byId: this.ctx.caller.personId,
      at,
      note,
    });
  }

  leader(claim: ChallengeClaim): Person {
    return { id: claim.leaderId };
  }

  members(claim: ChallengeClaim): Person[] {
    return [claim.leaderId, ...claim.memberIds].map((id) => ({ id }));
  }

  async challenge(claim: ChallengeClaim): Promise<Challenge> {
    const challenge = await this.ctx.loaders.challenge.load(claim.challenge.id);
    if (!challenge) throw notFound("challenge", claim.challenge.id);
    return challenge;
  }

  async project(claim: ChallengeClaim): Promise<Project | null> {
    return (await this.ctx.loaders.projectByClaim.load(claim.id))[0] ?? null;
  }
}
