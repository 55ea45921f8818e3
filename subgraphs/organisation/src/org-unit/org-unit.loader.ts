import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { OrgUnitChange } from "./org-unit-change.entity";
import { OrgUnit } from "./org-unit.entity";

export function orgUnitLoaders(em: EntityManager) {
  return {
    orgUnit: entityLoader(em, OrgUnit),
    /** The units directly below each unit, by kind then name: one query for all parents of a tick. */
    orgUnitChildren: groupLoader(
      em,
      OrgUnit,
      (parentIds) => ({ parent: { $in: parentIds } }),
      // Only children are loaded here, and a child always has a parent.
      (unit) => unit.parent?.id ?? "",
      { orderBy: { kind: "asc", name: "asc", id: "asc" } },
    ),
    /** Each unit's changes, oldest first: one query for all the units of a tick. */
    orgUnitHistory: groupLoader(
      em,
      OrgUnitChange,
      (unitIds) => ({ unit: { $in: unitIds } }),
      (change) => change.unit.id,
      { orderBy: { changedOn: "asc", createdAt: "asc", id: "asc" } },
    ),
  };
}
