/**
 * Roles a caller may hold. What each role may read, and for which students, is the access policy
 * in `@campus/access`; see SECURITY.md.
 */
export const ROLES = [
  "student",
  "counselor",
  "class_adviser",
  "grid_leader",
  "building_leader",
  "branch_secretary",
  "college_admin",
  "school_admin",
  "psychology_teacher",
  "task_force_member",
  "organiser",
  "community_staff",
  "admin",
  "auditor",
  "developer",
  "service",
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Who is making a request, as the gateway established it. */
export interface Caller {
  /** Subject of the identity provider's token (an SSO id or a service client id). */
  subject: string;
  /** The Person this caller is, when the caller is a person. */
  personId: string | null;
  name: string;
  roles: Role[];
  /** The application the request came through (a service client id, "web", "graphiql"); kept in the audit log. */
  client?: string;
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.some((r) => roles.includes(r));
}
