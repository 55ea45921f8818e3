import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Building } from "./building.entity";

export function buildingLoaders(em: EntityManager) {
  return {
    building: entityLoader(em, Building),
    /** A campus's buildings by name: one query for all the campuses of a tick. */
    buildingsByCampus: groupLoader(
      em,
      Building,
      (campusIds) => ({ campus: { $in: campusIds } }),
      (building) => building.campus.id,
      { orderBy: { name: "asc", id: "asc" } },
    ),
  };
}
