import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, MAX_TEXT_LENGTH, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import {
  EscalationTier,
  WarningCategory,
  WarningLevel,
  WarningOrder,
  WarningOutcome,
  WarningStatus,
} from "./warning.enums";

/** Longest note a workflow step keeps. */
export const MAX_NOTE_LENGTH = MAX_TEXT_LENGTH;

@InputType({ description: "All given conditions must hold." })
export class WarningFilter {
  @Field(() => WarningStatus, { nullable: true })
  status?: WarningStatus | null;

  @Field(() => WarningLevel, { nullable: true })
  level?: WarningLevel | null;

  @Field(() => WarningCategory, { nullable: true })
  category?: WarningCategory | null;

  @Field(() => [WarningStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: WarningStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: assigned to the caller; false: assigned to someone else or nobody.",
  })
  assignedToMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: not CLOSED and past its due time; false: the others.",
  })
  overdue?: boolean | null;

  @Field(() => EscalationTier, { nullable: true })
  escalationTier?: EscalationTier | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Raised at or after this time (with raisedBefore: raised in [raisedFrom, raisedBefore)).",
  })
  raisedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Raised before this time." })
  raisedBefore?: Date | null;
}

@ArgsType()
export class WarningsArgs extends PageArgs {
  @Field(() => WarningFilter, { nullable: true })
  filter?: WarningFilter | null;

  @Field(() => WarningOrder, { defaultValue: WarningOrder.RAISED_AT })
  orderBy: WarningOrder = WarningOrder.RAISED_AT;
}

@ArgsType()
export class AdvanceWarningArgs {
  @Field(() => ID)
  warningId!: string;

  @Field(() => WarningStatus, {
    description: "The next status; see WarningStatus for the workflow.",
  })
  to!: WarningStatus;

  @TextField(MAX_NOTE_LENGTH, { nullable: true, blank: true, description: "Why, for the history" })
  note?: string | null;
}

@InputType()
export class AssignWarningInput {
  @Field(() => ID)
  @IsId()
  warningId!: string;

  @Field(() => ID, {
    description:
      "The Person who will work the warning. This subgraph cannot tell whether they are staff (the people subgraph knows); it refuses only the student themselves.",
  })
  @IsId()
  assigneeId!: string;

  @TextField(MAX_NOTE_LENGTH, { nullable: true, blank: true, description: "Why, for the history" })
  note?: string | null;
}

@InputType()
export class CloseWarningInput {
  @Field(() => ID)
  @IsId()
  warningId!: string;

  @Field(() => WarningOutcome)
  outcome!: WarningOutcome;

  @TextField(MAX_NOTE_LENGTH, { nullable: true, blank: true })
  note?: string | null;
}

@InputType()
export class AdvanceWarningsInput {
  @Field(() => [ID], { description: "The warnings, at most 100; all take the step or none." })
  warningIds!: string[];

  @Field(() => WarningStatus, {
    description: "The next status for every one of them; see WarningStatus for the workflow.",
  })
  to!: WarningStatus;

  @TextField(MAX_NOTE_LENGTH, {
    nullable: true,
    blank: true,
    description: "Why, for each warning's history; needed to assess (研判)",
  })
  note?: string | null;
}

@InputType()
export class AssignWarningsInput {
  @Field(() => [ID], { description: "The warnings, at most 100; all are assigned or none." })
  warningIds!: string[];

  @Field(() => ID, { description: "The member of staff who will work them." })
  @IsId()
  assigneeId!: string;

  @TextField(MAX_NOTE_LENGTH, { nullable: true, blank: true, description: "Why, for the history" })
  note?: string | null;
}
