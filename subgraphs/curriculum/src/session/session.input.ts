import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";

/** Most seats a session may offer: the largest hall. */
export const MAX_CAPACITY = 2000;
export const MAX_LOCATION_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;

@InputType({ description: "A new session of a course, scheduled by an organiser." })
export class ScheduleCourseSessionInput {
  @Field(() => ID)
  @IsId()
  courseId!: string;

  @Field(() => Date, { description: "In the future." })
  startsAt!: Date;

  @Field(() => Date, { description: "After startsAt, on the same campus day or within 24 hours." })
  endsAt!: Date;

  @TextField(MAX_LOCATION_LENGTH, { description: "Where, in words" })
  location!: string;

  @Field(() => ID, { nullable: true, description: "The organisation's room, when it is one." })
  @IsId()
  roomId?: string | null;

  @Field(() => ID, { nullable: true, description: "A person; none for a guest speaker." })
  @IsId()
  instructorId?: string | null;

  @Field(() => Int, { description: `From 1 to ${MAX_CAPACITY}.` })
  @Between(1, MAX_CAPACITY, { integer: true })
  capacity!: number;
}

@InputType({
  description:
    "Changes to a session that has not ended: only the fields given change. Enrolled students see the session's new values and the note.",
})
export class UpdateCourseSessionInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @TextField(MAX_LOCATION_LENGTH, { nullable: true, description: "Where, in words" })
  location?: string | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  roomId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  instructorId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `From 1 to ${MAX_CAPACITY}, and not below the places already taken; more places enrol the waiting list in order.`,
  })
  @Between(1, MAX_CAPACITY, { integer: true })
  capacity?: number | null;

  @TextField(MAX_NOTE_LENGTH, { description: "What changed and why, for the students" })
  note!: string;
}

@InputType()
export class CancelCourseSessionInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @TextField(MAX_NOTE_LENGTH, { description: "Why, for the students" })
  note!: string;
}
