import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { StudentClass } from "./student-class.entity";

export async function seedStudentClasses(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.classes) {
    em.create(StudentClass, {
      id: row.id,
      name: row.name,
      schoolId: row.schoolId,
      cohort: row.cohort,
    });
  }
}
