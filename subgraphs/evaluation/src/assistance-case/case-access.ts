import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Role } from "@campus/auth";
import { ROLE_PURPOSES, type Access, type Purpose } from "@campus/access";
import { anyId } from "@campus/subgraph/data";
import type { AssistanceCase } from "./assistance-case.entity";
import { CaseKind } from "./assistance-case.enums";
import { TaskForceMember } from "./task-force-member.entity";
import type { TaskForceMemberRepository } from "./task-force-member.repository";

const TASK_FORCE: Role = "task_force_member";
const { MENTAL_HEALTH } = CaseKind;

/**
 * The case row rule as data, for every reader of cases to apply the same way: a case of any kind
 * but MENTAL_HEALTH of `students`; a MENTAL_HEALTH case of `mentalHealth`; and, whatever its kind,
 * a case the caller serves on among `taskForce.studentIds`. "all" is every student.
 */
export interface CaseRowScope {
  /** Students whose cases (MENTAL_HEALTH ones aside) the caller sees through a role other than task_force_member, or themselves. */
  students: "all" | readonly string[];
  /** Students whose MENTAL_HEALTH cases the caller sees: those they hold MENTAL_HEALTH for, which a student never does for themselves. */
  mentalHealth: "all" | readonly string[];
  /** The caller's task-force role: the students it covers, whose cases count only where the caller serves on the task force. */
  taskForce: { memberId: string; studentIds: readonly string[] } | null;
}

/** What the rule needs of a case (a case about to be opened has no id yet). */
export type CaseRow = Pick<AssistanceCase, "personId" | "kind">;

/**
 * Which cases a caller may see (SECURITY.md, "Rows"). Every role but one sees the cases of the
 * students it covers, and a student sees their own; a case of kind MENTAL_HEALTH only a caller
 * who holds MENTAL_HEALTH for the student (a counselor, the psychology teacher they were referred
 * to), as a MENTAL_HEALTH warning: not the student themselves, not an administrator, grid leader
 * or class adviser without it. A task-force member's role covers a student only because they
 * serve on one of that student's cases, so through it they see ONLY the cases they serve on, of
 * any kind (they do the work): not the student's other cases.
 *
 * `rowScope` is the rule as data; `seesCase` (in memory), `visibleWhere` (the lists, in SQL) and
 * the statistics' statement (assistance-case-statistics.repository.ts) all read it, so a case is
 * shown, listed and counted alike. Keep them together.
 */
export class CaseAccess {
  private readonly scope: CaseRowScope;
  private readonly students: "all" | ReadonlySet<string>;
  private readonly mentalHealth: "all" | ReadonlySet<string>;
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
    // The same students MENTAL_HEALTH warnings are listed for (WarningService.visibleWhere).
    const mentalHealth = access.students("MENTAL_HEALTH");
    const taskForce = access.scope.students[TASK_FORCE];
    const taskForceStudents = taskForce === "all" ? [] : [...(taskForce ?? [])];
    const personId = access.caller.personId;
    this.scope = {
      students: all ? "all" : [...students],
      mentalHealth,
      taskForce:
        personId && taskForceStudents.length
          ? { memberId: personId, studentIds: taskForceStudents }
          : null,
    };
    this.students = all ? "all" : students;
    this.mentalHealth = mentalHealth === "all" ? "all" : new Set(mentalHealth);
    this.taskForceStudents = new Set(this.scope.taskForce?.studentIds ?? []);
  }

  /** The row rule as data, for a statement to apply itself (the statistics). */
  rowScope(): CaseRowScope {
    return this.scope;
  }

  /** Whether the caller sees the case through their roles alone, without serving on its task force. */
  seesByRole(c: CaseRow): boolean {
    const students = c.kind === MENTAL_HEALTH ? this.mentalHealth : this.students;
    return students === "all" || students.has(c.personId);
  }

  /** Whether serving on the case's task force could show it to the caller: their task-force role covers the student. */
  mayServeOn(c: CaseRow): boolean {
    return this.taskForceStudents.has(c.personId);
  }

  /** Whether the caller may see this case, given whether they serve on its task force. */
  seesCase(c: CaseRow, onTaskForce: boolean): boolean {
    return this.seesByRole(c) || (onTaskForce && this.mayServeOn(c));
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
   * The row rule as a filter on cases, for lists (assistanceCases, and the overdue board through
   * its measures' case): one statement to find the cases the caller serves on among the students
   * their task-force role covers (a person serves on few cases); null when every case is visible.
   */
  async visibleWhere(em: EntityManager): Promise<FilterQuery<AssistanceCase> | null> {
    const { students, mentalHealth, taskForce } = this.scope;
    if (students === "all" && mentalHealth === "all") return null;
    const of = (ids: "all" | readonly string[]) => (ids === "all" ? {} : { personId: anyId(ids) });
    const rows: FilterQuery<AssistanceCase>[] = [
      { kind: { $ne: MENTAL_HEALTH }, ...of(students) },
      { kind: MENTAL_HEALTH, ...of(mentalHealth) },
    ];
    if (taskForce) {
      const served = await em
        .getRepository<TaskForceMember, TaskForceMemberRepository>(TaskForceMember)
        .casesServedAmong(taskForce.memberId, taskForce.studentIds);
      if (served.length) rows.push({ id: anyId(served) });
    }
    return { $or: rows };
  }
}
