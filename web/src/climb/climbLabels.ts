import type {
  AwardLevel,
  ChallengeStatus,
  ClaimStatus,
  MilestoneStatus,
  ProjectOutcome,
  ProjectStatus,
} from "../generated/graphql";
import type { MessageKey } from "../i18n/zh";
import type { Tone } from "../ui/tags";

export const CHALLENGE_STATUS: Readonly<Record<ChallengeStatus, MessageKey>> = {
  DRAFT: "climb.status.DRAFT",
  PUBLISHED: "climb.status.PUBLISHED",
  CLOSED: "climb.status.CLOSED",
  WITHDRAWN: "climb.status.WITHDRAWN",
};
export const CLAIM_STATUS: Readonly<Record<ClaimStatus, MessageKey>> = {
  PENDING: "climb.claim.PENDING",
  APPROVED: "climb.claim.APPROVED",
  REJECTED: "climb.claim.REJECTED",
};
export const PROJECT_STATUS: Readonly<Record<ProjectStatus, MessageKey>> = {
  ACTIVE: "climb.project.ACTIVE",
  CONCLUDED: "climb.project.CONCLUDED",
  ABANDONED: "climb.project.ABANDONED",
};
export const MILESTONE_STATUS: Readonly<Record<MilestoneStatus, MessageKey>> = {
  OPEN: "climb.milestone.OPEN",
  SUBMITTED: "climb.milestone.SUBMITTED",
  ACCEPTED: "climb.milestone.ACCEPTED",
  RETURNED: "climb.milestone.RETURNED",
};
export const OUTCOME: Readonly<Record<ProjectOutcome, MessageKey>> = {
  REPORT: "climb.outcome.REPORT",
  AWARD: "climb.outcome.AWARD",
  PAPER: "climb.outcome.PAPER",
  PATENT: "climb.outcome.PATENT",
};
export const AWARD_LEVEL: Readonly<Record<AwardLevel, MessageKey>> = {
  SCHOOL: "climb.award.SCHOOL",
  PROVINCIAL: "climb.award.PROVINCIAL",
  NATIONAL: "climb.award.NATIONAL",
  INTERNATIONAL: "climb.award.INTERNATIONAL",
};

const TONE: Readonly<Record<string, Tone>> = {
  PUBLISHED: "active",
  ACTIVE: "active",
  PENDING: "warn",
  SUBMITTED: "warn",
  APPROVED: "done",
  ACCEPTED: "done",
  CONCLUDED: "done",
  RETURNED: "alert",
  REJECTED: "muted",
  WITHDRAWN: "muted",
  ABANDONED: "muted",
  CLOSED: "muted",
};
export const statusTone = (status: string): Tone => TONE[status] ?? "plain";
