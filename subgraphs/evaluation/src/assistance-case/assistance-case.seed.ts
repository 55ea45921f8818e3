import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { AssistanceCase } from "./assistance-case.entity";
import {
  AssistanceCaseStatus,
  CaseKind,
  CaseSource,
  DifficultyGrade,
  MeasureStatus,
} from "./assistance-case.enums";
import { CaseMeasure } from "./case-measure.entity";
import { isConditionCode, recommend } from "./grading";
import { TaskForceMember } from "./task-force-member.entity";

/**
 * Cases, their task forces, gradings and plans. The dataset does not say when or by whom members
 * were added: a seeded task force is taken to have been formed when the case was opened, by
 * whoever opened it. A case seeded as OPEN (the status before the workflow) is ASSISTING when it
 * has a task-force lead and DISCOVERED otherwise, as the migration moved existing rows. Seeded
 * statuses are facts of the dataset; the workflow's guards apply to steps taken from here on.
 */
export async function seedAssistanceCases(em: EntityManager, data: Dataset): Promise<void> {
  const cases = new Map(data.assistanceCases.map((row) => [row.id, row]));
  const led = new Set(data.taskForceMembers.filter((m) => m.lead).map((m) => m.caseId));
  for (const row of data.assistanceCases) {
    const status =
      row.status === "OPEN"
        ? led.has(row.id)
          ? AssistanceCaseStatus.ASSISTING
          : AssistanceCaseStatus.DISCOVERED
        : (row.status as AssistanceCaseStatus);
    const grading = row.grading;
    let graded = {};
    if (grading) {
      const conditions = grading.conditions.filter(isConditionCode);
      if (conditions.length !== grading.conditions.length)
        throw new Error(`case ${row.id} names an unknown grading condition`);
      const { score, grade } = recommend(conditions);
      graded = {
        gradingScore: score,
        gradingConditions: conditions,
        recommendedGrade: grade,
        recommendedById: grading.recommendedById,
        recommendedAt: new Date(grading.recommendedAt),
        confirmedGrade: (grading.confirmedGrade as DifficultyGrade | undefined) ?? null,
        confirmedById: grading.confirmedById ?? null,
        confirmedAt: grading.confirmedAt ? new Date(grading.confirmedAt) : null,
        gradingNote: grading.note ?? null,
      };
    }
    em.create(AssistanceCase, {
      id: row.id,
      personId: row.personId,
      summary: row.summary,
      status,
      source:
        (row.source as CaseSource | undefined) ??
        (row.warningId ? CaseSource.WARNING : CaseSource.COUNSELOR),
      warningId: row.warningId ?? null,
      kind: (row.kind as CaseKind | undefined) ?? CaseKind.ECONOMIC,
      openedAt: new Date(row.openedAt),
      openedById: row.openedById,
      reviewNote: row.reviewNote ?? null,
      ...graded,
    });
  }
  for (const row of data.taskForceMembers) {
    const assistanceCase = cases.get(row.caseId);
    if (!assistanceCase)
      throw new Error(
        `task-force member ${row.id} names case ${row.caseId}, which is not in the dataset`,
      );
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
  for (const row of data.caseMeasures ?? []) {
    const assistanceCase = cases.get(row.caseId);
    if (!assistanceCase)
      throw new Error(`measure ${row.id} names case ${row.caseId}, which is not in the dataset`);
    em.create(CaseMeasure, {
      id: row.id,
      case: em.getReference(AssistanceCase, row.caseId),
      description: row.description,
      responsibleId: row.responsibleId,
      duty: row.duty,
      dueOn: row.dueOn,
      status: row.status as MeasureStatus,
      completedAt: row.status === "DONE" ? new Date(row.dueOn) : null,
      createdAt: new Date(row.createdAt),
      createdById: assistanceCase.openedById,
    });
  }
}
