import type { EntityManager } from "@mikro-orm/postgresql";
import { assistanceCaseLoaders } from "./assistance-case/assistance-case.loader";
import { referralLoaders } from "./referral/referral.loader";
import { warningLoaders } from "./warning/warning.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return { ...warningLoaders(em), ...referralLoaders(em), ...assistanceCaseLoaders(em) };
}
export type Loaders = ReturnType<typeof createLoaders>;
