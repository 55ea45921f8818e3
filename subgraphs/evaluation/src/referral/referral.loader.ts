import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { MentalHealthReferral } from "./referral.entity";

export function referralLoaders(em: EntityManager) {
  return {
    referral: entityLoader(em, MentalHealthReferral),
    /** A person's referrals, newest first; serves both Person.referrals and Person.mentalHealthCategory. */
    referralsByPerson: groupLoader(
      em,
      MentalHealthReferral,
      (personIds) => ({ personId: { $in: personIds } }),
      (r) => r.personId,
      {
        orderBy: { referredAt: "desc", id: "desc" },
      },
    ),
  };
}
