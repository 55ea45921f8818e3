import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { groupLoader } from "@campus/subgraph/data";
import { ClimbTier } from "./climb-tier.entity";

export function climbTierLoaders(em: EntityManager) {
  return {
    /** Each student's placements, newest first (the first is their tier). */
    climbTierByPerson: groupLoader(
      em,
      ClimbTier,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (tier) => tier.personId,
      { orderBy: { setAt: "desc", id: "desc" } },
      "byPerson",
    ),
  };
}
