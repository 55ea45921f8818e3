import type { Caller, Role } from "@campus/auth";
import { ROLE_PURPOSES, SELF_PURPOSES, type Purpose } from "./policy";
import { EMPTY_SCOPE, type AccessScope } from "./scope";

/** Why a read was allowed: the purpose, and the role (or "self") that holds it for this student. */
export interface Grant {
  purpose: Purpose;
  via: Role | "self";
}

export interface PurposeOptions {
  /** Count the caller's rights over their own data; false for acts only staff may do. */
  includeSelf?: boolean;
}

/**
 * One request's access decisions, made in the subgraph that owns the data from the caller and the
 * scope the gateway resolved and signed. Every decision is a set lookup: no query, no network.
 */
export class Access {
  private readonly covered = new Map<Role, "all" | Set<string>>();
  private readonly memo = new Map<string, Map<Purpose, Grant>>();

  constructor(
    readonly caller: Caller,
    readonly scope: AccessScope = EMPTY_SCOPE,
  ) {
    for (const [role, students] of Object.entries(scope.students) as [
      Role,
      "all" | readonly string[],
    ][]) {
      this.covered.set(role, students === "all" ? "all" : new Set(students));
    }
  }

  private purposesOf(role: Role): readonly Purpose[] {
    return role === "service" ? (this.scope.clientPurposes ?? []) : ROLE_PURPOSES[role];
  }

  private isSelf(studentId: string): boolean {
    return this.caller.personId !== null && this.caller.personId === studentId;
  }

  /** The purposes the caller holds for this student, each with the role that grants it. */
  grants(studentId: string, options: PurposeOptions = {}): Map<Purpose, Grant> {
    const includeSelf = options.includeSelf ?? true;
    const key = `${includeSelf ? "s" : "-"}${studentId}`;
    let grants = this.memo.get(key);
    if (grants) return grants;
    grants = new Map();
    for (const [role, students] of this.covered) {
      if (students !== "all" && !students.has(studentId)) continue;
      for (const purpose of this.purposesOf(role))
        if (!grants.has(purpose)) grants.set(purpose, { purpose, via: role });
    }
    if (includeSelf && this.isSelf(studentId)) {
      for (const purpose of SELF_PURPOSES)
        if (!grants.has(purpose)) grants.set(purpose, { purpose, via: "self" });
    }
    this.memo.set(key, grants);
    return grants;
  }

  /** The first of `purposes` the caller holds for this student, or null: the field is denied. */
  grant(studentId: string, purposes: readonly Purpose[], options?: PurposeOptions): Grant | null {
    const grants = this.grants(studentId, options);
    for (const purpose of purposes) {
      const grant = grants.get(purpose);
      if (grant) return grant;
    }
    return null;
  }

  /** Whether the caller has any relationship to this student: themselves, or in a role's scope. */
  sees(studentId: string): boolean {
    if (this.isSelf(studentId)) return true;
    for (const students of this.covered.values())
      if (students === "all" || students.has(studentId)) return true;
    return false;
  }

  /**
   * The students the caller may see rows of (for SQL filters): "all", or ids. With a purpose, only
   * those for whom the caller holds it.
   */
  students(purpose?: Purpose, options: PurposeOptions = {}): "all" | string[] {
    const ids = new Set<string>();
    for (const [role, students] of this.covered) {
      if (purpose && !this.purposesOf(role).includes(purpose)) continue;
      if (students === "all") return "all";
      for (const id of students) ids.add(id);
    }
    const includeSelf = options.includeSelf ?? true;
    if (includeSelf && this.caller.personId && (!purpose || SELF_PURPOSES.includes(purpose)))
      ids.add(this.caller.personId);
    return [...ids];
  }

  /** Holds a duty beyond being a student: staff of any kind (service clients are not staff). */
  isStaff(): boolean {
    return this.caller.roles.some((role) => role !== "student" && role !== "service");
  }

  hasRole(...roles: Role[]): boolean {
    return this.caller.roles.some((role) => roles.includes(role));
  }
}
