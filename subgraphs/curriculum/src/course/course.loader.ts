import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader } from "@campus/subgraph";
import { Course } from "./course.entity";

export function courseLoaders(em: EntityManager) {
  return { course: entityLoader(em, Course) };
}
