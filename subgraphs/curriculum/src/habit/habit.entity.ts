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
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { HabitKind } from "./habit.enums";

/**
 * A habit project of the climb plan's first tier (攀登计划第一层): a study-style improvement project
 * (学业学风提升) or a fitness-habit project (体能习惯养成), run by a member of staff over a period with
 * a goal of check-ins.
 */
@ObjectType({
  description:
    "A habit project (学业学风提升 / 体能习惯养成): its period, goal of check-ins and organiser.",
})
@Entity({ tableName: "habit_project" })
@Index({ properties: ["startsOn"] })
export class HabitProject extends CampusEntity {
  @Field(() => HabitKind)
  @Enum({ items: () => HabitKind, nativeEnumName: "habit_kind" })
  kind!: HabitKind;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @Field(() => String, { description: "What the project asks of its participants." })
  @Property({ type: "text" })
  description!: string;

  @Field(() => Int, { description: "Check-ins over the period that meet the goal (one a day)." })
  @Property({ type: "integer" })
  goalCheckIns!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Check-ins needed in every full week of the period, if any.",
  })
  @Property({ type: "integer", nullable: true })
  perWeek: number | null = null;

  @Field(() => LocalDateResolver, { description: "The first day of check-ins." })
  @Property({ type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The last day of check-ins." })
  @Property({ type: "date" })
  endsOn!: string;

  @Field(() => String, {
    nullable: true,
    description: "Whom it is for (e.g. 2026级, a college), as the organiser words it.",
  })
  @Property({ type: "text", nullable: true })
  audience: string | null = null;

  /** A Person key: the member of staff who runs it and records the results. */
  @Index()
  @Property({ type: "uuid" })
  organiserId!: string;
}

/** A student's participation in a habit project, and its result once recorded. */
@ObjectType({
  description:
    "A student's participation in a habit project; its result (goal met or not) is recorded once, at the end.",
})
@Entity({ tableName: "habit_participation" })
@Unique({ properties: ["project", "personId"] })
export class HabitParticipation extends CampusEntity {
  @ManyToOne({ entity: () => HabitProject, ref: true, deleteRule: "cascade" })
  project!: Ref<HabitProject>;

  /** A Person key: the student. */
  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  joinedAt: Date & Opt = new Date();

  @Field(() => Boolean, {
    nullable: true,
    description: "Null until the organiser records the result; computed from the check-ins.",
  })
  @Property({ type: "boolean", nullable: true })
  goalMet: boolean | null = null;

  @Field(() => Int, {
    nullable: true,
    description: "Check-ins counted when the result was recorded.",
  })
  @Property({ type: "integer", nullable: true })
  resultCheckIns: number | null = null;

  @Field(() => String, { nullable: true, description: "The organiser's note on the result." })
  @Property({ type: "text", nullable: true })
  resultNote: string | null = null;

  /** A Person key: who recorded the result. */
  @Property({ type: "uuid", nullable: true })
  resultById: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", length: 3, nullable: true })
  resultAt: Date | null = null;
}

/** One day's check-in of a participant: never twice a day (the unique constraint), never outside the period. */
@ObjectType({ description: "One day's check-in (打卡) in a habit project." })
@Entity({ tableName: "habit_check_in" })
@Unique({ properties: ["participation", "day"] })
export class HabitCheckIn extends CampusEntity {
  @ManyToOne({ entity: () => HabitParticipation, ref: true, deleteRule: "cascade" })
  participation!: Ref<HabitParticipation>;

  @Field(() => LocalDateResolver, { description: "The campus day checked in." })
  @Property({ type: "date" })
  day!: string;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  at!: Date;

  @Field(() => String, { nullable: true, description: "What was done (e.g. 晨跑 3 公里)." })
  @Property({ type: "text", nullable: true })
  note: string | null = null;
}
