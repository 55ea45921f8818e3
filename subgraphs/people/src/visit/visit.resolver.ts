import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { Room } from "../room/room.reference";
import { Visit } from "./visit.entity";
import { RecordVisitArgs, VisitsArgs } from "./visit.input";
import { VisitService } from "./visit.service";

export const VisitConnection = ConnectionType(Visit, "Visit");

@Resolver(() => Visit)
export class VisitResolver {
  @Mutation(() => Visit, {
    description:
      "Records a dorm visit or talk (走访, 谈心谈话). Staff only: about a student their duty covers, or a room in a grid or building they serve. BAD_USER_INPUT: neither student nor room, a future day, an unknown student, room, warning or case, or a warning or case about another student; FORBIDDEN: outside the caller's duty.",
  })
  recordVisit(
    @Args(() => RecordVisitArgs) args: RecordVisitArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Visit> {
    return new VisitService(ctx).record(args.input);
  }

  @Query(() => VisitConnection, {
    description: "走访记录: the visits and talks the caller recorded, latest first. Staff only.",
  })
  myVisits(@Args(() => VisitsArgs) args: VisitsArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new VisitService(ctx).mine(args);
  }

  @FieldResolver(() => Person, { description: "The member of staff who visited." })
  by(@Root() visit: Visit, @Ctx() ctx: RequestContext<Loaders>): Promise<Person> {
    return new VisitService(ctx).by(visit);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The student; null for a room visit.",
  })
  student(
    @Root() visit: Visit,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person | null> | null {
    return new VisitService(ctx).student(visit);
  }

  @FieldResolver(() => Room, {
    nullable: true,
    description:
      "The room visited (its number and building from organisation); null for a talk elsewhere.",
  })
  room(@Root() visit: Visit): Room | null {
    return visit.roomId ? { id: visit.roomId } : null;
  }
}

@Resolver(() => Person)
export class PersonVisitsResolver {
  @FieldResolver(() => VisitConnection, {
    nullable: true,
    description:
      "Dorm visits and talks about this student, latest first. Null, with FORBIDDEN on this path, without CARE for them.",
  })
  visits(
    @Root() person: Person,
    @Args(() => VisitsArgs) args: VisitsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new VisitService(ctx).ofStudent(person, args);
  }
}
