import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import { Person } from "./person.entity";
import { PeopleArgs } from "./person.input";
import { PersonService } from "./person.service";

export const PersonConnection = ConnectionType(Person, "Person");

@ObjectType({ description: "A student found by 学号, for a residence import through the relay." })
export class StudentNumber {
  @Field(() => String)
  number!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: "姓名, so an import can tell a mistyped 学号 from its row's name.",
  })
  name!: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "Null when no person has this id." })
  person(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person | null> {
    return new PersonService(ctx).byId(id);
  }

  @Query(() => PersonConnection, {
    description:
      "People ordered by name, a page at a time: the students the caller's duties cover (a student sees only themselves) and, for staff and service clients, the staff.",
  })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new PersonService(ctx).list(args);
  }

  @Query(() => [Person], {
    description:
      "Staff whose name, its pinyin or staff number matches (as PeopleFilter.search), at most 10, by name: for naming a mentor or a supervisor. Any signed-in person.",
  })
  findStaff(
    @Arg("search", () => String, { description: "At most 50 characters; blank finds nobody." })
    search: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person[]> {
    return new PersonService(ctx).findStaff(search);
  }

  @Query(() => Person, {
    nullable: true,
    description:
      "The student with this student number (学号) and this name (both must match), or null: how a student names a teammate without a directory of students. Any signed-in person.",
  })
  findStudent(
    @Arg("number", () => String) number: string,
    @Arg("name", () => String) name: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person | null> {
    return new PersonService(ctx).findStudent(number, name);
  }

  @Query(() => [ID], {
    description:
      "Of these ids, those that name a person: existence only, for other subgraphs' reference checks through the gateway's relay.",
  })
  @Internal()
  knownPeople(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string[]> {
    return new PersonService(ctx).known(ids);
  }

  @Query(() => ID, {
    nullable: true,
    description:
      "The student with this student number and this name (both must match), or null: for peer reports through the gateway's relay.",
  })
  @Internal()
  studentByNumberAndName(
    @Arg("number", () => String) number: string,
    @Arg("name", () => String) name: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string | null> {
    return new PersonService(ctx).studentByNumberAndName(number, name);
  }

  @Query(() => [StudentNumber], {
    description:
      "The students among these student numbers (学号), with id and name; unknown numbers and staff are left out. For organisation's residence import through the gateway's relay.",
  })
  @Internal()
  studentsByNumber(
    @Arg("numbers", () => [String]) numbers: string[],
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StudentNumber[]> {
    return new PersonService(ctx).studentsByNumber(numbers);
  }

  /*
   * school and college are shareable with organisation, which answers them (names included) in the
   * fetch it already makes for a person's residence, from schoolId and collegeId (`@requires`):
   * one organisation call per profile instead of one more per unit. Here they stay as keys.
   */
  @Directive("@shareable")
  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "学院: academic school, or employing unit for staff.",
  })
  school(@Root() person: Person): OrgUnit | null {
    return person.schoolId ? { id: person.schoolId } : null;
  }

  @Directive("@shareable")
  @FieldResolver(() => OrgUnit, { nullable: true, description: "书院: residential college." })
  college(@Root() person: Person): OrgUnit | null {
    return person.collegeId ? { id: person.collegeId } : null;
  }

  @Directive("@inaccessible")
  @FieldResolver(() => ID, {
    nullable: true,
    description: "The id of the school (学院), for organisation's Person.school (`@requires`).",
  })
  schoolId(@Root() person: Person): string | null {
    return person.schoolId;
  }

  @Directive("@inaccessible")
  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "The id of the residential college (书院), for organisation's Person.college (`@requires`).",
  })
  collegeId(@Root() person: Person): string | null {
    return person.collegeId;
  }
}
