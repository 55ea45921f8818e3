import { Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Attendance } from "./attendance.entity";
import { AttendanceSource, AttendanceStatus } from "./attendance.enums";

/** One change of a student's attendance: from what to what, how, by whom, when and why. Never edited. */
@ObjectType({ description: "One change of a student's attendance at a session." })
@Entity({ tableName: "attendance_change" })
@Index({ properties: ["attendance", "changedAt"] })
export class AttendanceChange extends CampusEntity {
  @ManyToOne({ entity: () => Attendance, ref: true, deleteRule: "cascade" })
  attendance!: Ref<Attendance>;

  @Field(() => AttendanceStatus, {
    nullable: true,
    description: "Null for the first record (nothing was recorded before).",
  })
  @Enum({
    items: () => AttendanceStatus,
    nativeEnumName: "attendance_status",
    fieldName: "from_status",
    nullable: true,
  })
  from: AttendanceStatus | null = null;

  @Field(() => AttendanceStatus)
  @Enum({
    items: () => AttendanceStatus,
    nativeEnumName: "attendance_status",
    fieldName: "to_status",
  })
  to!: AttendanceStatus;

  @Field(() => AttendanceSource)
  @Enum({ items: () => AttendanceSource, nativeEnumName: "attendance_source" })
  source!: AttendanceSource;

  /** A Person key: the student (check-in), the instructor or the organiser (mark). */
  @Property({ type: "uuid", nullable: true })
  changedById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  changedAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  note: string | null = null;
}
