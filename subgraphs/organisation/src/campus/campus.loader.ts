import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader } from "@campus/subgraph/data";
import { Campus } from "./campus.entity";

export function campusLoaders(em: EntityManager) {
  return { campus: entityLoader(em, Campus) };
}
