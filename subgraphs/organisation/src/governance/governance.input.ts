import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, ListSize, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { MeetingLevel, WorkItemList, WorkItemStatus, WorkLevel } from "./governance.enums";

/** Most attendees one meeting records (and one person check asks about). */
export const MAX_ATTENDEES = 50;

@InputType({
  description:
    "A new work item on one of the three lists. A MEASURE names the PROBLEM it answers, a RESPONSIBILITY the MEASURE it carries out; a PROBLEM names none.",
})
export class CreateWorkItemInput {
  @Field(() => WorkItemList)
  list!: WorkItemList;

  @Field(() => ID, { nullable: true, description: "The parent item; required unless a PROBLEM." })
  @IsId()
  parentId?: string | null;

  @TextField(200, { description: "e.g. 新生适应困难" })
  title!: string;

  @TextField(2000, { nullable: true, blank: true })
  description?: string | null;

  @Field(() => ID, { description: "The owning org unit: one the caller governs." })
  @IsId()
  unitId!: string;

  @Field(() => ID, { description: "The person in charge (责任人)." })
  @IsId()
  inChargeId!: string;

  @Field(() => LocalDateResolver, { description: "The deadline: today or later." })
  dueOn!: string;

  @Field(() => WorkLevel, {
    nullable: true,
    description: "Its level in the five-level work system; RESPONSIBLE_UNIT unless given.",
  })
  level?: WorkLevel | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A secretaries' meeting this item is a decision of; CONFLICT once its minutes are signed off.",
  })
  @IsId()
  meetingId?: string | null;
}

@ArgsType()
export class CreateWorkItemArgs {
  @Field(() => CreateWorkItemInput)
  input!: CreateWorkItemInput;
}

@InputType({ description: "What changes of an open work item; fields left out stay as they are." })
export class ChangeWorkItemInput {
  @Field(() => ID)
  @IsId()
  itemId!: string;

  @TextField(200, { nullable: true })
  title?: string | null;

  @TextField(2000, { nullable: true, blank: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Another person in charge." })
  @IsId()
  inChargeId?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "A new deadline, today or later; missing it again escalates the item again.",
  })
  dueOn?: string | null;
}

@ArgsType()
export class ChangeWorkItemArgs {
  @Field(() => ChangeWorkItemInput)
  input!: ChangeWorkItemInput;
}

@InputType({
  description: "A status move of a work item, along OPEN → IN_PROGRESS → DONE, or CANCELLED.",
})
export class MoveWorkItemInput {
  @Field(() => ID)
  @IsId()
  itemId!: string;

  @Field(() => WorkItemStatus)
  status!: WorkItemStatus;

  @TextField(500, { nullable: true, blank: true, description: "Why; required to cancel" })
  note?: string | null;
}

@ArgsType()
export class MoveWorkItemArgs {
  @Field(() => MoveWorkItemInput)
  input!: MoveWorkItemInput;
}

@InputType({ description: "A dated follow-up note on an open work item." })
export class AddWorkItemFollowUpInput {
  @Field(() => ID)
  @IsId()
  itemId!: string;

  @TextField(1000)
  note!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day it is about; today unless given, never in the future.",
  })
  on?: string | null;
}

@ArgsType()
export class AddWorkItemFollowUpArgs {
  @Field(() => AddWorkItemFollowUpInput)
  input!: AddWorkItemFollowUpInput;
}

@InputType({ description: "Narrows the three lists; every field left out matches all." })
export class WorkItemFilter {
  @Field(() => WorkItemList, { nullable: true })
  list?: WorkItemList | null;

  @Field(() => WorkItemStatus, { nullable: true })
  status?: WorkItemStatus | null;

  @Field(() => WorkLevel, { nullable: true })
  level?: WorkLevel | null;

  @Field(() => ID, { nullable: true, description: "Items owned by this unit." })
  @IsId()
  unitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Items under this item (its measures or responsibilities).",
  })
  @IsId()
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only items the caller is in charge of." })
  mine?: boolean | null;
}

@ArgsType()
export class WorkItemsArgs extends PageArgs {
  @Field(() => WorkItemFilter, { nullable: true })
  filter?: WorkItemFilter | null;
}

@ArgsType()
export class OverdueWorkItemsArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: "Only items the caller is in charge of, not those of the units they govern.",
  })
  mine?: boolean | null;
}

@InputType({ description: "A new secretaries' meeting (书记例会)." })
export class CreateSecretaryMeetingInput {
  @Field(() => MeetingLevel)
  level!: MeetingLevel;

  @Field(() => ID, {
    description:
      "The organisation holding it: a general branch, school or residential college for COLLEGE; a joint or temporary branch for BRANCH.",
  })
  @IsId()
  unitId!: string;

  @Field(() => LocalDateResolver)
  heldOn!: string;

  @TextField(200, { description: "e.g. 第3次书记例会：新生入住" })
  topic!: string;

  @Field(() => ID, { description: "The chair, who signs the minutes off." })
  @IsId()
  chairId!: string;

  @Field(() => [ID], { description: `Up to ${MAX_ATTENDEES} attendees.` })
  @ListSize(0, MAX_ATTENDEES)
  @IsId({ each: true })
  attendeeIds!: string[];

  @TextField(20000, { nullable: true, blank: true, description: "Minutes written so far" })
  minutes?: string | null;
}

@ArgsType()
export class CreateSecretaryMeetingArgs {
  @Field(() => CreateSecretaryMeetingInput)
  input!: CreateSecretaryMeetingInput;
}

@InputType({
  description: "The minutes (and, given, the attendance) of a meeting not yet signed off.",
})
export class RecordMeetingMinutesInput {
  @Field(() => ID)
  @IsId()
  meetingId!: string;

  @TextField(20000, { blank: true })
  minutes!: string;

  @Field(() => [ID], {
    nullable: true,
    description: `The attendance, replaced; up to ${MAX_ATTENDEES}.`,
  })
  @ListSize(0, MAX_ATTENDEES)
  @IsId({ each: true })
  attendeeIds?: string[] | null;
}

@ArgsType()
export class RecordMeetingMinutesArgs {
  @Field(() => RecordMeetingMinutesInput)
  input!: RecordMeetingMinutesInput;
}

@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsId()
  meetingId!: string;
}

@ArgsType()
export class SecretaryMeetingsArgs extends PageArgs {
  @Field(() => MeetingLevel, { nullable: true })
  level?: MeetingLevel | null;

  @Field(() => ID, { nullable: true, description: "Meetings of this unit." })
  @IsId()
  unitId?: string | null;
}

@ArgsType()
export class EscalateWorkItemsArgs {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day to judge deadlines by; today on campus unless given.",
  })
  asOf?: string | null;
}
