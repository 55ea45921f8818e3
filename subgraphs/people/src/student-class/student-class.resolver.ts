import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import { Person } from "../person/person.entity";
import { PersonConnection } from "../person/person.resolver";
import { StudentClass } from "./student-class.entity";
import { StudentClassService } from "./student-class.service";

@Resolver(() => StudentClass)
export class StudentClassResolver {
  @Query(() => StudentClass, { nullable: true, description: "Null when no class has this id." })
  studentClass(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StudentClass | null> {
    return new StudentClassService(ctx).byId(id);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "学院: the academic school the class belongs to.",
  })
  school(@Root() studentClass: StudentClass, @Ctx() ctx: RequestContext<Loaders>): OrgUnit | null {
    return new StudentClassService(ctx).school(studentClass);
  }

  @FieldResolver(() => PersonConnection, {
    description: "The class's students ordered by name, a page at a time.",
  })
  students(
    @Root() studentClass: StudentClass,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new StudentClassService(ctx).students(studentClass, args);
  }
}

@Resolver(() => Person)
export class PersonStudentClassResolver {
  @FieldResolver(() => StudentClass, {
    nullable: true,
    description: "班级; null for staff and for students not placed in a class.",
  })
  studentClass(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StudentClass | null> | null {
    return new StudentClassService(ctx).ofPerson(person);
  }
}
