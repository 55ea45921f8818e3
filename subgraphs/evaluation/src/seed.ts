import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { AssistanceCase } from "./assistance-case/assistance-case.entity";
import { seedAssistanceCases } from "./assistance-case/assistance-case.seed";
import { GrowthEvent } from "./growth/growth-event.entity";
import { seedGrowth } from "./growth/growth.seed";
import { MentalHealthReferral } from "./referral/referral.entity";
import { seedReferrals } from "./referral/referral.seed";
import { seedPeerReports } from "./peer-report/peer-report.seed";
import { seedResources } from "./resource/resource.seed";
import { Warning } from "./warning/warning.entity";
import { seedWarnings } from "./warning/warning.seed";
import { seedIndicators } from "./indicator/indicator.seed";
import { seedWarningRules } from "./warning-rule/warning-rule.seed";

/** Loads this subgraph's slice of a dataset; returns false when it already holds data. */
export async function seed(
  em: EntityManager,
  data: Dataset,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<boolean> {
  if (options.onlyIfEmpty) {
    // Any of the three roots counts: a dataset may have referrals or cases and no warnings.
    const counts = await Promise.all([
      em.count(Warning),
      em.count(MentalHealthReferral),
      em.count(AssistanceCase),
      em.count(GrowthEvent),
    ]);
    if (counts.some((n) => n > 0)) return false;
  }
  await seedWarnings(em, data);
  seedWarningRules(em, data);
  seedIndicators(em, data);
  await seedReferrals(em, data);
  await seedAssistanceCases(em, data);
  seedPeerReports(em, data);
  await seedGrowth(em, data);
  await em.flush();
  // After the flush: the push run reads the warnings and cases just written.
  await seedResources(em, data);
  return true;
}
