import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { EvaluationScheme } from "./evaluation-scheme.entity";
import { GrowthEvent } from "./growth-event.entity";
import { GrowthDomain } from "./growth.enums";
import { termOf } from "./growth.term";

/**
 * The dataset's growth events, and, when it has any, a scheme for the current term (weighted
 * towards 智, as the university's 综合测评 is), so the demo shows a stored scheme next to the default.
 */
export async function seedGrowth(
  em: EntityManager,
  data: Dataset,
  now: Date = new Date(),
): Promise<void> {
  const events = data.growthEvents ?? [];
  for (const row of events) {
    em.create(GrowthEvent, {
      id: row.id,
      personId: row.personId,
      domain: row.domain as GrowthDomain,
      kind: row.kind,
      title: row.title,
      points: row.points,
      occurredOn: row.occurredOn,
      term: termOf(row.occurredOn),
      source: row.source,
      sourceKey: row.sourceKey,
    });
  }
  if (!events.length) return;
  const term = termOf(today(now));
  if (await em.count(EvaluationScheme, { term })) return;
  em.create(EvaluationScheme, {
    term,
    weights: [
      { domain: GrowthDomain.MORAL, weight: 0.25 },
      { domain: GrowthDomain.INTELLECTUAL, weight: 0.35 },
      { domain: GrowthDomain.PHYSICAL, weight: 0.15 },
      { domain: GrowthDomain.AESTHETIC, weight: 0.1 },
      { domain: GrowthDomain.LABOUR, weight: 0.15 },
    ],
    pointsForFullMarks: 12,
  });
}
