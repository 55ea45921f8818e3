import type { EntityManager } from "@mikro-orm/postgresql";
import { campusDayStart, today } from "@campus/subgraph";
import {
  emitEvent,
  growthRecordDelivery,
  outboxGraph,
  outboxRelayJob,
  type GrowthPayload,
} from "@campus/subgraph/outbox";
import type { GovernancePost } from "../governance-post/governance-post.entity";
import { GovernancePostKind } from "../governance-post/governance-post.enums";
import type { Loaders } from "../loaders";
import type { PartyDevelopment } from "../party-development/party-development.entity";
import { PartyStage } from "../party-development/party-development.enums";
import type { TeamMembership } from "../team/team-membership.entity";
import type { Team } from "../team/team.entity";
import { TeamRole } from "../team/team.enums";
import type { VolunteerService } from "../volunteer/volunteer-service.entity";

/**
 * What people tells other subgraphs, through its outbox (README, "Events between subgraphs"):
 * verified volunteer hours, cadre posts taken (a team's cadre or student leader, a governance
 * post) and admission to the party, for the student's
 * growth record in evaluation (`recordGrowthEvents`, lent to people by the gateway's relay). Each
 * event is written in its fact's transaction, keyed by the fact, so it reaches the record once.
 */

export const OUTBOX_RELAY_JOB = "people-outbox-relay";

/** Points an hour of verified volunteer service (志愿服务) counts: a 4-hour activity counts 2. */
const POINTS_PER_VOLUNTEER_HOUR = 0.5;
/** Points a cadre post (学生干部: a team's cadre or its student leader) counts when taken. */
const CADRE_POST_POINTS = 1;

/** 志愿服务时长认定: the leader verified a member's hours; the record counts them. */
export async function emitVolunteerHoursVerified(
  em: EntityManager,
  service: VolunteerService,
  team: Team,
): Promise<void> {
  const hours = Math.round((service.minutes / 60) * 100) / 100;
  await emitEvent(em, {
    key: `volunteer-service:${service.id}`,
    type: "VOLUNTEER_HOURS_VERIFIED",
    subject: service.personId,
    payload: {
      domain: "MORAL",
      kind: "VOLUNTEER_HOURS",
      title: `志愿服务 ${hours} 小时：${service.activity}（${team.name}）`.slice(0, 200),
      points: Math.round(hours * POINTS_PER_VOLUNTEER_HOUR * 100) / 100,
      occurredOn: today(service.startsAt),
    } satisfies GrowthPayload,
  });
}

/** A member admitted as a team's cadre (骨干): a student cadre post, counted once per membership. */
export async function emitCadreMembership(
  em: EntityManager,
  membership: TeamMembership,
  team: Team,
): Promise<void> {
  if (membership.role !== TeamRole.CADRE) return;
  await emitEvent(em, {
    key: `team-cadre:${membership.id}`,
    type: "CADRE_POST_TAKEN",
    subject: membership.personId,
    payload: {
      domain: "MORAL",
      kind: "CADRE_POST",
      title: `学生骨干：${team.name}`.slice(0, 200),
      points: CADRE_POST_POINTS,
      occurredOn: membership.joinedOn,
    } satisfies GrowthPayload,
  });
}

/** A student made a team's leader (负责人): a cadre post, counted once per team and leader. */
export async function emitStudentLeader(
  em: EntityManager,
  team: Team,
  occurredOn: string,
): Promise<void> {
  await emitEvent(em, {
    key: `team-leader:${team.id}:${team.leaderId}`,
    type: "CADRE_POST_TAKEN",
    subject: team.leaderId,
    payload: {
      domain: "MORAL",
      kind: "CADRE_POST",
      title: `队伍负责人：${team.name}`.slice(0, 200),
      points: CADRE_POST_POINTS,
      occurredOn,
    } satisfies GrowthPayload,
  });
}

const GOVERNANCE_POST_TITLE: Record<GovernancePostKind, string> = {
  [GovernancePostKind.FLOOR_HEAD]: "楼层长",
  [GovernancePostKind.DORM_HEAD]: "宿舍长",
  [GovernancePostKind.SAFETY_OFFICER]: "安全员",
};

/**
 * A student appointed to a governance post (学生自治岗位: 楼层长, 宿舍长, 安全员): a cadre post,
 * counted once per post from its first day; a post that starts later waits for that day (the
 * growth record takes no day in the future).
 */
export async function emitGovernancePost(em: EntityManager, post: GovernancePost): Promise<void> {
  await emitEvent(em, {
    key: `governance-post:${post.id}`,
    type: "CADRE_POST_TAKEN",
    subject: post.holderId,
    payload: {
      domain: "MORAL",
      kind: "CADRE_POST",
      title: `学生自治岗位：${GOVERNANCE_POST_TITLE[post.kind]}`,
      points: CADRE_POST_POINTS,
      occurredOn: post.startsOn,
    } satisfies GrowthPayload,
    notBefore: campusDayStart(post.startsOn),
  });
}

const ADMISSION_TITLE: Partial<Record<PartyStage, string>> = {
  [PartyStage.PROBATIONARY_MEMBER]: "党员发展：接收为中共预备党员",
  [PartyStage.FULL_MEMBER]: "党员发展：转为中共正式党员",
};

/**
 * Admission to the party (接收为预备党员) and full membership (转正) reach the growth record, as a
 * record without points: both are announced (公示, the branch general meeting), while the earlier
 * stages, their dates and a cancelled probation stay party development's own, read under PARTY
 * (SECURITY.md). Once per development and stage.
 */
export async function emitPartyStage(
  em: EntityManager,
  development: PartyDevelopment,
  stage: PartyStage,
  effectiveOn: string,
): Promise<void> {
  const title = ADMISSION_TITLE[stage];
  if (!title) return;
  await emitEvent(em, {
    key: `party-stage:${development.id}:${stage}`,
    type: "PARTY_STAGE_REACHED",
    subject: development.personId,
    payload: {
      domain: "MORAL",
      kind: "PARTY_MEMBERSHIP",
      title,
      points: 0,
      occurredOn: effectiveOn,
    } satisfies GrowthPayload,
  });
}

export const outboxRelay = outboxRelayJob<Loaders>({
  name: OUTBOX_RELAY_JOB,
  everySeconds: 10,
  maxAttempts: 5,
  batchSize: 200,
  deliver: growthRecordDelivery<Loaders>("people"),
});

export const peopleOutbox = outboxGraph({ producer: "people", relayJob: OUTBOX_RELAY_JOB });
