import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader, label } from "@campus/subgraph/data";
import {
  FormationCompletion,
  FormationModule,
  FormationModuleCourse,
  FormationProgramme,
} from "./formation.entity";

export function formationLoaders(em: EntityManager) {
  return {
    formationProgramme: entityLoader(em, FormationProgramme),
    formationModule: entityLoader(em, FormationModule),
    /** The programme of each cohort (at most one), for all cohorts of a response in one statement. */
    formationProgrammeByCohort: new DataLoader<number, FormationProgramme | null>(
      async (cohorts) => {
        const found = await em.find(
          FormationProgramme,
          { cohort: { $in: [...cohorts] } },
          { comments: label("curriculum.formationProgrammeByCohort") },
        );
        return cohorts.map((cohort) => found.find((p) => p.cohort === cohort) ?? null);
      },
    ),
    /** Each programme's modules, in order. */
    formationModulesByProgramme: groupLoader(
      em,
      FormationModule,
      (ids) => ({ programme: { $in: ids.filter(isId) } }),
      (module) => module.programme.id,
      { orderBy: { order: "asc" } },
      "byProgramme",
    ),
    /** Each programme's course links, with their courses. */
    formationCoursesByProgramme: groupLoader(
      em,
      FormationModuleCourse,
      (ids) => ({ programme: { $in: ids.filter(isId) } }),
      (link) => link.programme.id,
      { orderBy: { assignedAt: "asc", id: "asc" }, populate: ["course"] },
      "byProgramme",
    ),
    /** Each person's recorded programme completions. */
    formationCompletionsByPerson: groupLoader(
      em,
      FormationCompletion,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (completion) => completion.personId,
      {},
      "byPerson",
    ),
  };
}
