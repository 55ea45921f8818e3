import type { EntityManager } from "@mikro-orm/postgresql";
import type { Caller } from "@campus/auth";
import type { AccessContext } from "@campus/access";
import type { Logger } from "@campus/log";
import type { GraphAccess } from "./graph";
import type { JobQueueAccess } from "./jobs";

/**
 * The one request context every resolver gets, built in one place (server.ts): a forked
 * EntityManager so requests never share an identity map, per-request loaders so batching never
 * leaks data across callers, the caller the gateway vouched for, their access decisions and the
 * request's audit trail.
 */
export interface RequestContext<Loaders = unknown> extends AccessContext {
  em: EntityManager;
  loaders: Loaders;
  caller: Caller;
  requestId: string;
  log: Logger;
  /** How this subgraph asks the rest of the graph (existingPeople); see graph.ts. */
  graph?: GraphAccess;
  /** The subgraph's job queue (enqueue a run, read its state); see job-queue.ts. */
  jobs?: JobQueueAccess;
}
