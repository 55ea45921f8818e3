import { AttendanceStatus } from "./attendance.enums";

/** How long a check-in code stays open when the instructor does not say: ten minutes. */
export const DEFAULT_CHECK_IN_MINUTES = 10;
/** Longest window a code may have: a code is a short-lived proof of being in the room. */
export const MAX_CHECK_IN_MINUTES = 60;
/** A code may be opened from this long before the session starts (students arriving) until it ends. */
export const CHECK_IN_LEAD_MINUTES = 30;
/** A check-in more than this long after the start is recorded LATE rather than PRESENT. */
export const LATE_AFTER_MINUTES = 10;
/** The default completion threshold of a course: two thirds of its sessions held. */
export const DEFAULT_COMPLETION_THRESHOLD = 2 / 3;

const MINUTE_MS = 60_000;

/**
 * A student's attendance at one session, the one place its rules are written down. Nothing
 * recorded (null) is where every enrolled student starts; the student's check-in makes it PRESENT
 * or LATE, the instructor's mark makes it any status. A recorded status can be corrected to any
 * other, with a note saying why; setting the status it already has is no change and is refused.
 * Every change is stored (from, to, who, when, note): see AttendanceChange.
 */
export const ATTENDANCE_TRANSITIONS: Readonly<
  Record<AttendanceStatus | "NONE", readonly AttendanceStatus[]>
> = Object.freeze({
  NONE: Object.values(AttendanceStatus),
  [AttendanceStatus.PRESENT]: [
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
  ],
  [AttendanceStatus.LATE]: [
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
  ],
  [AttendanceStatus.ABSENT]: [
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
  ],
  [AttendanceStatus.EXCUSED]: [
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
  ],
});

/** Why marking `from → to` is refused (null when allowed); a correction of a recorded status needs a note. */
export function markRefusal(
  from: AttendanceStatus | null,
  to: AttendanceStatus,
  note: string | null,
): string | null {
  if (!ATTENDANCE_TRANSITIONS[from ?? "NONE"].includes(to))
    return `the attendance is already ${to}; nothing to change`;
  if (from !== null && !note) return `correcting ${from} to ${to} needs a note saying why`;
  return null;
}

/**
 * Whether a status may be marked at `now` for a session starting at `startsAt`: whether someone
 * came (PRESENT, LATE, ABSENT) is known only once check-in may open; leave (EXCUSED) is granted
 * beforehand too.
 */
export function markTooEarly(to: AttendanceStatus, startsAt: Date, now: Date): boolean {
  if (to === AttendanceStatus.EXCUSED) return false;
  return now.getTime() < startsAt.getTime() - CHECK_IN_LEAD_MINUTES * MINUTE_MS;
}

/** When a check-in code may be opened for a session: from the lead time before it until it ends. */
export function checkInOpeningRefusal(startsAt: Date, endsAt: Date, now: Date): string | null {
  if (now.getTime() < startsAt.getTime() - CHECK_IN_LEAD_MINUTES * MINUTE_MS)
    return `check-in opens at the earliest ${CHECK_IN_LEAD_MINUTES} minutes before the session starts`;
  if (now.getTime() >= endsAt.getTime()) return "the session has ended; mark attendance instead";
  return null;
}

/** The status a check-in at `at` records: LATE once the grace after the start has passed. */
export function checkInStatus(startsAt: Date, at: Date): AttendanceStatus {
  return at.getTime() > startsAt.getTime() + LATE_AFTER_MINUTES * MINUTE_MS
    ? AttendanceStatus.LATE
    : AttendanceStatus.PRESENT;
}
