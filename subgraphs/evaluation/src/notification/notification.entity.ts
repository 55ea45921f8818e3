import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { NotificationKind } from "./notification.enums";
import { NotificationRepository } from "./notification.repository";

/**
 * 通知: something a member of staff should look at, written by the service call that caused it in
 * the same transaction (an assignment, an escalation, a task-force seat), or, for a measure due
 * soon or overdue, by the hourly measures job. Names its item by id only: what the item says is
 * read through the item's own fields, under their own access rules.
 */
@ObjectType({ description: "通知: an item of work for the signed-in member of staff." })
@Entity({ tableName: "notification", repository: () => NotificationRepository })
@Index({ properties: ["recipientId", "at", "id"] })
// The measures job runs hourly: one notice per measure, kind and due date, however often it runs.
@Index({
  name: "notification_measure_once",
  expression: `create unique index "notification_measure_once" on "evaluation"."notification" ("recipient_id", "kind", "measure_id", "measure_due_on") where "measure_id" is not null`,
})
export class Notification extends CampusEntity {
  /** Who is told; a Person key (people subgraph). */
  @Property({ type: "uuid" })
  recipientId!: string;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: "notification_kind" })
  kind!: NotificationKind;

  @Field(() => Date, { description: "When it happened." })
  @Property({ type: "datetime" })
  at: Date & Opt = new Date();

  /** Who caused it (the assigner, the one who added them); null for the platform's jobs. */
  @Property({ type: "uuid", nullable: true })
  byPersonId: string | null = null;

  @Property({ type: "uuid", nullable: true })
  warningId: string | null = null;

  @Property({ type: "uuid", nullable: true })
  caseId: string | null = null;

  @Property({ type: "uuid", nullable: true })
  measureId: string | null = null;

  /** The measure's due date the notice is about (a moved due date is told again). */
  @Property({ type: "date", nullable: true })
  measureDueOn: string | null = null;

  @Property({ type: "datetime", nullable: true })
  readAt: Date | null = null;
}
