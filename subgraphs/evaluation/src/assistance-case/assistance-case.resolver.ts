import { LocalDateResolver } from "graphql-scalars";
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Warning } from "../warning/warning.entity";
import { AssistanceCase } from "./assistance-case.entity";
import {
  AddCaseMeasureArgs,
  AddTaskForceMemberArgs,
  AssistanceCasesArgs,
  CaseStepArgs,
  CloseAssistanceCaseArgs,
  ConfirmGradeArgs,
  OpenAssistanceCaseArgs,
  OverdueMeasuresArgs,
  RecommendGradeArgs,
  TaskForceMemberRefArgs,
  UpdateCaseMeasureStatusArgs,
} from "./assistance-case.input";
import { AssistanceCaseService } from "./assistance-case.service";
import { CaseGradingService } from "./case-grading.service";
import { TaskForceService } from "./task-force.service";
import { CaseGrading, GradingCondition } from "./case-grading.type";
import { CaseMeasure, MeasureEscalation, MeasureTransition } from "./case-measure.entity";
import { CaseMeasureService } from "./case-measure.service";
import { CaseTransition } from "./case-transition.entity";
import { GRADING_CONDITIONS } from "./grading";
import { TaskForceChange } from "./task-force-change.entity";
import { TaskForceMember } from "./task-force-member.entity";

export const AssistanceCaseConnection = ConnectionType(AssistanceCase, "AssistanceCase");
export const CaseMeasureConnection = ConnectionType(CaseMeasure, "CaseMeasure");

@ObjectType({ description: "What one escalation run (督办) did." })
export class SupervisionRun {
  @Field(() => LocalDateResolver, { description: "The campus date lateness was measured on." })
  asOf!: string;

  @Field(() => Int, {
    description: "Escalations recorded by this run; 0 when run again for the same date.",
  })
  escalated!: number;
}

@Resolver(() => AssistanceCase)
export class AssistanceCaseResolver {
  @Query(() => AssistanceCase, {
    nullable: true,
    description:
      "Null when no case has this id; FORBIDDEN when the caller may not see it (task-force members see only the cases they serve on; a MENTAL_HEALTH case needs MENTAL_HEALTH for the student or a seat on its task force).",
  })
  assistanceCase(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase | null> {
    return new AssistanceCaseService(ctx).byId(id);
  }

  @Query(() => AssistanceCaseConnection, {
    description:
      "The cases the caller may see (a MENTAL_HEALTH case only with MENTAL_HEALTH for the student or a seat on its task force), newest first, a page at a time; filtered in SQL, so totalCount counts only those.",
  })
  assistanceCases(
    @Args(() => AssistanceCasesArgs) args: AssistanceCasesArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new AssistanceCaseService(ctx).list(args);
  }

  @Query(() => [GradingCondition], {
    description:
      "The conditions of economic difficulty and their weights (困难认定). Thresholds: 60 especially difficult, 40 difficult, 20 generally difficult.",
  })
  gradingConditions(): GradingCondition[] {
    return GRADING_CONDITIONS.map((c) => ({ ...c }));
  }

  @Query(() => CaseMeasureConnection, {
    description:
      "督办 board: open plan measures past their due date, on cases the caller may see (as assistanceCases lists them), earliest due first.",
  })
  overdueMeasures(
    @Args(() => OverdueMeasuresArgs) args: OverdueMeasuresArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new CaseMeasureService(ctx).board(args);
  }

  @Mutation(() => AssistanceCase, {
    description:
      "Opens a case (DISCOVERED) for a student. Needs CARE for the student as staff, and MENTAL_HEALTH too for a MENTAL_HEALTH case (nobody opens a case they could not see); never on one's own record. " +
      "A warning named must be one the caller may see.",
  })
  openAssistanceCase(
    @Args(() => OpenAssistanceCaseArgs) args: OpenAssistanceCaseArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).open(args.input);
  }

  @Mutation(() => AssistanceCase, {
    description:
      "Recommends a difficulty grade from the conditions met, while DISCOVERED. Needs CARE and FINANCIAL as staff.",
  })
  recommendGrade(
    @Args(() => RecommendGradeArgs) args: RecommendGradeArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new CaseGradingService(ctx).recommendGrade(args.input);
  }

  @Mutation(() => AssistanceCase, {
    description:
      "Confirms the grade (DISCOVERED → GRADED). Not by the recommender (FORBIDDEN); a grade other than the recommended one needs a note.",
  })
  confirmGrade(
    @Args(() => ConfirmGradeArgs) args: ConfirmGradeArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new CaseGradingService(ctx).confirmGrade(args.input);
  }

  @Mutation(() => AssistanceCase, {
    description:
      "→ ASSISTING: from GRADED; from DISCOVERED for a case that is not ECONOMIC (with a note); from REVIEWED when more is needed (with a note). Needs a task-force lead and a measure.",
  })
  startAssistance(
    @Args(() => CaseStepArgs) args: CaseStepArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).startAssistance(args.input.caseId, args.input.note);
  }

  @Mutation(() => AssistanceCase, {
    description: "ASSISTING → REVIEWED (复核), with a review note.",
  })
  reviewAssistanceCase(
    @Args(() => CaseStepArgs) args: CaseStepArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).review(args.input.caseId, args.input.note);
  }

  @Mutation(() => AssistanceCase, {
    description: "REVIEWED → CLOSED with an outcome, recording who and when.",
  })
  closeAssistanceCase(
    @Args(() => CloseAssistanceCaseArgs) args: CloseAssistanceCaseArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).close(
      args.input.caseId,
      args.input.outcome,
      args.input.note,
    );
  }

  @Mutation(() => AssistanceCase, {
    description:
      "Adds a person to a case's task force (not CLOSED); with lead, the old lead steps down. BAD_USER_INPUT when they are already on it.",
  })
  addTaskForceMember(
    @Args(() => AddTaskForceMemberArgs) args: AddTaskForceMemberArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new TaskForceService(ctx).addMember(args.input);
  }

  @Mutation(() => AssistanceCase, {
    description: "Makes a member the task force's lead; the old lead steps down.",
  })
  setTaskForceLead(
    @Args(() => TaskForceMemberRefArgs) args: TaskForceMemberRefArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new TaskForceService(ctx).setLead(args.input);
  }

  @Mutation(() => AssistanceCase, {
    description:
      "Removes a member from the task force; not the lead of a case being assisted or reviewed, nor someone with open measures.",
  })
  removeTaskForceMember(
    @Args(() => TaskForceMemberRefArgs) args: TaskForceMemberRefArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase> {
    return new TaskForceService(ctx).removeMember(args.input);
  }

  @Mutation(() => CaseMeasure, {
    description: "Adds a measure to a case's plan (一人一策), carried out by a task-force member.",
  })
  addCaseMeasure(
    @Args(() => AddCaseMeasureArgs) args: AddCaseMeasureArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CaseMeasure> {
    return new CaseMeasureService(ctx).add(args.input);
  }

  @Mutation(() => CaseMeasure, {
    description:
      "PLANNED → IN_PROGRESS → DONE, or CANCELLED (with a note) from either; DONE and CANCELLED are final.",
  })
  updateCaseMeasureStatus(
    @Args(() => UpdateCaseMeasureStatusArgs) args: UpdateCaseMeasureStatusArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CaseMeasure> {
    return new CaseMeasureService(ctx).updateStatus(args.input);
  }

  @Mutation(() => SupervisionRun, {
    description:
      "督办: escalates overdue measures as of a campus date (default today). Administrators and the platform only; idempotent.",
  })
  escalateOverdueMeasures(
    @Arg("asOf", () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<SupervisionRun> {
    return new CaseMeasureService(ctx).escalate(asOf);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The student." })
  person(@Root() assistanceCase: AssistanceCase): Person {
    return { id: assistanceCase.personId };
  }

  @FieldResolver(() => Warning, {
    nullable: true,
    description:
      "The warning the case came from (source WARNING); FORBIDDEN on this path when the caller may not see it.",
  })
  warning(
    @Root() assistanceCase: AssistanceCase,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning | null> {
    return new AssistanceCaseService(ctx).warning(assistanceCase);
  }

  @FieldResolver(() => CaseGrading, {
    nullable: true,
    description: "困难认定; null until a grade is recommended.",
  })
  grading(@Root() assistanceCase: AssistanceCase): CaseGrading | null {
    return CaseGrading.of(assistanceCase);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who opened the case." })
  openedBy(@Root() assistanceCase: AssistanceCase): Person {
    return { id: assistanceCase.openedById };
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who closed it; null until CLOSED or when not recorded.",
  })
  closedBy(@Root() assistanceCase: AssistanceCase): Person | null {
    return assistanceCase.closedById ? { id: assistanceCase.closedById } : null;
  }

  @FieldResolver(() => [CaseTransition], { description: "The workflow history, oldest first." })
  transitions(
    @Root() assistanceCase: AssistanceCase,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CaseTransition[]> {
    return new AssistanceCaseService(ctx).transitions(assistanceCase);
  }

  @FieldResolver(() => [TaskForceMember], {
    description: "The task force (专班): the lead first, then in the order they joined.",
  })
  taskForce(
    @Root() assistanceCase: AssistanceCase,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<TaskForceMember[]> {
    return new AssistanceCaseService(ctx).taskForce(assistanceCase);
  }

  @FieldResolver(() => [TaskForceChange], {
    description: "Who joined, left, or became or stopped being lead, oldest first.",
  })
  taskForceChanges(
    @Root() assistanceCase: AssistanceCase,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<TaskForceChange[]> {
    return new AssistanceCaseService(ctx).taskForceChanges(assistanceCase);
  }

  @FieldResolver(() => [CaseMeasure], { description: "The plan (一人一策), by due date." })
  plan(
    @Root() assistanceCase: AssistanceCase,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CaseMeasure[]> {
    return new AssistanceCaseService(ctx).plan(assistanceCase);
  }
}

@Resolver(() => CaseTransition)
export class CaseTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the step." })
  by(@Root() transition: CaseTransition): Person {
    return { id: transition.byPersonId };
  }
}

@Resolver(() => TaskForceChange)
export class TaskForceChangeResolver {
  @FieldResolver(() => Person, { nullable: true })
  member(@Root() change: TaskForceChange): Person {
    return { id: change.memberId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who made the change." })
  by(@Root() change: TaskForceChange): Person {
    return { id: change.byPersonId };
  }
}

@Resolver(() => CaseGrading)
export class CaseGradingResolver {
  @FieldResolver(() => Person, { nullable: true })
  recommendedBy(@Root() grading: CaseGrading): Person {
    return { id: grading.recommendedById };
  }

  @FieldResolver(() => Person, { nullable: true })
  confirmedBy(@Root() grading: CaseGrading): Person | null {
    return grading.confirmedById ? { id: grading.confirmedById } : null;
  }
}

@Resolver(() => CaseMeasure)
export class CaseMeasureResolver {
  @FieldResolver(() => AssistanceCase, { description: "The case whose plan this is." })
  case(@Root() measure: CaseMeasure, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase> {
    return new CaseMeasureService(ctx).caseOf(measure);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who carries it out." })
  responsible(@Root() measure: CaseMeasure): Person {
    return { id: measure.responsibleId };
  }

  @FieldResolver(() => Boolean, {
    description:
      "Open (PLANNED or IN_PROGRESS) and past dueOn (campus date), on a case that is not CLOSED.",
  })
  overdue(@Root() measure: CaseMeasure, @Ctx() ctx: RequestContext<Loaders>): Promise<boolean> {
    return new CaseMeasureService(ctx).overdue(measure);
  }

  @FieldResolver(() => [MeasureEscalation], {
    description: "Escalations (督办) of this measure, oldest first.",
  })
  escalations(
    @Root() measure: CaseMeasure,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<MeasureEscalation[]> {
    return new CaseMeasureService(ctx).escalations(measure);
  }

  @FieldResolver(() => [MeasureTransition], { description: "Status moves, oldest first." })
  transitions(
    @Root() measure: CaseMeasure,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<MeasureTransition[]> {
    return new CaseMeasureService(ctx).transitions(measure);
  }
}

@Resolver(() => MeasureTransition)
export class MeasureTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who moved it." })
  by(@Root() transition: MeasureTransition): Person {
    return { id: transition.byPersonId };
  }
}

@Resolver(() => TaskForceMember)
export class TaskForceMemberResolver {
  @FieldResolver(() => Person, { nullable: true })
  member(@Root() member: TaskForceMember): Person {
    return { id: member.memberId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who added them." })
  addedBy(@Root() member: TaskForceMember): Person {
    return { id: member.addedById };
  }
}

@Resolver(() => Person)
export class PersonCasesResolver {
  @FieldResolver(() => [AssistanceCase], {
    nullable: true,
    description:
      "This student's assistance cases the caller may see, newest first (a task-force member: only those they serve on; MENTAL_HEALTH ones only with MENTAL_HEALTH for the student or a seat on the case's task force, so never to the student themselves). " +
      "Null, with FORBIDDEN on this path, when the caller has no relationship to them.",
  })
  cases(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<AssistanceCase[]> {
    return new AssistanceCaseService(ctx).ofPerson(person.id);
  }
}
