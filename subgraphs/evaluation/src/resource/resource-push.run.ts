import type { EntityManager } from "@mikro-orm/postgresql";
import { ResourcePush } from "./resource-push.entity";
import type { ResourcePushRepository } from "./resource-push.repository";

/**
 * Pushes every active resource to every student an active rule matches (an open warning of the
 * rule's category at or above its level, or an open case of its kind) as of `asOf`: one
 * INSERT ... SELECT however many students, never twice to the same student (unique index, ON
 * CONFLICT DO NOTHING). Of several matches the push names the most severe warning, the newest
 * first, else the newest case. `personIds` limits the run to those students: call it after
 * raising warnings or opening a case, so help arrives "in real time"; it runs in `em`'s
 * transaction when it has one. Returns the new pushes.
 */
export async function pushResourcesFor(
  em: EntityManager,
  personIds?: readonly string[],
  asOf: Date = new Date(),
): Promise<number> {
  if (personIds && personIds.length === 0) return 0;
  // Inside the caller's transaction when there is one, so it sees the warnings just raised.
  return em
    .getRepository<ResourcePush, ResourcePushRepository>(ResourcePush)
    .pushMatching(personIds, asOf);
}
