import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus } from "./assistance-case.enums";
import { TaskForceMember } from "./task-force-member.entity";

/**
 * Cases and their task forces. The dataset does not say when or by whom members were added: a
 * seeded task force is taken to have been formed when the case was opened, by whoever opened it.
 */
export async function seedAssistanceCases(em: EntityManager, data: Dataset): Promise<void> {
  const cases = new Map(data.assistanceCases.map((row) => [row.id, row]));
  for (const row of data.assistanceCases) {
    em.create(AssistanceCase, {
      id: row.id,
      personId: row.personId,
      summary: row.summary,
      status: row.status as AssistanceCaseStatus,
      openedAt: new Date(row.openedAt),
      openedById: row.openedById,
    });
  }
  for (const row of data.taskForceMembers) {
    const assistanceCase = cases.get(row.caseId);
    if (!assistanceCase) throw new Error(`task-force member ${row.id} names case ${row.caseId}, which is not in the dataset`);
    em.create(TaskForceMember, {
      id: row.id,
      case: em.getReference(AssistanceCase, row.caseId),
      memberId: row.memberId,
      duty: row.duty,
      lead: row.lead,
      addedAt: new Date(assistanceCase.openedAt),
      addedById: assistanceCase.openedById,
    });
  }
}
