import { assertId, type RequestContext } from "@campus/subgraph";
import { today } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { table } from "@campus/subgraph/data";
import { StaffAssignment } from "./staff-assignment.entity";
import { AssignmentTarget, StaffRole, authRoleOf } from "./staff-assignment.enums";
import type { StaffCoverage } from "./staff-coverage.type";

/** What a row of the scope statement is: that the role is held, a student, or a place for organisation. */
type Fact = "ROLE" | "STUDENT" | AssignmentTarget.GRID | AssignmentTarget.BUILDING | AssignmentTarget.BRANCH;

export class StaffScopeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * What a person covers through their assignments running today, per role: the students of their
   * classes and units resolved here, their grids, buildings and branches passed on for organisation
   * to resolve. One statement, however many students. A person never covers themselves this way (a
   * doctoral student who is also a counselor), so a duty cannot lift their own record's protections.
   */
  async of(personId: string): Promise<StaffCoverage[]> {
    assertId(personId, "personId");
    const em = this.ctx.em;
    const day = today();
    const people = table(em, Person);
    const student = `p.kind = '${PersonKind.STUDENT}' and p.id <> ?`;
    const rows: { role: StaffRole; fact: Fact; id: string | null }[] = await em.getConnection().execute(
      `with running as (
         select role::text as role, target_kind::text as target_kind, target_id from ${table(em, StaffAssignment)}
          where person_id = ? and starts_on <= ?::date and (ends_on is null or ends_on >= ?::date)
       )
       select role, 'ROLE' as fact, null::uuid as id from running
       union select role, target_kind, target_id from running where target_kind in ('GRID', 'BUILDING', 'BRANCH')
       union select a.role, 'STUDENT', p.id from running a join ${people} p on p.class_id = a.target_id where a.target_kind = 'CLASS' and ${student}
       union select a.role, 'STUDENT', p.id from running a join ${people} p on p.school_id = a.target_id where a.target_kind = 'UNIT' and ${student}
       union select a.role, 'STUDENT', p.id from running a join ${people} p on p.college_id = a.target_id where a.target_kind = 'UNIT' and ${student}
       order by 1, 2, 3`,
      [personId, day, day, personId, personId, personId],
    );
    const byRole = new Map<StaffRole, StaffCoverage>();
    for (const row of rows) {
      let coverage = byRole.get(row.role);
      if (!coverage) {
        coverage = { role: authRoleOf(row.role), studentIds: [], gridIds: [], buildingIds: [], branchIds: [] };
        byRole.set(row.role, coverage);
      }
      if (row.fact === "STUDENT") coverage.studentIds.push(row.id!);
      else if (row.fact === AssignmentTarget.GRID) coverage.gridIds.push(row.id!);
      else if (row.fact === AssignmentTarget.BUILDING) coverage.buildingIds.push(row.id!);
      else if (row.fact === AssignmentTarget.BRANCH) coverage.branchIds.push(row.id!);
    }
    // In the order duties are declared, so the gateway always hears them alike.
    return Object.values(StaffRole).flatMap((role) => byRole.get(role) ?? []);
  }
}
