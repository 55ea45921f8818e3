import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";
import { HabitKind } from "./habit.enums";

@InputType({ description: "A member of staff starts a habit project." })
export class CreateHabitProjectInput {
  @Field(() => HabitKind)
  kind!: HabitKind;

  @TextField(200)
  title!: string;

  @TextField(2000, { description: "What it asks of participants" })
  description!: string;

  @Field(() => Int, { description: "Check-ins over the period that meet the goal" })
  @Between(1, 366, { integer: true })
  goalCheckIns!: number;

  @Field(() => Int, { nullable: true, description: "Check-ins needed in every full week" })
  @Between(1, 7, { integer: true })
  perWeek?: number | null;

  @Field(() => LocalDateResolver)
  startsOn!: string;

  @Field(() => LocalDateResolver)
  endsOn!: string;

  @TextField(200, { nullable: true, blank: true, description: "Whom it is for" })
  audience?: string | null;
}

@InputType({ description: "A habit project, by id." })
export class HabitProjectIdInput {
  @Field(() => ID)
  @IsId()
  projectId!: string;
}

@InputType({ description: "A participant checks in for today." })
export class CheckInHabitInput {
  @Field(() => ID)
  @IsId()
  projectId!: string;

  @TextField(500, { nullable: true, blank: true, description: "What was done" })
  note?: string | null;
}

@InputType({
  description: "The organiser records a participant's result, computed from the check-ins.",
})
export class RecordHabitResultInput {
  @Field(() => ID)
  @IsId()
  participationId!: string;

  @TextField(500, { nullable: true, blank: true })
  note?: string | null;
}
