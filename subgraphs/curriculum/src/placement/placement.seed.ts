import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { PartnerOrganisation } from "../partner/partner.entity";
import { Placement, PlacementTransition } from "./placement.entity";
import { PlacementGrade, PlacementKind, PlacementStatus } from "./placement.enums";
import { emitPlacementEvaluated } from "./placement.events";

/** When the seed's placement facts happened: fixed moments, so a reseed writes the same rows. */
const PROPOSED_AT = new Date("2026-06-01T02:00:00.000Z");
const RECOMMENDED_AT = new Date("2026-06-10T02:00:00.000Z");
const DECIDED_AT = new Date("2026-06-20T02:00:00.000Z");
const ENDED_AT = (endsOn: string) => new Date(`${endsOn}T10:00:00.000Z`);

const { PROPOSED, RECOMMENDED, ACCEPTED, EVALUATED, DECLINED, WITHDRAWN } = PlacementStatus;

/**
 * Placements with the history PlacementService writes for their status (proposed by the student,
 * recommended by the college, decided and evaluated by the supervisor, withdrawn by the student);
 * an evaluated one's growth event goes through the outbox as the service's would.
 */
export async function seedPlacements(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.placements ?? []) {
    const status = row.status as PlacementStatus;
    const evaluated = status === EVALUATED;
    const placement = em.create(Placement, {
      id: row.id,
      studentId: row.studentId,
      kind: row.kind as PlacementKind,
      partner: row.partnerId ? em.getReference(PartnerOrganisation, row.partnerId) : null,
      teamName: row.teamName,
      topic: row.topic,
      supervisorId: row.supervisorId,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status,
      recommendation: status === PROPOSED || status === WITHDRAWN ? null : row.recommendation,
      grade: evaluated ? ((row.grade ?? "GOOD") as PlacementGrade) : null,
      evaluation: evaluated ? row.evaluation : null,
      evaluatedById: evaluated ? row.supervisorId : null,
      evaluatedAt: evaluated ? ENDED_AT(row.endsOn) : null,
      proposedById: row.studentId,
      proposedAt: PROPOSED_AT,
    });
    const step = (
      from: PlacementStatus | null,
      to: PlacementStatus,
      byId: string | null,
      at: Date,
      note: string | null = null,
    ) => em.create(PlacementTransition, { placement, from, to, byId, at, note });
    step(null, PROPOSED, row.studentId, PROPOSED_AT);
    if (status === WITHDRAWN) {
      step(PROPOSED, WITHDRAWN, row.studentId, RECOMMENDED_AT, "个人原因");
      continue;
    }
    if (status === PROPOSED) continue;
    step(PROPOSED, RECOMMENDED, row.recommendedById, RECOMMENDED_AT, row.recommendation);
    if (status === RECOMMENDED) continue;
    if (status === DECLINED) {
      step(RECOMMENDED, DECLINED, row.supervisorId, DECIDED_AT, "团队名额已满");
      continue;
    }
    step(RECOMMENDED, ACCEPTED, row.supervisorId, DECIDED_AT);
    if (!evaluated) continue;
    step(ACCEPTED, EVALUATED, row.supervisorId, ENDED_AT(row.endsOn), row.evaluation);
    const host = row.partnerId
      ? ((data.partners ?? []).find((p) => p.id === row.partnerId)?.name ?? "")
      : (row.teamName ?? "");
    await em.flush();
    await em.transactional((tx) => emitPlacementEvaluated(tx, placement, host, row.endsOn));
  }
}
