import { Field, Float, Int, ObjectType } from "type-graphql";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";

@ObjectType({
  description:
    "Figures over one cell of warnings: the warnings raised in [from, to) that the caller may list (see WarningStatistics), narrowed to a month, category or level. " +
    "Each figure equals the totalCount of the matching `warnings` list for the same caller. " +
    "Figures are null and suppressed true when the cell counts 1–4 students and the caller is outside the care line (does not hold CARE) for at least one of them: a grid leader, building leader or branch secretary sees small cells only as suppressed.",
})
export class WarningFigures {
  @Field(() => Int, {
    nullable: true,
    description: "Distinct students with a warning in the cell; null when suppressed.",
  })
  students!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Warnings raised in the cell: warnings(filter: { raisedFrom, raisedBefore }).totalCount. Null when suppressed.",
  })
  raised!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Of those, taken up: status no longer OPEN (assigned, assessed, intervening, tracking or closed). Null when suppressed.",
  })
  handled!: number | null;

  @Field(() => Int, { nullable: true, description: "Of those, CLOSED. Null when suppressed." })
  closed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Of those, not CLOSED and past their current stage's due time now (filter overdue: true). Null when suppressed.",
  })
  overdue!: number | null;

  @Field(() => Boolean, {
    description:
      "True when the figures are withheld: 1–4 students in the cell and the caller does not hold CARE for at least one of them.",
  })
  suppressed!: boolean;
}

@ObjectType({ description: "The figures of the warnings raised in one calendar month." })
export class WarningMonthFigures {
  @Field(() => String, {
    description:
      'The month as "YYYY-MM", in campus time (Asia/Shanghai): a warning raised at 2026-02-28T17:00Z counts in "2026-03". The first and last months count only the part inside [from, to).',
  })
  month!: string;

  @Field(() => WarningFigures)
  figures!: WarningFigures;
}

@ObjectType({ description: "The figures of the warnings in one category." })
export class WarningCategoryFigures {
  @Field(() => WarningCategory)
  category!: WarningCategory;

  @Field(() => WarningFigures)
  figures!: WarningFigures;
}

@ObjectType({
  description: "The figures of the warnings at one level, and how long they took to close.",
})
export class WarningLevelFigures {
  @Field(() => WarningLevel)
  level!: WarningLevel;

  @Field(() => WarningFigures)
  figures!: WarningFigures;

  @Field(() => Float, {
    nullable: true,
    description:
      "Median hours from raising to closing, over the CLOSED warnings of the cell whose closing time is known; null when none closed or the cell is suppressed.",
  })
  medianHoursToClose!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Mean hours from raising to closing, over the same warnings as the median.",
  })
  meanHoursToClose!: number | null;
}

@ObjectType({
  description:
    "Warning statistics over [from, to): exactly the rows the `warnings` list gives the same caller (any relationship to the student; MENTAL_HEALTH warnings only for students the caller holds MENTAL_HEALTH for), raised in the range; for a unit, narrowed to its students. " +
    "Counts only, never ids or summaries. Cells of 1–4 students are suppressed for callers outside the care line (see WarningFigures).",
})
export class WarningStatistics {
  @Field(() => Date, { description: "Start of the range, included." })
  from!: Date;

  @Field(() => Date, { description: "End of the range, excluded." })
  to!: Date;

  @Field(() => WarningFigures, { description: "Every warning of the range." })
  total!: WarningFigures;

  @Field(() => [WarningMonthFigures], {
    description:
      "Every month of the range in campus time (Asia/Shanghai), in order, months without warnings included as zeros.",
  })
  byMonth!: WarningMonthFigures[];

  @Field(() => [WarningCategoryFigures], {
    description:
      "Every category the caller may count, in enum order; MENTAL_HEALTH only when the caller holds MENTAL_HEALTH for a student counted.",
  })
  byCategory!: WarningCategoryFigures[];

  @Field(() => [WarningLevelFigures], { description: "Every level, in rising severity." })
  byLevel!: WarningLevelFigures[];
}
