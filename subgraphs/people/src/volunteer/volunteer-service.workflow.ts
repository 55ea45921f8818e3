import { VolunteerServiceStatus } from "./volunteer-service.enums";

const { SUBMITTED, VERIFIED, REJECTED } = VolunteerServiceStatus;

/**
 * Verification of volunteer hours, the one place it is written down: a member logs hours
 * (SUBMITTED), the team's leader verifies (VERIFIED) or rejects them with a reason (REJECTED).
 * Both decisions are final: hours rejected by mistake are logged again.
 */
export const VOLUNTEER_SERVICE_TRANSITIONS: Readonly<
  Record<VolunteerServiceStatus, readonly VolunteerServiceStatus[]>
> = Object.freeze({
  [SUBMITTED]: [VERIFIED, REJECTED],
  [VERIFIED]: [],
  [REJECTED]: [],
});

export function canDecide(from: VolunteerServiceStatus, to: VolunteerServiceStatus): boolean {
  return VOLUNTEER_SERVICE_TRANSITIONS[from].includes(to);
}

/** Statuses that hold the member's time: a new record may not overlap them. */
export const HOLDS_TIME: readonly VolunteerServiceStatus[] = [SUBMITTED, VERIFIED];

/** The longest single stretch of service one record may claim, in minutes. */
export const MAX_SERVICE_MINUTES = 12 * 60;
