import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.reference";
import { Person } from "./person.entity";
import { PeopleArgs } from "./person.input";
import { PersonService } from "./person.service";

export const PersonConnection = ConnectionType(Person, "Person");

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

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "学院: academic school, or employing unit for staff.",
  })
  school(@Root() person: Person): OrgUnit | null {
    return person.schoolId ? { id: person.schoolId } : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "书院: residential college." })
  college(@Root() person: Person): OrgUnit | null {
    return person.collegeId ? { id: person.collegeId } : null;
  }
}
