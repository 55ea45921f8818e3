import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Warning } from "./warning/warning.entity";
import { seedWarnings } from "./warning/warning.seed";

/** Loads this subgraph's slice of a dataset; returns false when it already holds data. */
export async function seed(em: EntityManager, data: Dataset, options: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
  if (options.onlyIfEmpty && (await em.count(Warning)) > 0) return false;
  await seedWarnings(em, data);
  await em.flush();
  return true;
}
