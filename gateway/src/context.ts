import type { SensitiveRead } from "@campus/access";
import type { Caller } from "@campus/auth";
import type { Logger } from "@campus/log";
import type { ResolvedScope } from "./scope";

export interface GatewayContext {
  /** Who is asking, with the roles their assignments give them. */
  caller: Caller;
  requestId: string;
  /** The caller's scope, resolved once for this request and signed into every subgraph call. */
  scope?: ResolvedScope;
  /** Sensitive values the subgraphs served for this request; audited before the answer leaves. */
  sensitiveReads: SensitiveRead[];
  /**
   * The internal credential every subgraph call of this request carries: signed once, on the first
   * call, and again only if the request outlives most of its validity (`reusableCredential`).
   */
  credential?: () => Promise<string>;
  log: Logger;
  /** The query text the document gate already held to the operation limits, if any. */
  limitsCheckedQuery?: string;
}

/**
 * What the gateway's HTTP middleware hands on to the next in `res.locals`, typed once here: set in
 * order (request id, then caller and a service client's scope, then the document gate's mark).
 */
export interface GatewayLocals {
  requestId: string;
  /** Set by authentication; every later middleware runs only for a signed-in caller. */
  caller: Caller;
  /** A service client's scope, fixed by its grant; users' scopes are resolved in the context. */
  scope?: ResolvedScope;
  limitsCheckedQuery?: string;
}

declare module "express-serve-static-core" {
  // Express's own extension point for typed `res.locals`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Locals extends GatewayLocals {}
}
