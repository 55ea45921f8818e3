import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Placement, PlacementTransition } from "./placement.entity";

export function placementLoaders(em: EntityManager) {
  return {
    placement: entityLoader(em, Placement),
    /** Each student's placements, newest first. */
    placementsByStudent: groupLoader(
      em,
      Placement,
      (ids) => ({ studentId: { $in: ids.filter(isId) } }),
      (placement) => placement.studentId,
      { orderBy: { startsOn: "desc", id: "desc" } },
      "byStudent",
    ),
    placementTransitions: groupLoader(
      em,
      PlacementTransition,
      (ids) => ({ placement: { $in: ids.filter(isId) } }),
      (transition) => transition.placement.id,
      { orderBy: { at: "asc", id: "asc" } },
      "byPlacement",
    ),
  };
}
