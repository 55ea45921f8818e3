import { EntityRepository, LockMode, type FilterQuery } from "@mikro-orm/postgresql";
import {
  label,
  paginate,
  selectRows,
  tableName,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { StaffAssignment } from "./staff-assignment.entity";
import { AssignmentTarget, StaffRole } from "./staff-assignment.enums";

/** What a row of the scope statement is: that the role is held, a student, or a place or unit for organisation. */
export type CoverageFact =
  | "ROLE"
  | "STUDENT"
  | AssignmentTarget.GRID
  | AssignmentTarget.BUILDING
  | AssignmentTarget.BRANCH
  | AssignmentTarget.UNIT;

/** A row of the scope statement: the role itself (no id), or a student or place it covers. */
export type CoverageRow =
  | { role: StaffRole; fact: "ROLE"; id: null }
  | { role: StaffRole; fact: Exclude<CoverageFact, "ROLE">; id: string };

export class StaffAssignmentRepository extends EntityRepository<StaffAssignment> {
  /** Assignments matching `where`, by start date, a page at a time. */
  page(where: FilterQuery<StaffAssignment>, args: PageArgs): Promise<Connection<StaffAssignment>> {
    return paginate(this.getEntityManager(), StaffAssignment, where, args, "startsOn");
  }

  /** An assignment of this duty over this target that has not ended before `startsOn`. */
  running(
    personId: string,
    role: StaffRole,
    targetId: string,
    startsOn: string,
  ): Promise<StaffAssignment | null> {
    return this.findOne(
      { personId, role, targetId, $or: [{ endsOn: null }, { endsOn: { $gte: startsOn } }] },
      { comments: label("people.runningStaffAssignment") },
    );
  }

  /** The assignment, read afresh and locked (FOR UPDATE) until the transaction ends. */
  lock(id: string): Promise<StaffAssignment | null> {
    return this.findOne(
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("people.lockStaffAssignment"),
      },
    );
  }

  /**
   * The facts of a person's assignments running on `day`, by role: the students of their classes
   * and units (never the person themselves), and their grids, buildings and branches. One statement,
   * however many students.
   */
  coverage(personId: string, day: string): Promise<CoverageRow[]> {
    const em = this.getEntityManager();
    const people = tableName(em, Person);
    const student = `p.kind = ? and p.id <> ?`;
    const notSelf = [PersonKind.STUDENT, personId];
    return selectRows<CoverageRow>(
      em,
      "people.staffCoverage",
      `with running as (
         select role::text as role, target_kind::text as target_kind, target_id from ??
          where person_id = ? and starts_on <= ?::date and (ends_on is null or ends_on >= ?::date)
       )
       select role, 'ROLE' as fact, null::uuid as id from running
       union select role, target_kind, target_id from running where target_kind in ('GRID', 'BUILDING', 'BRANCH', 'UNIT')
       union select a.role, 'STUDENT', p.id from running a join ?? p on p.class_id = a.target_id where a.target_kind = 'CLASS' and ${student}
       union select a.role, 'STUDENT', p.id from running a join ?? p on p.school_id = a.target_id where a.target_kind = 'UNIT' and ${student}
       union select a.role, 'STUDENT', p.id from running a join ?? p on p.college_id = a.target_id where a.target_kind = 'UNIT' and ${student}
       order by 1, 2, 3`,
      [
        tableName(em, StaffAssignment),
        personId,
        day,
        day,
        people,
        ...notSelf,
        people,
        ...notSelf,
        people,
        ...notSelf,
      ],
    );
  }
}
