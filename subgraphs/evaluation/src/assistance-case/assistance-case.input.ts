import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, MAX_TEXT_LENGTH, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import {
  AssistanceCaseStatus,
  CaseKind,
  CaseOutcome,
  CaseSource,
  DifficultyGrade,
  EscalationTier,
  MeasureStatus,
} from "./assistance-case.enums";

/** Longest duty a task-force member or measure is given: a phrase, not a plan. */
export const MAX_DUTY_LENGTH = 200;

@InputType()
export class OpenAssistanceCaseInput {
  @Field(() => ID, { description: "The student." })
  @IsId()
  personId!: string;

  @TextField(MAX_TEXT_LENGTH, { description: "The difficulty and what the case is for" })
  summary!: string;

  @Field(() => CaseSource, { description: "How the case came to light." })
  source!: CaseSource;

  @Field(() => ID, {
    nullable: true,
    description:
      "The warning it came from: required when source is WARNING (a warning about the same student), refused otherwise.",
  })
  @IsId()
  warningId?: string | null;

  @Field(() => CaseKind, { defaultValue: CaseKind.ECONOMIC })
  kind: CaseKind = CaseKind.ECONOMIC;
}

@ArgsType()
export class OpenAssistanceCaseArgs {
  @Field(() => OpenAssistanceCaseInput)
  input!: OpenAssistanceCaseInput;
}

@InputType()
export class AddTaskForceMemberInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => ID, {
    description: "The person joining the task force; not the student, and not already on it.",
  })
  @IsId()
  memberId!: string;

  @TextField(MAX_DUTY_LENGTH, { description: "Their duty" })
  duty!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Makes them the lead; the current lead, if any, steps down.",
  })
  lead: boolean = false;
}

@ArgsType()
export class AddTaskForceMemberArgs {
  @Field(() => AddTaskForceMemberInput)
  input!: AddTaskForceMemberInput;
}

@InputType()
export class TaskForceMemberRefInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => ID)
  @IsId()
  memberId!: string;
}

@ArgsType()
export class TaskForceMemberRefArgs {
  @Field(() => TaskForceMemberRefInput)
  input!: TaskForceMemberRefInput;
}

@InputType()
export class RecommendGradeInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => [String], {
    description: "Codes of the conditions met (gradingConditions); may be empty.",
  })
  conditions!: string[];

  @TextField(MAX_TEXT_LENGTH, { nullable: true, blank: true })
  note?: string | null;
}

@ArgsType()
export class RecommendGradeArgs {
  @Field(() => RecommendGradeInput)
  input!: RecommendGradeInput;
}

@InputType()
export class ConfirmGradeInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => DifficultyGrade)
  grade!: DifficultyGrade;

  @TextField(MAX_TEXT_LENGTH, {
    nullable: true,
    blank: true,
    description: "Required when the grade differs from the recommendation",
  })
  note?: string | null;
}

@ArgsType()
export class ConfirmGradeArgs {
  @Field(() => ConfirmGradeInput)
  input!: ConfirmGradeInput;
}

@InputType()
export class CaseStepInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @TextField(MAX_TEXT_LENGTH, { nullable: true, blank: true })
  note?: string | null;
}

@ArgsType()
export class CaseStepArgs {
  @Field(() => CaseStepInput)
  input!: CaseStepInput;
}

@InputType()
export class CloseAssistanceCaseInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @TextField(MAX_TEXT_LENGTH, { nullable: true, blank: true })
  note?: string | null;
}

@ArgsType()
export class CloseAssistanceCaseArgs {
  @Field(() => CloseAssistanceCaseInput)
  input!: CloseAssistanceCaseInput;
}

@InputType()
export class AddCaseMeasureInput {
  @Field(() => ID)
  @IsId()
  caseId!: string;

  @TextField(MAX_TEXT_LENGTH, { description: "What is done" })
  description!: string;

  @Field(() => ID, { description: "Who carries it out: a member of the case's task force." })
  @IsId()
  responsibleId!: string;

  @TextField(MAX_DUTY_LENGTH, { description: "Their duty in it" })
  duty!: string;

  @Field(() => LocalDateResolver, { description: "Not before today (campus date)." })
  dueOn!: string;
}

@ArgsType()
export class AddCaseMeasureArgs {
  @Field(() => AddCaseMeasureInput)
  input!: AddCaseMeasureInput;
}

@InputType()
export class UpdateCaseMeasureStatusInput {
  @Field(() => ID)
  @IsId()
  measureId!: string;

  @Field(() => MeasureStatus)
  status!: MeasureStatus;

  @TextField(MAX_TEXT_LENGTH, {
    nullable: true,
    blank: true,
    description: "Required for CANCELLED",
  })
  note?: string | null;
}

@ArgsType()
export class UpdateCaseMeasureStatusArgs {
  @Field(() => UpdateCaseMeasureStatusInput)
  input!: UpdateCaseMeasureStatusInput;
}

@InputType({ description: "All given conditions must hold." })
export class AssistanceCaseFilter {
  @Field(() => AssistanceCaseStatus, { nullable: true })
  status?: AssistanceCaseStatus | null;

  @Field(() => CaseKind, { nullable: true })
  kind?: CaseKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only cases the caller serves on or opened.",
  })
  mine?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description: "Only cases opened at or after this instant (openedAt >= openedFrom).",
  })
  openedFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Only cases opened before this instant (openedAt < openedBefore).",
  })
  openedBefore?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only cases with a confirmed difficulty grade (困难认定 confirmed, whatever the grade); false: only cases without one.",
  })
  graded?: boolean | null;

  @Field(() => DifficultyGrade, {
    nullable: true,
    description:
      "Only cases whose confirmed grade is this. The grade is FINANCIAL data: a case of a student the caller does not hold FINANCIAL for never matches.",
  })
  grade?: DifficultyGrade | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only cases that have reached ASSISTING (a task force at work) at some point, i.e. that stand at ASSISTING, REVIEWED or CLOSED, which the workflow reaches only through ASSISTING; false: only cases still DISCOVERED or GRADED.",
  })
  reachedAssisting?: boolean | null;
}

@ArgsType()
export class AssistanceCasesArgs extends PageArgs {
  @Field(() => AssistanceCaseFilter, { nullable: true })
  filter?: AssistanceCaseFilter | null;
}

@InputType({ description: "All given conditions must hold." })
export class OverdueMeasureFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: "Only measures the caller is responsible for.",
  })
  mine?: boolean | null;

  @Field(() => CaseKind, { nullable: true })
  kind?: CaseKind | null;

  @Field(() => EscalationTier, {
    nullable: true,
    description:
      "Only measures whose lateness today has reached this tier and no higher (COUNSELOR from 1 day past due, COLLEGE from 7, UNIVERSITY from 14), whether or not an escalation run has recorded it yet.",
  })
  tier?: EscalationTier | null;
}

@ArgsType()
export class OverdueMeasuresArgs extends PageArgs {
  @Field(() => OverdueMeasureFilter, { nullable: true })
  filter?: OverdueMeasureFilter | null;
}
