import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader } from "@campus/subgraph/data";
import { Person } from "./person.entity";

export function personLoaders(em: EntityManager) {
  return { person: entityLoader(em, Person) };
}
