import { assertId, type RequestContext } from "@campus/subgraph";
import { type Connection, type PageArgs, groupConnection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import type { OrgUnit } from "../org-unit/org-unit.reference";
import type { Person } from "../person/person.entity";
import type { StudentClass } from "./student-class.entity";

export class StudentClassService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<StudentClass | null> {
    assertId(id, "id");
    return this.ctx.loaders.studentClass.load(id);
  }

  /** The class a person is in; batched across the people of a response. */
  ofPerson(person: Person): Promise<StudentClass | null> | null {
    return person.classId ? this.ctx.loaders.studentClass.load(person.classId) : null;
  }

  school(studentClass: StudentClass): OrgUnit | null {
    return studentClass.schoolId ? { id: studentClass.schoolId } : null;
  }

  /** The class's students by name, a page at a time; who is in which class is no secret, like `people`. */
  students(studentClass: StudentClass, args: PageArgs): Promise<Connection<Person>> {
    return groupConnection(this.ctx.loaders.classStudentPage, studentClass.id, args, "name");
  }
}
