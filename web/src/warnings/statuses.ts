import type { WarningStatus } from "../generated/graphql";

/** The stages the queue filters by: every one but CLOSED is still to be worked. */
export const OPEN_STATUSES: readonly WarningStatus[] = [
  "OPEN",
  "ASSIGNED",
  "ASSESSED",
  "INTERVENING",
  "TRACKING",
];
export const ALL_STATUSES: readonly WarningStatus[] = [...OPEN_STATUSES, "CLOSED"];
