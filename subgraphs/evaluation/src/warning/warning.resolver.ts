import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Warning } from "./warning.entity";
import { WarningAction, WarningStatus } from "./warning.enums";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseService } from "../assistance-case/assistance-case.service";
import { allowedTargets } from "./warning.workflow";
import {
  AdvanceWarningArgs,
  AssignWarningInput,
  AdvanceWarningsInput,
  AssignWarningsInput,
  CloseWarningInput,
  WarningsArgs,
} from "./warning.input";
import { WarningEscalation } from "./warning-escalation.entity";
import { EscalationRun, WarningQueueSummary } from "./warning-queue.type";
import { WarningService } from "./warning.service";
import { WarningEscalationService } from "./warning-escalation.service";
import { WarningWorkflowService } from "./warning-workflow.service";
import { WarningTransition } from "./warning-transition.entity";

export const WarningConnection = ConnectionType(Warning, "Warning");

@Resolver(() => Warning)
export class WarningResolver {
  @Query(() => Warning, {
    nullable: true,
    description: "Null when no warning has this id; FORBIDDEN when the caller may not see it.",
  })
  warning(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning | null> {
    return new WarningService(ctx).byId(id);
  }

  @Query(() => WarningConnection, {
    description:
      "The warnings the caller may see, a page at a time: by raisedAt, oldest first, or with orderBy DUE_AT the work queue (not CLOSED, soonest due first). MENTAL_HEALTH warnings only with MENTAL_HEALTH for the student.",
  })
  warnings(@Args(() => WarningsArgs) args: WarningsArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new WarningService(ctx).list(args);
  }

  @Query(() => WarningQueueSummary, {
    description: "Counts for the head of the work queue, over the warnings the caller may see.",
  })
  warningQueueSummary(@Ctx() ctx: RequestContext<Loaders>): Promise<WarningQueueSummary> {
    return new WarningService(ctx).queueSummary();
  }

  @Mutation(() => Warning, {
    description:
      "Moves a warning one of the middle steps (ASSESSED, INTERVENING, TRACKING, and back to INTERVENING on a relapse) and records who and when; assigning and closing have their own mutations. Needs CARE for the student as staff, and MENTAL_HEALTH too for a MENTAL_HEALTH warning.",
  })
  advanceWarning(
    @Args(() => AdvanceWarningArgs) args: AdvanceWarningArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning> {
    return new WarningWorkflowService(ctx).advance(args.warningId, args.to, args.note);
  }

  @Mutation(() => [Warning], {
    description:
      "Moves several warnings the same middle step at once (at most 100), all or nothing: the first warning that may not take it refuses the whole call, naming it in `extensions.warningId`, and nothing changes. Each warning as advanceWarning: CARE for the student as staff (MENTAL_HEALTH too for a MENTAL_HEALTH warning); assessing needs a note.",
  })
  advanceWarnings(
    @Arg("input", () => AdvanceWarningsInput) input: AdvanceWarningsInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning[]> {
    return new WarningWorkflowService(ctx).advanceMany(input);
  }

  @Mutation(() => Warning, {
    description:
      "Gives a warning to the member of staff who will work it (the caller or a colleague): OPEN → ASSIGNED, or later to someone else. Needs CARE for the student as staff (and MENTAL_HEALTH for a MENTAL_HEALTH warning); the assignee's duty must give them the same for the student (asked of the graph), else FORBIDDEN. The assignee is notified (myNotifications).",
  })
  assignWarning(
    @Arg("input", () => AssignWarningInput) input: AssignWarningInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning> {
    return new WarningWorkflowService(ctx).assign(input);
  }

  @Mutation(() => [Warning], {
    description:
      "Gives several warnings to one member of staff at once (at most 100), all or nothing: the first warning that may not be given refuses the whole call, naming it in `extensions.warningId`, and nothing changes. Each warning as assignWarning: CARE for the student as staff (MENTAL_HEALTH too for a MENTAL_HEALTH warning), and the assignee's duty must cover the student (asked of the graph). The assignee is notified.",
  })
  assignWarnings(
    @Arg("input", () => AssignWarningsInput) input: AssignWarningsInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning[]> {
    return new WarningWorkflowService(ctx).assignMany(input);
  }

  @Mutation(() => Warning, {
    description:
      "Closes a TRACKING warning with its outcome. Needs CARE for the student as staff (and MENTAL_HEALTH for a MENTAL_HEALTH warning).",
  })
  closeWarning(
    @Arg("input", () => CloseWarningInput) input: CloseWarningInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning> {
    return new WarningWorkflowService(ctx).close(input);
  }

  @Mutation(() => EscalationRun, {
    description:
      "Raises every warning past its due time at asOf (default: now) one level up the organisation and restarts its stage's clock. Idempotent for one asOf. For administrators and the platform's scheduler.",
  })
  escalateOverdueWarnings(
    @Arg("asOf", () => Date, { nullable: true }) asOf: Date | null,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<EscalationRun> {
    return new WarningEscalationService(ctx).escalateOverdue(asOf);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The student the warning is about." })
  person(@Root() warning: Warning): Person {
    return { id: warning.personId };
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who works the warning; null until assigned.",
  })
  assignee(@Root() warning: Warning): Person | null {
    return warning.assigneeId ? { id: warning.assigneeId } : null;
  }

  @FieldResolver(() => [WarningStatus], {
    description:
      "The statuses the workflow allows next from this one (ASSIGNED through assignWarning, CLOSED through closeWarning, the rest through advanceWarning). Clients offer these steps instead of copying the workflow; whether the caller may take them is decided when they try.",
  })
  nextStatuses(@Root() warning: Warning): readonly WarningStatus[] {
    return allowedTargets(warning.status);
  }

  @FieldResolver(() => [WarningAction], {
    description:
      "What the caller may do to this warning now, decided by the same guards as the mutations: offer these and nothing else. Empty for a caller who may not work it.",
  })
  availableActions(@Root() warning: Warning, @Ctx() ctx: RequestContext<Loaders>): WarningAction[] {
    return new WarningWorkflowService(ctx).availableActions(warning);
  }

  @FieldResolver(() => [AssistanceCase], {
    nullable: true,
    description: "The assistance cases opened from this warning that the caller may see.",
  })
  async cases(
    @Root() warning: Warning,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase[]> {
    const all = await new AssistanceCaseService(ctx).ofPerson(warning.personId);
    return all.filter((c) => c.warningId === warning.id);
  }

  @FieldResolver(() => Boolean, { description: "Not CLOSED and past its due time." })
  overdue(@Root() warning: Warning): boolean {
    return (
      warning.status !== WarningStatus.CLOSED &&
      warning.dueAt !== null &&
      warning.dueAt.getTime() <= Date.now()
    );
  }

  @FieldResolver(() => [WarningEscalation], { description: "Each missed due time, oldest first." })
  escalations(
    @Root() warning: Warning,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningEscalation[]> {
    return new WarningService(ctx).escalations(warning);
  }

  @FieldResolver(() => [WarningTransition], { description: "The workflow history, oldest first." })
  transitions(
    @Root() warning: Warning,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningTransition[]> {
    return new WarningService(ctx).transitions(warning);
  }
}

@Resolver(() => WarningTransition)
export class WarningTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the step." })
  by(@Root() transition: WarningTransition): Person {
    return { id: transition.byPersonId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "On an assignment step: to whom." })
  assignee(@Root() transition: WarningTransition): Person | null {
    return transition.assigneeId ? { id: transition.assigneeId } : null;
  }
}

@Resolver(() => Person)
export class PersonWarningsResolver {
  @FieldResolver(() => [Warning], {
    nullable: true,
    description:
      "The early warnings about this person the caller may see, newest first (MENTAL_HEALTH ones only with MENTAL_HEALTH). Null, with an error on this path, when the caller has no relationship to the person or this subgraph is unavailable.",
  })
  warnings(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<Warning[]> {
    return new WarningService(ctx).ofPerson(person.id);
  }
}
