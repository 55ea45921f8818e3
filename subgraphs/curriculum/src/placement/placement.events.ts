import type { EntityManager } from "@mikro-orm/postgresql";
import { emitEvent, type GrowthPayload } from "@campus/subgraph/outbox";
import { PlacementGrade, PlacementKind } from "./placement.enums";
import type { Placement } from "./placement.entity";

/** Points an evaluated placement counts on the growth record, by grade; a fail counts none. */
export const PLACEMENT_POINTS: Readonly<Record<PlacementGrade, number>> = Object.freeze({
  [PlacementGrade.EXCELLENT]: 8,
  [PlacementGrade.GOOD]: 6,
  [PlacementGrade.PASS]: 4,
  [PlacementGrade.FAIL]: 0,
});
const GRADE_WORD: Record<PlacementGrade, string> = {
  [PlacementGrade.EXCELLENT]: "优秀",
  [PlacementGrade.GOOD]: "良好",
  [PlacementGrade.PASS]: "合格",
  [PlacementGrade.FAIL]: "不合格",
};
const KIND_WORD: Record<PlacementKind, string> = {
  [PlacementKind.RESEARCH_TEAM]: "科研团队",
  [PlacementKind.INTERNSHIP]: "长期实习",
};

/**
 * An evaluated placement reaches the student's growth record through the outbox, in the
 * evaluation's transaction, on the same path as a competition award (emitCompetitionAward). The
 * key is the placement's: a placement is evaluated once, and a redelivery changes nothing. A
 * failed placement earns no points and sends nothing.
 */
export async function emitPlacementEvaluated(
  em: EntityManager,
  placement: Placement,
  hostName: string,
  occurredOn: string,
): Promise<void> {
  const grade = placement.grade;
  if (!grade || PLACEMENT_POINTS[grade] <= 0) return;
  await emitEvent(em, {
    key: `placement-evaluated:${placement.id}`,
    type: "PLACEMENT_EVALUATED",
    subject: placement.studentId,
    payload: {
      domain: placement.kind === PlacementKind.INTERNSHIP ? "LABOUR" : "INTELLECTUAL",
      kind: "PLACEMENT_EVALUATED",
      title:
        `攀登计划${KIND_WORD[placement.kind]}（${GRADE_WORD[grade]}）：${hostName}·${placement.topic}`.slice(
          0,
          200,
        ),
      points: PLACEMENT_POINTS[grade],
      occurredOn,
    } satisfies GrowthPayload,
  });
}
