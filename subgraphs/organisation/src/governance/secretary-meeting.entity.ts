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
import { MeetingLevel } from "./governance.enums";

/**
 * 两级书记例会: a secretaries' regular meeting of a college-level party organisation or of a
 * grassroots branch. Its minutes are written until the chair signs them off; from then on the
 * minutes, the attendance and the decisions are locked (CONFLICT).
 */
@ObjectType({
  description:
    "A secretaries' regular meeting (书记例会) at one of two levels: date, chair, attendees, minutes, and the decisions that became work items.",
})
@Entity({ tableName: "secretary_meeting" })
@Index({ properties: ["unit", "heldOn", "id"] })
@Index({ properties: ["heldOn", "id"] })
export class SecretaryMeeting extends VersionedCampusEntity {
  @Field(() => MeetingLevel)
  @Enum({ items: () => MeetingLevel, nativeEnumName: "meeting_level" })
  level!: MeetingLevel;

  /** The organisation holding it. */
  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  unit!: Ref<OrgUnit>;

  @Field(() => LocalDateResolver)
  @Property({ type: "date" })
  heldOn!: string;

  @Field(() => String, { description: "What the meeting is about." })
  @Property({ type: "string", length: 200 })
  topic!: string;

  /** The chair (a Person key), who signs the minutes off. */
  @Property({ type: "uuid" })
  chairId!: string;

  @Field(() => String, { description: "The minutes (会议纪要); empty until written." })
  @Property({ type: "text" })
  minutes: string & Opt = "";

  @Field(() => Date, {
    nullable: true,
    description: "When the minutes were signed off and locked; null while they may still change.",
  })
  @Property({ type: "datetime", nullable: true })
  signedOffAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  signedOffById: string | null = null;

  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;
}

/** A person at a secretaries' meeting (a Person key), once per meeting. */
@Entity({ tableName: "secretary_meeting_attendee" })
@Unique({ properties: ["meeting", "personId"] })
export class SecretaryMeetingAttendee extends CampusEntity {
  @ManyToOne({ entity: () => SecretaryMeeting, ref: true, deleteRule: "cascade" })
  meeting!: Ref<SecretaryMeeting>;

  @Index()
  @Property({ type: "uuid" })
  personId!: string;
}
