import { Matches } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";
import { AttendanceStatus } from "./attendance.enums";
import { DEFAULT_CHECK_IN_MINUTES, MAX_CHECK_IN_MINUTES } from "./attendance.workflow";

export const MAX_ATTENDANCE_NOTE_LENGTH = 500;

@InputType({ description: "Opens (or reopens, with a new code) a session's check-in." })
export class OpenCheckInInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_CHECK_IN_MINUTES,
    description: `How long the code stays good, from 1 to ${MAX_CHECK_IN_MINUTES} minutes (${DEFAULT_CHECK_IN_MINUTES} unless given); never past the session's end.`,
  })
  @Between(1, MAX_CHECK_IN_MINUTES, { integer: true })
  minutes: number = DEFAULT_CHECK_IN_MINUTES;
}

@InputType({ description: "A student checking themselves in at a session with its code." })
export class CheckInInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => String, { description: "The six digits the instructor shows." })
  @Matches(/^\d{6}$/, { message: "code is six digits" })
  code!: string;
}

@InputType({
  description:
    "The instructor's (or an organiser's) mark of an enrolled student; a correction of a recorded status needs a note.",
})
export class MarkAttendanceInput {
  @Field(() => ID)
  @IsId()
  sessionId!: string;

  @Field(() => ID)
  @IsId()
  personId!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @TextField(MAX_ATTENDANCE_NOTE_LENGTH, {
    nullable: true,
    blank: true,
    description: "Why (a late arrival, a leave granted, a correction)",
  })
  note?: string | null;
}
