import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { ChallengeClaim } from "./challenge-claim.entity";
import { Challenge } from "./challenge.entity";

export function challengeLoaders(em: EntityManager) {
  return {
    challenge: entityLoader(em, Challenge),
    claim: entityLoader(em, ChallengeClaim),
    /** Each challenge's claims, oldest first: one statement for all the challenges of a response. */
    claimsByChallenge: groupLoader(
      em,
      ChallengeClaim,
      (ids) => ({ challenge: { $in: ids.filter(isId) } }),
      (claim) => claim.challenge.id,
      { orderBy: { claimedAt: "asc", id: "asc" } },
      "byChallenge",
    ),
  };
}
