import type { EntityManager } from "@mikro-orm/postgresql";
import type { ChallengeClaimSeed, ChallengeSeed, Dataset } from "@campus/demo-data";
import { PartnerOrganisation } from "../partner/partner.entity";
import { Milestone, MilestoneSubmission } from "../project/milestone.entity";
import {
  MilestoneStatus,
  ProjectRole,
  ProjectStatus,
  ReviewVerdict,
} from "../project/project.enums";
import { Project, ProjectMember, ProjectTransition } from "../project/project.entity";
import { ChallengeClaim } from "./challenge-claim.entity";
import { Challenge } from "./challenge.entity";
import { ChallengeStatus, ClaimStatus } from "./challenge.enums";
import { CHALLENGE_PROJECT_TIER } from "./challenge.workflow";

/** When the seed's climb-plan facts happened: a fixed day, so a reseed writes the same rows. */
const SEEDED_AT = new Date("2026-10-08T02:00:00.000Z");

/**
 * Challenges in their states, with their claims and projects, written with the history the
 * services write (who published, who decided, the project's first transition, each submission and
 * review), so the demo's rows read as if made in the app.
 */
export function seedChallenges(em: EntityManager, data: Dataset): void {
  for (const row of data.challenges ?? []) {
    const status = row.status as ChallengeStatus;
    const challenge = em.create(Challenge, {
      id: row.id,
      partner: row.partnerId ? em.getReference(PartnerOrganisation, row.partnerId) : null,
      title: row.title,
      problem: row.problem,
      requirements: row.requirements,
      deliverables: row.deliverables,
      mentorId: row.mentorId,
      deadline: row.deadline,
      teamSizeMin: row.teamSizeMin,
      teamSizeMax: row.teamSizeMax,
      teamsWanted: row.teamsWanted,
      status,
      postedById: row.postedById,
      postedAt: SEEDED_AT,
      publishedById: status === ChallengeStatus.DRAFT ? null : row.postedById,
      publishedAt: status === ChallengeStatus.DRAFT ? null : SEEDED_AT,
      endedById:
        status === ChallengeStatus.CLOSED || status === ChallengeStatus.WITHDRAWN
          ? row.postedById
          : null,
      endedAt:
        status === ChallengeStatus.CLOSED || status === ChallengeStatus.WITHDRAWN
          ? SEEDED_AT
          : null,
    });
    for (const claim of row.claims) seedClaim(em, row, challenge, claim);
  }
}

function seedClaim(
  em: EntityManager,
  row: ChallengeSeed,
  challenge: Challenge,
  seed: ChallengeClaimSeed,
) {
  const decided = seed.status !== "PENDING";
  const claim = em.create(ChallengeClaim, {
    id: seed.id,
    challenge,
    leaderId: seed.leaderId,
    memberIds: seed.memberIds,
    proposal: seed.proposal,
    status: seed.status as ClaimStatus,
    claimedAt: SEEDED_AT,
    decidedById: decided ? row.postedById : null,
    decidedAt: decided ? SEEDED_AT : null,
    decisionNote: seed.decisionNote,
  });
  if (!seed.project) return;
  const project = em.create(Project, {
    id: seed.project.id,
    challenge,
    claim,
    title: row.title,
    tier: CHALLENGE_PROJECT_TIER,
    leaderId: seed.leaderId,
    mentorId: row.mentorId,
    startedAt: SEEDED_AT,
  });
  em.create(ProjectMember, { project, personId: seed.leaderId, role: ProjectRole.LEADER });
  for (const personId of seed.memberIds)
    em.create(ProjectMember, { project, personId, role: ProjectRole.MEMBER });
  em.create(ProjectTransition, {
    project,
    to: ProjectStatus.ACTIVE,
    byId: row.postedById,
    at: SEEDED_AT,
    note: seed.decisionNote,
  });
  for (const m of seed.project.milestones) {
    const status = m.status as MilestoneStatus;
    const submitted = status !== MilestoneStatus.OPEN;
    const milestone = em.create(Milestone, {
      id: m.id,
      project,
      title: m.title,
      dueOn: m.dueOn,
      status,
      submittedAt: submitted ? SEEDED_AT : null,
    });
    if (submitted)
      em.create(MilestoneSubmission, {
        milestone,
        content: `${m.title}：阶段成果已上传`,
        submittedById: seed.leaderId,
        submittedAt: SEEDED_AT,
        verdict: status === MilestoneStatus.ACCEPTED ? ReviewVerdict.ACCEPT : null,
        reviewedById: status === MilestoneStatus.ACCEPTED ? row.mentorId : null,
        reviewedAt: status === MilestoneStatus.ACCEPTED ? SEEDED_AT : null,
      });
  }
}
