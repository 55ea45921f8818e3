import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { AssistanceCase } from "./assistance-case.entity";
import { AddTaskForceMemberArgs, OpenAssistanceCaseArgs } from "./assistance-case.input";
import { AssistanceCaseService } from "./assistance-case.service";
import { TaskForceMember } from "./task-force-member.entity";

@Resolver(() => AssistanceCase)
export class AssistanceCaseResolver {
  @Query(() => AssistanceCase, { nullable: true, description: "Null when no case has this id; FORBIDDEN when it is about a student the caller may not see." })
  assistanceCase(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase | null> {
    return new AssistanceCaseService(ctx).byId(id);
  }

  @Mutation(() => AssistanceCase, { description: "Opens an assistance case for a student. Needs CARE for the student as staff." })
  openAssistanceCase(@Args(() => OpenAssistanceCaseArgs) args: OpenAssistanceCaseArgs, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).open(args.input);
  }

  @Mutation(() => AssistanceCase, {
    description: "Adds a person to an OPEN case's task force. Needs CARE for the student as staff; BAD_USER_INPUT when they are already on it.",
  })
  addTaskForceMember(@Args(() => AddTaskForceMemberArgs) args: AddTaskForceMemberArgs, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).addMember(args.input);
  }

  @Mutation(() => AssistanceCase, { description: "Closes an OPEN case, recording who and when. Needs CARE for the student as staff." })
  closeAssistanceCase(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).close(id);
  }

  @FieldResolver(() => Person, { description: "The student." })
  person(@Root() assistanceCase: AssistanceCase): Person {
    return { id: assistanceCase.personId };
  }

  @FieldResolver(() => Person, { description: "Who opened the case." })
  openedBy(@Root() assistanceCase: AssistanceCase): Person {
    return { id: assistanceCase.openedById };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who closed it; null while OPEN or when not recorded." })
  closedBy(@Root() assistanceCase: AssistanceCase): Person | null {
    return assistanceCase.closedById ? { id: assistanceCase.closedById } : null;
  }

  @FieldResolver(() => [TaskForceMember], { description: "The task force (专班): leads first, then in the order they joined." })
  taskForce(@Root() assistanceCase: AssistanceCase, @Ctx() ctx: RequestContext<Loaders>): Promise<TaskForceMember[]> {
    return new AssistanceCaseService(ctx).taskForce(assistanceCase);
  }
}

@Resolver(() => TaskForceMember)
export class TaskForceMemberResolver {
  @FieldResolver(() => Person)
  member(@Root() member: TaskForceMember): Person {
    return { id: member.memberId };
  }

  @FieldResolver(() => Person, { description: "Who added them." })
  addedBy(@Root() member: TaskForceMember): Person {
    return { id: member.addedById };
  }
}

@Resolver(() => Person)
export class PersonCasesResolver {
  @FieldResolver(() => [AssistanceCase], {
    nullable: true,
    description: "This student's assistance cases, newest first. Null, with FORBIDDEN on this path, when the caller has no relationship to them.",
  })
  cases(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase[]> {
    return new AssistanceCaseService(ctx).ofPerson(person.id);
  }
}
