import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Warning } from "./warning.entity";
import { WarningEscalation } from "./warning-escalation.entity";
import { WarningTransition } from "./warning-transition.entity";

export function warningLoaders(em: EntityManager) {
  return {
    warning: entityLoader(em, Warning),
    /** A person's warnings, newest first: one query for all the people of a request tick. */
    warningsByPerson: groupLoader(
      em,
      Warning,
      (personIds) => ({ personId: { $in: personIds } }),
      (w) => w.personId,
      {
        orderBy: { raisedAt: "desc", id: "desc" },
      },
    ),
    /** A warning's history, oldest first. */
    transitionsByWarning: groupLoader(
      em,
      WarningTransition,
      (warningIds) => ({ warning: { $in: warningIds } }),
      (t) => t.warning.id,
      {
        orderBy: { warningVersion: "asc" },
      },
    ),
    /** A warning's escalations, oldest first. */
    escalationsByWarning: groupLoader(
      em,
      WarningEscalation,
      (warningIds) => ({ warning: { $in: warningIds } }),
      (e) => e.warning.id,
      {
        orderBy: { dueAt: "asc", id: "asc" },
      },
    ),
  };
}
