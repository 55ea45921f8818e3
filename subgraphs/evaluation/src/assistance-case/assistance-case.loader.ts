import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph";
import { AssistanceCase } from "./assistance-case.entity";
import { TaskForceMember } from "./task-force-member.entity";

export function assistanceCaseLoaders(em: EntityManager) {
  return {
    assistanceCase: entityLoader(em, AssistanceCase),
    /** A person's cases, newest first. */
    casesByPerson: groupLoader(em, AssistanceCase, (personIds) => ({ personId: { $in: personIds } }), (c) => c.personId, {
      orderBy: { openedAt: "desc", id: "desc" },
    }),
    /** A case's task force: leads first, then in the order they joined. */
    taskForceByCase: groupLoader(em, TaskForceMember, (caseIds) => ({ case: { $in: caseIds } }), (m) => m.case.id, {
      orderBy: { lead: "desc", addedAt: "asc", id: "asc" },
    }),
  };
}
