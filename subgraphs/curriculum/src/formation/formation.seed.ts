import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Course } from "../course/course.entity";
import { FormationModule, FormationModuleCourse, FormationProgramme } from "./formation.entity";

/**
 * The dataset's formation programmes, written as FormationService writes them (the programme with
 * its modules, then each course counted in its module), keeping the dataset's ids.
 */
export function seedFormation(em: EntityManager, data: Dataset): void {
  for (const row of data.formationProgrammes ?? []) {
    const programme = em.create(FormationProgramme, {
      id: row.id,
      cohort: row.cohort,
      title: row.title,
    });
    for (const module of row.modules) em.create(FormationModule, { ...module, programme });
    for (const link of row.courses)
      em.create(FormationModuleCourse, {
        programme,
        module: em.getReference(FormationModule, link.moduleId),
        course: em.getReference(Course, link.courseId),
        hours: link.hours,
      });
  }
}
