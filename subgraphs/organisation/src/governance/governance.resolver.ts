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
import { LocalDateResolver } from "graphql-scalars";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "../residence/person.reference";
import type { RequestContext } from "@campus/subgraph";
import {
  AddWorkItemFollowUpArgs,
  ChangeWorkItemArgs,
  CreateSecretaryMeetingArgs,
  CreateWorkItemArgs,
  EscalateWorkItemsArgs,
  MeetingIdArgs,
  MoveWorkItemArgs,
  OverdueWorkItemsArgs,
  RecordMeetingMinutesArgs,
  SecretaryMeetingsArgs,
  WorkItemsArgs,
} from "./governance.input";
import { SecretaryMeeting } from "./secretary-meeting.entity";
import { SecretaryMeetingService } from "./secretary-meeting.service";
import {
  WorkItem,
  WorkItemEscalation,
  WorkItemFollowUp,
  WorkItemTransition,
} from "./work-item.entity";
import { WorkItemEscalationService } from "./work-item-escalation.service";
import { WorkItemService } from "./work-item.service";

type Ctx = RequestContext<Loaders>;

export const WorkItemConnection = ConnectionType(WorkItem);
export const SecretaryMeetingConnection = ConnectionType(SecretaryMeeting);

@ObjectType({ description: "What one escalation run did (督办)." })
export class WorkItemEscalationRun {
  @Field(() => LocalDateResolver, { description: "The day deadlines were judged by." })
  asOf!: string;

  @Field(() => Int, { description: "Items moved one level up by this run (0 on a repeat)." })
  escalated!: number;
}

const GOVERNORS =
  "Those who govern the owning unit: its branch's secretary, its college's administrator, or an administrator.";

async function existingUnit(ctx: Ctx, id: string, what: string): Promise<OrgUnit> {
  const unit = await ctx.loaders.orgUnit.load(id);
  if (!unit) throw new Error(`${what} names no unit`);
  return unit;
}

@Resolver(() => WorkItem)
export class WorkItemResolver {
  @Query(() => WorkItemConnection, {
    description:
      "三张清单: the work items of the units the caller governs and those they are in charge of, earliest deadline first.",
  })
  workItems(@Args(() => WorkItemsArgs) args: WorkItemsArgs, @Ctx() ctx: Ctx) {
    return new WorkItemService(ctx).list(args);
  }

  @Query(() => WorkItemConnection, {
    description:
      "督办 board: open items past their deadline that the caller is responsible for (in charge of, or of a unit they govern), earliest deadline first.",
  })
  overdueWorkItems(@Args(() => OverdueWorkItemsArgs) args: OverdueWorkItemsArgs, @Ctx() ctx: Ctx) {
    return new WorkItemService(ctx).overdue(args);
  }

  @Query(() => WorkItem, {
    description:
      "One work item; NOT_FOUND unless the caller governs its unit or is in charge of it.",
  })
  workItem(@Arg("id", () => ID) id: string, @Ctx() ctx: Ctx) {
    return new WorkItemService(ctx).byId(id);
  }

  @Mutation(() => WorkItem, {
    description: `Puts an item on one of the three lists, OPEN. ${GOVERNORS} BAD_USER_INPUT for a parent on the wrong list, a deadline in the past or a person in charge who is nobody; CONFLICT for a decision of a meeting whose minutes are signed off.`,
  })
  createWorkItem(@Args(() => CreateWorkItemArgs) args: CreateWorkItemArgs, @Ctx() ctx: Ctx) {
    return new WorkItemService(ctx).create(args.input);
  }

  @Mutation(() => WorkItem, {
    description: `Changes an open item's title, description, person in charge or deadline. ${GOVERNORS} CONFLICT once DONE or CANCELLED.`,
  })
  changeWorkItem(@Args(() => ChangeWorkItemArgs) args: ChangeWorkItemArgs, @Ctx() ctx: Ctx) {
    return new WorkItemService(ctx).change(args.input);
  }

  @Mutation(() => WorkItem, {
    description:
      "Moves an item OPEN → IN_PROGRESS → DONE, or to CANCELLED (with a note), kept with who and when. The person in charge or those who govern its unit; CONFLICT for a move its status does not allow.",
  })
  moveWorkItem(@Args(() => MoveWorkItemArgs) args: MoveWorkItemArgs, @Ctx() ctx: Ctx) {
    return new WorkItemService(ctx).move(args.input);
  }

  @Mutation(() => WorkItem, {
    description:
      "Adds a dated follow-up note to an open item. The person in charge or those who govern its unit; CONFLICT once DONE or CANCELLED.",
  })
  addWorkItemFollowUp(
    @Args(() => AddWorkItemFollowUpArgs) args: AddWorkItemFollowUpArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new WorkItemService(ctx).followUp(args.input);
  }

  @Mutation(() => WorkItemEscalationRun, {
    description:
      "督办: moves every open item past its deadline one level up the five-level work system, once per missed deadline (a repeat moves nothing). Administrators; the scheduler runs it hourly.",
  })
  escalateOverdueWorkItems(
    @Args(() => EscalateWorkItemsArgs) args: EscalateWorkItemsArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new WorkItemEscalationService(ctx).escalate(args.asOf);
  }

  @FieldResolver(() => OrgUnit, { description: "The owning unit." })
  unit(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    return existingUnit(ctx, item.unit.id, `work item ${item.id}`);
  }

  @FieldResolver(() => Person, { description: "The person in charge (责任人)." })
  inCharge(@Root() item: WorkItem): Person {
    return { id: item.inChargeId };
  }

  @FieldResolver(() => WorkItem, {
    nullable: true,
    description:
      "The problem a measure answers, the measure a responsibility carries out; null for a problem.",
  })
  parent(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<WorkItem | null> {
    return item.parent ? ctx.loaders.workItem.load(item.parent.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [WorkItem], {
    description: "A problem's measures, a measure's responsibilities; by deadline.",
  })
  children(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<WorkItem[]> {
    return ctx.loaders.workItemsByParent.load(item.id);
  }

  @FieldResolver(() => SecretaryMeeting, {
    nullable: true,
    description: "The secretaries' meeting it is a decision of; null when none.",
  })
  meeting(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<SecretaryMeeting | null> {
    return item.meeting
      ? ctx.loaders.secretaryMeeting.load(item.meeting.id)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: "Open and past its deadline (督办)." })
  overdue(@Root() item: WorkItem, @Ctx() ctx: Ctx): boolean {
    return new WorkItemService(ctx).isOverdue(item);
  }

  @FieldResolver(() => [WorkItemTransition], { description: "Every status move, oldest first." })
  transitions(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<WorkItemTransition[]> {
    return ctx.loaders.transitionsByWorkItem.load(item.id);
  }

  @FieldResolver(() => [WorkItemFollowUp], { description: "Follow-up notes, by day." })
  followUps(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<WorkItemFollowUp[]> {
    return ctx.loaders.followUpsByWorkItem.load(item.id);
  }

  @FieldResolver(() => [WorkItemEscalation], {
    description: "Each escalation (督办), oldest first.",
  })
  escalations(@Root() item: WorkItem, @Ctx() ctx: Ctx): Promise<WorkItemEscalation[]> {
    return ctx.loaders.escalationsByWorkItem.load(item.id);
  }
}

@Resolver(() => WorkItemTransition)
export class WorkItemTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Null when not made by a person." })
  by(@Root() step: WorkItemTransition): Person | null {
    return step.byId ? { id: step.byId } : null;
  }
}

@Resolver(() => WorkItemFollowUp)
export class WorkItemFollowUpResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "Null when not written by a person.",
  })
  by(@Root() note: WorkItemFollowUp): Person | null {
    return note.byId ? { id: note.byId } : null;
  }
}

@Resolver(() => SecretaryMeeting)
export class SecretaryMeetingResolver {
  @Query(() => SecretaryMeetingConnection, {
    description:
      "两级书记例会: the meetings of the units the caller governs and those they chair, latest first.",
  })
  secretaryMeetings(
    @Args(() => SecretaryMeetingsArgs) args: SecretaryMeetingsArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new SecretaryMeetingService(ctx).list(args);
  }

  @Query(() => SecretaryMeeting, {
    description:
      "One meeting; NOT_FOUND unless the caller governs its unit, chairs it or attended.",
  })
  secretaryMeeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Ctx) {
    return new SecretaryMeetingService(ctx).byId(id);
  }

  @Mutation(() => SecretaryMeeting, {
    description: `Records a secretaries' meeting: a COLLEGE meeting of a general branch, school or residential college, a BRANCH meeting of a joint or temporary branch. ${GOVERNORS} BAD_USER_INPUT for a unit of the wrong kind or a chair or attendee who is nobody.`,
  })
  createSecretaryMeeting(
    @Args(() => CreateSecretaryMeetingArgs) args: CreateSecretaryMeetingArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new SecretaryMeetingService(ctx).create(args.input);
  }

  @Mutation(() => SecretaryMeeting, {
    description: `Writes a meeting's minutes (and attendance). ${GOVERNORS} Or its chair. CONFLICT once signed off.`,
  })
  recordMeetingMinutes(
    @Args(() => RecordMeetingMinutesArgs) args: RecordMeetingMinutesArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new SecretaryMeetingService(ctx).recordMinutes(args.input);
  }

  @Mutation(() => SecretaryMeeting, {
    description:
      "Signs a meeting's minutes off, locking minutes, attendance and decisions. Its chair or an administrator; BAD_USER_INPUT while the minutes are empty, CONFLICT the second time.",
  })
  signOffMeetingMinutes(@Args(() => MeetingIdArgs) args: MeetingIdArgs, @Ctx() ctx: Ctx) {
    return new SecretaryMeetingService(ctx).signOff(args.meetingId);
  }

  @FieldResolver(() => OrgUnit, { description: "The organisation holding it." })
  unit(@Root() meeting: SecretaryMeeting, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    return existingUnit(ctx, meeting.unit.id, `meeting ${meeting.id}`);
  }

  @FieldResolver(() => Person)
  chair(@Root() meeting: SecretaryMeeting): Person {
    return { id: meeting.chairId };
  }

  @FieldResolver(() => [Person], {
    description: "Who attended (those recorded together, in no particular order).",
  })
  async attendees(@Root() meeting: SecretaryMeeting, @Ctx() ctx: Ctx): Promise<Person[]> {
    const rows = await ctx.loaders.attendeesByMeeting.load(meeting.id);
    return rows.map((a) => ({ id: a.personId }));
  }

  @FieldResolver(() => [WorkItem], {
    description: "The decisions it made, as work items, by deadline.",
  })
  decisions(@Root() meeting: SecretaryMeeting, @Ctx() ctx: Ctx): Promise<WorkItem[]> {
    return ctx.loaders.workItemsByMeeting.load(meeting.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who signed the minutes off." })
  signedOffBy(@Root() meeting: SecretaryMeeting): Person | null {
    return meeting.signedOffById ? { id: meeting.signedOffById } : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the minutes are signed off and locked." })
  locked(@Root() meeting: SecretaryMeeting): boolean {
    return meeting.signedOffAt !== null;
  }
}
