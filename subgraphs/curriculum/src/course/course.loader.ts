import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader } from "@campus/subgraph/data";
import { Course } from "./course.entity";

export function courseLoaders(em: EntityManager) {
  return { course: entityLoader(em, Course) };
}
