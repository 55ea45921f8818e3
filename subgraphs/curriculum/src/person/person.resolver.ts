import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Enrolment } from "../enrolment/enrolment.entity";
import { EnrolmentService } from "../enrolment/enrolment.service";
import type { Loaders } from "../loaders";
import { Person } from "./person.reference";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: "This person's enrolments, cancelled ones too, newest session first.",
  })
  enrolments(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<Enrolment[]> {
    return new EnrolmentService(ctx).forPerson(person);
  }
}
