import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { SessionStatus } from "./session.enums";
import { CourseSessionRepository } from "./session.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "One sitting of a course (门次): a time, a room, an instructor and a number of seats.",
})
@Entity({ tableName: "course_session", repository: () => CourseSessionRepository })
@Index({ properties: ["course", "startsAt"] })
export class CourseSession extends CampusEntity {
  /** Resolved by CourseSessionResolver.course through a loader. */
  @ManyToOne({ entity: () => Course, ref: true })
  course!: Ref<Course>;

  @Field(() => Date)
  @Property({ type: "datetime" })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime" })
  endsAt!: Date;

  @Field(() => String, {
    description:
      "Where, in words (a hall, an activity room, a guest venue); `room` names the organisation's room when there is one.",
  })
  @Property({ type: "string", length: 200 })
  location!: string;

  /** A Room key (organisation subgraph), checked through the graph when set; exposed by CourseSessionResolver.room. */
  @Property({ type: "uuid", nullable: true })
  roomId: string | null = null;

  /** A Person key (people subgraph); exposed as a Person stub by CourseSessionResolver.instructor. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  instructorId: string | null = null;

  @Field(() => Int, { description: "Seats; enrol refuses once this many people are ENROLLED." })
  @Property({ type: "integer" })
  capacity!: number;

  @Field(() => SessionStatus)
  @Enum({ items: () => SessionStatus, nativeEnumName: "session_status" })
  status: SessionStatus & Opt = SessionStatus.SCHEDULED;

  @Field(() => String, {
    nullable: true,
    description:
      "The organiser's note on the latest change (rescheduled, moved, new instructor, cancelled), shown to enrolled students; null while nothing changed.",
  })
  @Property({ type: "text", nullable: true })
  changeNote: string | null = null;

  @Field(() => Date, { nullable: true, description: "When the latest change was made." })
  @Property({ type: "datetime", nullable: true })
  changedAt: Date | null = null;
}
