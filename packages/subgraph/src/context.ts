import type { EntityManager } from "@mikro-orm/postgresql";
import type { Caller } from "@campus/auth";
import type { Logger } from "@campus/log";

/**
 * The one request context every resolver gets, built in one place (server.ts): a forked
 * EntityManager so requests never share an identity map, per-request loaders so batching never
 * leaks data across callers, and the caller the gateway vouched for.
 */
export interface RequestContext<Loaders = unknown> {
  em: EntityManager;
  loaders: Loaders;
  caller: Caller;
  requestId: string;
  log: Logger;
}
