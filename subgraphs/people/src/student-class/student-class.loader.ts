import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupConnectionLoader } from "@campus/subgraph/data";
import { Person } from "../person/person.entity";
import { StudentClass } from "./student-class.entity";

export function studentClassLoaders(em: EntityManager) {
  return {
    studentClass: entityLoader(em, StudentClass),
    /** Pages of each class's students by name, with their totals, for all the classes of a response in one statement. */
    classStudentPage: groupConnectionLoader(em, Person, "classId", "name", "asc"),
  };
}
