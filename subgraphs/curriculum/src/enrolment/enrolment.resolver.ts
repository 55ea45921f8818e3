import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { CourseSession } from "../session/session.entity";
import { Enrolment } from "./enrolment.entity";
import { CancelEnrolmentArgs, EnrolArgs } from "./enrolment.input";
import { EnrolmentService } from "./enrolment.service";

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Mutation(() => Enrolment, {
    description:
      "Takes a seat in a session that has not started. CONFLICT when already enrolled or full.",
  })
  enrol(
    @Args(() => EnrolArgs) args: EnrolArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx).enrol(args.sessionId, args.personId);
  }

  @Mutation(() => Enrolment, {
    description: "Gives the seat back; the enrolment stays, CANCELLED.",
  })
  cancelEnrolment(
    @Args(() => CancelEnrolmentArgs) args: CancelEnrolmentArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx).cancel(args.enrolmentId);
  }

  @FieldResolver(() => CourseSession)
  session(
    @Root() enrolment: Enrolment,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CourseSession> {
    return new EnrolmentService(ctx).session(enrolment);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext<Loaders>): Person {
    return new EnrolmentService(ctx).person(enrolment);
  }
}
