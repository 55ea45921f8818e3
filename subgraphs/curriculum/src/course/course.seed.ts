import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Course } from "./course.entity";
import { CourseCategory } from "./course.enums";

export async function seedCourses(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.courses) {
    em.create(Course, {
      id: row.id,
      code: row.code,
      title: row.title,
      category: row.category as CourseCategory,
      description: row.description,
      ...(row.completionThreshold === undefined
        ? {}
        : { completionThreshold: row.completionThreshold }),
    });
  }
}
