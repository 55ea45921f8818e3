import { EntityRepository } from "@mikro-orm/postgresql";
import { label, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { AssistanceCase } from "./assistance-case.entity";
import { TaskForceMember } from "./task-force-member.entity";

export class TaskForceMemberRepository extends EntityRepository<TaskForceMember> {
  /** The cases a person serves on. */
  async casesServedBy(memberId: string): Promise<string[]> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ case_id: string }>(
      em,
      "evaluation.casesServedBy",
      `select case_id from ?? where member_id = ?`,
      [tableName(em, TaskForceMember), memberId],
    );
    return rows.map((r) => r.case_id);
  }

  /** The cases a person serves on among these students' cases: one statement (a person serves on few cases). */
  async casesServedAmong(memberId: string, studentIds: Iterable<string>): Promise<string[]> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ case_id: string }>(
      em,
      "evaluation.casesServedAmong",
      `select m.case_id from ?? as m join ?? as c on c.id = m.case_id where m.member_id = ? and c.person_id = any(?::uuid[])`,
      [
        tableName(em, TaskForceMember),
        tableName(em, AssistanceCase),
        memberId,
        uuidArray(studentIds),
      ],
    );
    return rows.map((r) => r.case_id);
  }

  /** Whether the person serves on the case's task force. */
  async serves(c: AssistanceCase, memberId: string): Promise<boolean> {
    return (
      (await this.count(
        { case: c, memberId },
        { comments: label("evaluation.servesOnTaskForce") },
      )) > 0
    );
  }

  /** Whether the case's task force has a lead. */
  async hasLead(c: AssistanceCase): Promise<boolean> {
    return (
      (await this.count(
        { case: c, lead: true },
        { comments: label("evaluation.taskForceHasLead") },
      )) > 0
    );
  }

  /** The case's current lead(s); there is one at a time. */
  leads(c: AssistanceCase): Promise<TaskForceMember[]> {
    return this.find({ case: c, lead: true }, { comments: label("evaluation.taskForceLeads") });
  }

  member(c: AssistanceCase, memberId: string): Promise<TaskForceMember | null> {
    return this.findOne({ case: c, memberId }, { comments: label("evaluation.taskForceMember") });
  }
}
