import type { TeamKind, VolunteerServiceStatus } from "../generated/graphql";
import type { MessageKey } from "../i18n/zh";

export const KIND_LABEL: Record<TeamKind, MessageKey> = {
  VOLUNTEER_CORPS: "teams.kind.VOLUNTEER_CORPS",
  LECTURE_GROUP: "teams.kind.LECTURE_GROUP",
  SELF_GOVERNANCE: "teams.kind.SELF_GOVERNANCE",
  CLASS_COMMITTEE: "teams.kind.CLASS_COMMITTEE",
  STUDENT_ORGANISATION: "teams.kind.STUDENT_ORGANISATION",
};

export const STATUS_LABEL: Record<VolunteerServiceStatus, MessageKey> = {
  SUBMITTED: "teams.status.SUBMITTED",
  VERIFIED: "teams.status.VERIFIED",
  REJECTED: "teams.status.REJECTED",
};

export const STATUS_COLOR: Record<VolunteerServiceStatus, string> = {
  SUBMITTED: "processing",
  VERIFIED: "success",
  REJECTED: "error",
};

/** A date on campus (UTC+8) as YYYY-MM-DD. */
export function campusDate(instant: Date = new Date()): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * "2026-10-01 09:00–11:00" in campus time; past midnight the end's day is said too:
 * "2026-10-01 22:00–2026-10-02 01:00".
 */
export function servedWhen(startsAt: string, endsAt: string): string {
  const local = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  const start = local(startsAt);
  const end = local(endsAt);
  const endDay = end.slice(0, 10) === start.slice(0, 10) ? "" : `${end.slice(0, 10)} `;
  return `${start.slice(0, 10)} ${start.slice(11, 16)}–${endDay}${end.slice(11, 16)}`;
}
