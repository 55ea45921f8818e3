import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { AssistanceCase } from "./assistance-case/assistance-case.entity";
import { seedAssistanceCases } from "./assistance-case/assistance-case.seed";
import { MentalHealthReferral } from "./referral/referral.entity";
import { seedReferrals } from "./referral/referral.seed";
import { Warning } from "./warning/warning.entity";
import { seedWarnings } from "./warning/warning.seed";

/** Loads this subgraph's slice of a dataset; returns false when it already holds data. */
export async function seed(em: EntityManager, data: Dataset, options: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
  if (options.onlyIfEmpty) {
    // Any of the three roots counts: a dataset may have referrals or cases and no warnings.
    const counts = await Promise.all([em.count(Warning), em.count(MentalHealthReferral), em.count(AssistanceCase)]);
    if (counts.some((n) => n > 0)) return false;
  }
  await seedWarnings(em, data);
  await seedReferrals(em, data);
  await seedAssistanceCases(em, data);
  await em.flush();
  return true;
}
