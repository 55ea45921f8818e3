import type { EntityManager } from "@mikro-orm/postgresql";
import { personLoaders } from "./person/person.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return { ...personLoaders(em) };
}
export type Loaders = ReturnType<typeof createLoaders>;
