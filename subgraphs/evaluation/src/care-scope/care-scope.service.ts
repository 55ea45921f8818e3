import type { EntityManager } from "@mikro-orm/postgresql";
import { assertId, type RequestContext } from "@campus/subgraph";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseStatus } from "../assistance-case/assistance-case.enums";
import { TaskForceMember } from "../assistance-case/task-force-member.entity";
import type { Loaders } from "../loaders";
import { MentalHealthReferral } from "../referral/referral.entity";
import { ReferralStatus } from "../referral/referral.enums";
import type { CareCoverage } from "./care-coverage.type";

function table(em: EntityManager, entity: { name: string }): string {
  const meta = em.getMetadata().get(entity.name);
  const schema = meta.schema && meta.schema !== "*" ? meta.schema : em.config.get("schema");
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/** The roles (as @campus/auth names them) this subgraph's facts give, in the order the gateway is told them. */
const ROLES = ["task_force_member", "psychology_teacher"] as const;
type CareRole = (typeof ROLES)[number];

export class CareScopeService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Whom a person covers through this subgraph's facts: the students of the cases not yet CLOSED on whose
   * task force they serve, and the students with OPEN referrals to them. One statement, however
   * many students. A person never covers themselves this way (defence in depth: the mutations
   * already refuse such rows), so a role cannot lift their own record's protections.
   */
  async of(personId: string): Promise<CareCoverage[]> {
    assertId(personId, "personId");
    const em = this.ctx.em;
    const rows: { role: CareRole; student_id: string }[] = await em.getConnection().execute(
      `select 'task_force_member' as role, c.person_id as student_id ` +
        `from ${table(em, TaskForceMember)} as m join ${table(em, AssistanceCase)} as c on c.id = m.case_id ` +
        `where m.member_id = ? and c.status <> ? and c.person_id <> m.member_id ` +
        `union ` +
        `select 'psychology_teacher', r.person_id from ${table(em, MentalHealthReferral)} as r ` +
        `where r.referred_to_id = ? and r.status = ? and r.person_id <> r.referred_to_id ` +
        `order by 1, 2`,
      [personId, AssistanceCaseStatus.CLOSED, personId, ReferralStatus.OPEN],
    );
    const byRole = new Map<CareRole, string[]>();
    for (const row of rows) {
      const ids = byRole.get(row.role);
      if (ids) ids.push(row.student_id);
      else byRole.set(row.role, [row.student_id]);
    }
    return ROLES.filter((role) => byRole.has(role)).map((role) => ({ role, studentIds: byRole.get(role)! }));
  }
}
