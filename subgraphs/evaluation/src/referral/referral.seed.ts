import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { MentalHealthReferral } from "./referral.entity";
import { MentalHealthCategory, ReferralStatus } from "./referral.enums";

/** The dataset does not say when or by whom a CLOSED referral was closed; those stay null. */
export async function seedReferrals(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.referrals) {
    em.create(MentalHealthReferral, {
      id: row.id,
      personId: row.personId,
      category: row.category as MentalHealthCategory,
      referredToId: row.referredToId,
      referredById: row.referredById,
      referredAt: new Date(row.referredAt),
      status: row.status as ReferralStatus,
      note: row.note,
    });
  }
}
