import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupCountLoader, groupPageLoader } from "@campus/subgraph/data";
import { Person } from "../person/person.entity";
import { StudentClass } from "./student-class.entity";

export function studentClassLoaders(em: EntityManager) {
  return {
    studentClass: entityLoader(em, StudentClass),
    /** Pages of each class's students by name, for all the classes of a response at once. */
    classStudentPage: groupPageLoader(em, Person, "classId", "name", "asc"),
    classStudentCount: groupCountLoader(em, Person, "classId"),
  };
}
