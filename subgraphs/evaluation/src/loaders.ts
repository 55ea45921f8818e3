import type { EntityManager } from "@mikro-orm/postgresql";
import { warningLoaders } from "./warning/warning.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return { ...warningLoaders(em) };
}
export type Loaders = ReturnType<typeof createLoaders>;
