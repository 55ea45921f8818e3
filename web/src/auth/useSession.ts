import { useSyncExternalStore } from "react";
import { getSession, getSignedOutReason, subscribeSession } from "./session";

export function useSession() {
  return useSyncExternalStore(subscribeSession, getSession);
}

export function useSignedOutReason() {
  return useSyncExternalStore(subscribeSession, getSignedOutReason);
}
