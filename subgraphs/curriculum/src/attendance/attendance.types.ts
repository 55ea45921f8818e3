import { Field, Float, Int, ObjectType } from "type-graphql";
import { Course } from "../course/course.entity";

@ObjectType({
  description:
    "Attendance counted over enrolled students' places in sessions that were not cancelled, from the time check-in may open (30 minutes before the start); a place with no record counts ABSENT once the session has ended.",
})
export class AttendanceSummary {
  @Field(() => Int, { description: "Places counted (ENROLLED enrolments)." })
  places!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int)
  absent!: number;

  @Field(() => Int)
  excused!: number;

  @Field(() => Int, { description: "Places with nothing recorded yet in sessions under way." })
  unrecorded!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "(present + late) / (places − excused), from 0 to 1; null when there is nothing to count.",
  })
  rate!: number | null;
}

@ObjectType({
  description:
    "A student's progress towards completing a course they are enrolled in: the course's held sessions against its threshold.",
})
export class CourseProgress {
  @Field(() => Course)
  course!: Course;

  @Field(() => Int, {
    description: "Sessions of the course held so far (ended, not cancelled), whoever attended.",
  })
  heldSessions!: number;

  @Field(() => Int, { description: "Held sessions the student attended (PRESENT or LATE)." })
  attendedSessions!: number;

  @Field(() => Int, { description: "Held sessions the student was excused from." })
  excusedSessions!: number;

  @Field(() => Int, {
    description:
      "Attended sessions needed: the course's threshold × (held − excused), rounded up, and at least 1.",
  })
  requiredSessions!: number;

  @Field(() => Boolean, { description: "Whether attendedSessions has reached requiredSessions." })
  completed!: boolean;
}
