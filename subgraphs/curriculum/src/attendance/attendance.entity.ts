import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Enrolment } from "../enrolment/enrolment.entity";
import { AttendanceStatus } from "./attendance.enums";
import { AttendanceRepository } from "./attendance.repository";

/**
 * A student's recorded attendance at the session of one enrolment: at most one per enrolment, so
 * a student checks in once. Its status changes only through AttendanceService, which stores each
 * change as an AttendanceChange.
 */
@ObjectType({
  description:
    "What was recorded of an enrolled student's attendance at a session (签到 or the instructor's mark), with its history.",
})
@Entity({ tableName: "attendance", repository: () => AttendanceRepository })
@Unique({ properties: ["enrolment"] })
export class Attendance extends CampusEntity {
  @ManyToOne({ entity: () => Enrolment, ref: true })
  enrolment!: Ref<Enrolment>;

  @Field(() => AttendanceStatus)
  @Enum({ items: () => AttendanceStatus, nativeEnumName: "attendance_status" })
  status!: AttendanceStatus;

  @Field(() => Date, {
    nullable: true,
    description: "When the student checked in with the code; null when only marked.",
  })
  @Property({ type: "datetime", length: 3, nullable: true })
  checkedInAt: Date | null = null;

  @Field(() => Date, { description: "When the current status was set." })
  @Property({ type: "datetime", length: 3 })
  changedAt!: Date;

  /** A Person key: who set the current status (the student on check-in). */
  @Property({ type: "uuid", nullable: true })
  changedById: string | null = null;

  @Field(() => String, { nullable: true, description: "The note of the latest mark, if any." })
  @Property({ type: "text", nullable: true })
  note: string | null = null;
}
