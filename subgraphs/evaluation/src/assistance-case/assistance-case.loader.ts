import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { AssistanceCase } from "./assistance-case.entity";
import { CaseMeasure, MeasureEscalation, MeasureTransition } from "./case-measure.entity";
import { CaseTransition } from "./case-transition.entity";
import { TaskForceChange } from "./task-force-change.entity";
import { TaskForceMember } from "./task-force-member.entity";

export function assistanceCaseLoaders(em: EntityManager) {
  return {
    assistanceCase: entityLoader(em, AssistanceCase),
    /** A person's cases, newest first. */
    casesByPerson: groupLoader(
      em,
      AssistanceCase,
      (personIds) => ({ personId: { $in: personIds } }),
      (c) => c.personId,
      {
        orderBy: { openedAt: "desc", id: "desc" },
      },
    ),
    /** A case's task force: leads first, then in the order they joined. */
    taskForceByCase: groupLoader(
      em,
      TaskForceMember,
      (caseIds) => ({ case: { $in: caseIds } }),
      (m) => m.case.id,
      {
        orderBy: { lead: "desc", addedAt: "asc", id: "asc" },
      },
    ),
    /** A case's workflow history, oldest first. */
    transitionsByCase: groupLoader(
      em,
      CaseTransition,
      (caseIds) => ({ case: { $in: caseIds } }),
      (t) => t.case.id,
      { orderBy: { caseVersion: "asc" } },
    ),
    /** A case's task-force history, oldest first. */
    taskForceChangesByCase: groupLoader(
      em,
      TaskForceChange,
      (caseIds) => ({ case: { $in: caseIds } }),
      (t) => t.case.id,
      { orderBy: { seq: "asc" } },
    ),
    /** A case's plan, by due date. */
    planByCase: groupLoader(
      em,
      CaseMeasure,
      (caseIds) => ({ case: { $in: caseIds } }),
      (m) => m.case.id,
      { orderBy: { dueOn: "asc", createdAt: "asc", id: "asc" } },
    ),
    /** A measure's escalations, oldest first. */
    escalationsByMeasure: groupLoader(
      em,
      MeasureEscalation,
      (ids) => ({ measure: { $in: ids } }),
      (e) => e.measure.id,
      { orderBy: { dueOn: "asc", at: "asc", tier: "asc" } },
    ),
    /** A measure's status history, oldest first. */
    transitionsByMeasure: groupLoader(
      em,
      MeasureTransition,
      (ids) => ({ measure: { $in: ids } }),
      (t) => t.measure.id,
      { orderBy: { measureVersion: "asc" } },
    ),
  };
}
