import type { Caller } from "@campus/auth";

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}
