import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import {
  PracticeReflectionTransition,
  PracticeVisit,
  PracticeVisitSignUp,
} from "./practice-visit.entity";

export function practiceVisitLoaders(em: EntityManager) {
  return {
    practiceVisit: entityLoader(em, PracticeVisit),
    /** Each visit's sign-ups, first come first. */
    practiceVisitSignUpsByVisit: groupLoader(
      em,
      PracticeVisitSignUp,
      (ids) => ({ visit: { $in: ids.filter(isId) } }),
      (s) => s.visit.id,
      { orderBy: { signedUpAt: "asc", id: "asc" } },
      "byVisit",
    ),
    /** Each person's sign-ups, newest first. */
    practiceVisitSignUpsByPerson: groupLoader(
      em,
      PracticeVisitSignUp,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (s) => s.personId,
      { orderBy: { signedUpAt: "desc", id: "desc" } },
      "byPerson",
    ),
    practiceReflectionTransitions: groupLoader(
      em,
      PracticeReflectionTransition,
      (ids) => ({ signUp: { $in: ids.filter(isId) } }),
      (t) => t.signUp.id,
      { orderBy: { at: "asc", id: "asc" } },
      "bySignUp",
    ),
  };
}
