import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity, VersionedCampusEntity } from "@campus/subgraph/data";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { WorkItemList, WorkItemStatus, WorkLevel } from "./governance.enums";
import { SecretaryMeeting } from "./secretary-meeting.entity";

/**
 * An item on one of the three lists (三张清单): a problem (难题), a measure taken for it (举措) or a
 * responsibility carrying a measure out (责任). Owned by an org unit, with a person in charge, a
 * deadline, a status (governance.rules.ts) and its place in the five-level work system.
 */
@ObjectType({
  description:
    "A work item on the three lists (三张清单): a problem, a measure for it, or a responsibility that carries a measure out.",
})
@Entity({ tableName: "work_item" })
// The board, the supervision board and escalation read open items by deadline.
@Index({ properties: ["status", "dueOn", "id"] })
@Index({ properties: ["unit", "dueOn", "id"] })
@Index({ properties: ["inChargeId", "dueOn", "id"] })
export class WorkItem extends VersionedCampusEntity {
  @Field(() => WorkItemList)
  @Enum({ items: () => WorkItemList, nativeEnumName: "work_item_list" })
  list!: WorkItemList;

  /** The problem a measure answers, the measure a responsibility carries out; null for a problem. */
  @Index()
  @ManyToOne({ entity: () => WorkItem, ref: true, nullable: true, deleteRule: "restrict" })
  parent: Ref<WorkItem> | null = null;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "May be empty." })
  @Property({ type: "string", length: 2000 })
  description!: string;

  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  unit!: Ref<OrgUnit>;

  /** The person in charge (责任人): a Person key, checked through the graph when set. */
  @Property({ type: "uuid" })
  inChargeId!: string;

  @Field(() => LocalDateResolver, { description: "The deadline." })
  @Property({ type: "date" })
  dueOn!: string;

  @Field(() => WorkItemStatus)
  @Enum({ items: () => WorkItemStatus, nativeEnumName: "work_item_status" })
  status: WorkItemStatus & Opt = WorkItemStatus.OPEN;

  @Field(() => WorkLevel, {
    description: "Where in the five-level work system it is handled now; escalation moves it up.",
  })
  @Enum({ items: () => WorkLevel, nativeEnumName: "work_level" })
  level!: WorkLevel;

  /** The secretaries' meeting that decided it, for a decision of one. */
  @Index()
  @ManyToOne({ entity: () => SecretaryMeeting, ref: true, nullable: true, deleteRule: "restrict" })
  meeting: Ref<SecretaryMeeting> | null = null;

  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;

  @Field(() => Date, { description: "When it was put on its list." })
  declare createdAt: Date & Opt;
}

/** One status move of a work item (or its creation, fromStatus null): who, when, a note. Only added. */
@ObjectType({ description: "One status move of a work item: from, to, who, when, a note." })
@Entity({ tableName: "work_item_transition" })
@Index({ properties: ["item", "createdAt"] })
export class WorkItemTransition extends CampusEntity {
  @ManyToOne({ entity: () => WorkItem, ref: true, deleteRule: "cascade" })
  item!: Ref<WorkItem>;

  @Field(() => WorkItemStatus, { nullable: true, description: "Null when the item was created." })
  @Enum({ items: () => WorkItemStatus, nativeEnumName: "work_item_status", nullable: true })
  fromStatus: WorkItemStatus | null = null;

  @Field(() => WorkItemStatus)
  @Enum({ items: () => WorkItemStatus, nativeEnumName: "work_item_status" })
  toStatus!: WorkItemStatus;

  /** Who moved it (a Person key); null for callers who are not a person. */
  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => String, { description: "Why; may be empty (a cancellation always says why)." })
  @Property({ type: "string", length: 500 })
  note!: string;

  @Field(() => Date, { description: "When the move was made." })
  declare createdAt: Date & Opt;
}

/** A dated follow-up note (跟进记录) on a work item. Only added. */
@ObjectType({ description: "A dated follow-up note on a work item: what happened on which day." })
@Entity({ tableName: "work_item_follow_up" })
@Index({ properties: ["item", "createdAt"] })
export class WorkItemFollowUp extends CampusEntity {
  @ManyToOne({ entity: () => WorkItem, ref: true, deleteRule: "cascade" })
  item!: Ref<WorkItem>;

  @Field(() => LocalDateResolver, { description: "The day the note is about." })
  @Property({ type: "date" })
  on!: string;

  @Field(() => String)
  @Property({ type: "string", length: 1000 })
  note!: string;

  @Property({ type: "uuid", nullable: true })
  byId: string | null = null;

  @Field(() => Date, { description: "When the note was written." })
  declare createdAt: Date & Opt;
}

/**
 * 督办: an overdue work item moved one level up the five-level work system for one missed
 * deadline. At most one per item and deadline (the unique index), so escalation is idempotent: a
 * second run for the same missed deadline records and moves nothing.
 */
@ObjectType({
  description: "An overdue work item moved one level up (督办) for a missed deadline.",
})
@Entity({ tableName: "work_item_escalation" })
@Unique({ properties: ["item", "dueOn"] })
export class WorkItemEscalation extends CampusEntity {
  @ManyToOne({ entity: () => WorkItem, ref: true, deleteRule: "cascade" })
  item!: Ref<WorkItem>;

  @Field(() => LocalDateResolver, { description: "The deadline that was missed." })
  @Property({ type: "date" })
  dueOn!: string;

  @Field(() => WorkLevel)
  @Enum({ items: () => WorkLevel, nativeEnumName: "work_level" })
  fromLevel!: WorkLevel;

  @Field(() => WorkLevel)
  @Enum({ items: () => WorkLevel, nativeEnumName: "work_level" })
  toLevel!: WorkLevel;

  @Field(() => Date, { description: "When it was escalated." })
  declare createdAt: Date & Opt;
}
