import type { EntityManager } from "@mikro-orm/postgresql";
import type { Role } from "@campus/auth";
import { ROLE_PURPOSES, type Access, type Purpose } from "@campus/access";
import type { AssistanceCase } from "./assistance-case.entity";
import { TaskForceMember } from "./task-force-member.entity";
import type { TaskForceMemberRepository } from "./task-force-member.repository";

const TASK_FORCE: Role = "task_force_member";

/** The case row rule as data: every case, or those of `studentIds` and those served on among `taskForce.studentIds`. */
export type CaseRowScope =
  | { all: true }
  | {
      all: false;
      studentIds: string[];
      taskForce: { memberId: string; studentIds: string[] } | null;
    };

/**
 * Which cases a caller may see. Every role but one sees all the cases of the students it covers,
 * and a student sees their own. A task-force member's role covers a student only because they
 * serve on one of that student's cases, so through it they see ONLY the cases they serve on:
 * not the student's other cases (SECURITY.md: "task-force members see only their cases").
 */
export class CaseAccess {
  /** Students whose cases the caller sees through a role other than task_force_member, or themselves. */
  readonly students: "all" | ReadonlySet<string>;
  /** Students the caller's task_force_member role covers. */
  private readonly taskForceStudents: ReadonlySet<string>;

  constructor(readonly access: Access) {
    let all = false;
    const students = new Set<string>();
    for (const [role, covered] of Object.entries(access.scope.students) as [
      Role,
      "all" | readonly string[],
    ][]) {
      if (role === TASK_FORCE) continue;
      if (covered === "all") all = true;
      else for (const id of covered) students.add(id);
    }
    if (access.caller.personId) students.add(access.caller.personId);
    this.students = all ? "all" : students;
    const taskForce = access.scope.students[TASK_FORCE];
    this.taskForceStudents = new Set(taskForce === "all" ? [] : (taskForce ?? []));
  }

  seesAllOf(studentId: string): boolean {
    return this.students === "all" || this.students.has(studentId);
  }

  /** Whether the caller may see this case, given whether they serve on its task force. */
  seesCase(c: AssistanceCase, onTaskForce: boolean): boolean {
    return this.seesAllOf(c.personId) || (onTaskForce && this.taskForceStudents.has(c.personId));
  }

  /**
   * Whether the caller holds `purpose` for the case's student as staff through a role that reaches
   * this case: task_force_member counts only on a case they serve on.
   */
  holdsForCase(studentId: string, purpose: Purpose, onTaskForce: boolean): boolean {
    const { scope } = this.access;
    for (const [role, covered] of Object.entries(scope.students) as [
      Role,
      "all" | readonly string[],
    ][]) {
      if (role === "student" || (role === TASK_FORCE && !onTaskForce)) continue;
      if (covered !== "all" && !covered.includes(studentId)) continue;
      const purposes = role === "service" ? (scope.clientPurposes ?? []) : ROLE_PURPOSES[role];
      if (purposes.includes(purpose)) return true;
    }
    return false;
  }

  /**
   * The same row rule as `caseFilter`, for a statement to apply itself (the statistics): the
   * students seen through other roles, and the caller and the students their task-force role
   * covers, whose cases count only where the caller serves on the task force.
   */
  rowScope(): CaseRowScope {
    if (this.students === "all") return { all: true };
    const personId = this.access.caller.personId;
    return {
      all: false,
      studentIds: [...this.students],
      taskForce:
        personId && this.taskForceStudents.size
          ? { memberId: personId, studentIds: [...this.taskForceStudents] }
          : null,
    };
  }

  /**
   * The row filter for lists of cases: students seen through other roles, plus the cases the
   * caller serves on among the students their task-force role covers. One statement to find the
   * latter (a person serves on few cases); null filter when the caller sees every case.
   */
  async caseFilter(
    em: EntityManager,
  ): Promise<{ all: true } | { all: false; studentIds: string[]; caseIds: string[] }> {
    if (this.students === "all") return { all: true };
    let caseIds: string[] = [];
    const personId = this.access.caller.personId;
    if (personId && this.taskForceStudents.size) {
      caseIds = await em
        .getRepository<TaskForceMember, TaskForceMemberRepository>(TaskForceMember)
        .casesServedAmong(personId, this.taskForceStudents);
    }
    return { all: false, studentIds: [...this.students], caseIds };
  }
}
