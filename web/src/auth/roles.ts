import type { Role } from "../graphql/types";

/** Roles whose duty is following students' difficulties: the warning queue and cases are in their navigation. */
const CASEWORK_ROLES: readonly Role[] = [
  "counselor",
  "class_adviser",
  "college_admin",
  "school_admin",
  "psychology_teacher",
  "task_force_member",
  "admin",
];
/** Roles that never act on a student's record (a student's own, or no personal data at all). */
const NON_ACTING_ROLES: readonly Role[] = ["student", "auditor", "developer"];

export function hasCaseworkDuty(roles: readonly Role[]): boolean {
  return roles.some((r) => CASEWORK_ROLES.includes(r));
}

/**
 * Whether to offer workflow actions at all. Whether this person may take one for this student is
 * the server's decision; a refusal is shown next to the action.
 */
export function mayOfferActions(roles: readonly Role[]): boolean {
  return roles.some((r) => !NON_ACTING_ROLES.includes(r));
}

/** Administrators change what raises warnings (预警规则): the rules page is in their navigation, and its actions are offered to them. */
export function isAdministrator(roles: readonly Role[]): boolean {
  return roles.includes("admin");
}

/**
 * Staff whose duty covers residents (grids, buildings, branches, classes, cases, or everyone): the
 * dashboards are in their navigation. What each of them may count is the server's decision.
 */
export function mayUseDashboards(roles: readonly Role[]): boolean {
  return roles.some((r) => !NON_ACTING_ROLES.includes(r));
}

/** A student and nothing else: their home is their own portal (我的), and they have no directory of students. */
export function isStudentOnly(roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => role === "student");
}
