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
  log: Logger;
  /** The query text the document gate already held to the operation limits, if any. */
  limitsCheckedQuery?: string;
}
