import type { EntityManager } from "@mikro-orm/postgresql";
import { selectRows, tableName } from "@campus/subgraph/data";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseStatus } from "../assistance-case/assistance-case.enums";
import { TaskForceMember } from "../assistance-case/task-force-member.entity";
import { MentalHealthReferral } from "../referral/referral.entity";
import { ReferralStatus } from "../referral/referral.enums";
import type { CareRole } from "./care-scope.service";

/**
 * The care-scope statement reads across cases, task forces and referrals, so it belongs to no one
 * entity's repository; it is a repository all the same: SQL here, policy in the service.
 */
export class CareScopeRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The students of the cases not yet CLOSED on whose task force the person serves, and of the OPEN
   * referrals to them, never the person themselves: one statement, however many students.
   */
  coverage(personId: string): Promise<{ role: CareRole; student_id: string }[]> {
    const em = this.em;
    return selectRows(
      em,
      "evaluation.careScope",
      `select 'task_force_member' as role, c.person_id as student_id ` +
        `from ?? as m join ?? as c on c.id = m.case_id ` +
        `where m.member_id = ? and c.status <> ? and c.person_id <> m.member_id ` +
        `union ` +
        `select 'psychology_teacher', r.person_id from ?? as r ` +
        `where r.referred_to_id = ? and r.status = ? and r.person_id <> r.referred_to_id ` +
        `order by 1, 2`,
      [
        tableName(em, TaskForceMember),
        tableName(em, AssistanceCase),
        personId,
        AssistanceCaseStatus.CLOSED,
        tableName(em, MentalHealthReferral),
        personId,
        ReferralStatus.OPEN,
      ],
    );
  }
}
