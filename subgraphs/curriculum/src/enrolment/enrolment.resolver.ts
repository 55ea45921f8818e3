import { Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
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
      "Takes a seat in a scheduled session that has not started, or with waitIfFull a turn on its waiting list. CONFLICT when already enrolled or full; BAD_USER_INPUT when it overlaps another session the student is signed up for.",
  })
  enrol(
    @Args(() => EnrolArgs) args: EnrolArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx).enrol(args.sessionId, args.personId, args.waitIfFull);
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

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Place on the session's waiting list (1 = next); null unless WAITING.",
  })
  waitingPosition(
    @Root() enrolment: Enrolment,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<number | null> {
    return new EnrolmentService(ctx).waitingPosition(enrolment);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext<Loaders>): Person {
    return new EnrolmentService(ctx).person(enrolment);
  }
}
