import { Field, Int, ObjectType } from "type-graphql";
import {
  AssistanceCaseStatus,
  CaseKind,
  DifficultyGrade,
  EscalationTier,
} from "../assistance-case/assistance-case.enums";

/** Students in a cell from which figures are withheld from a caller outside the care line: 1 to 4. */
export const SMALL_CELL = { min: 1, max: 4 } as const;

@ObjectType({
  description:
    "Figures over one cell of assistance cases: the cases the caller may see (exactly the rows assistanceCases lists for them) opened in [from, to), narrowed to the cell. " +
    "Each figure equals the totalCount of assistanceCases filtered alike (openedFrom: from, openedBefore: to, and the cell's kind, grade, ...). " +
    "Figures are null and suppressed true when the cell counts 1–4 students and the caller is outside the care line (does not hold CARE) for at least one of them, so a small cell never singles a student out to them.",
})
export class AssistanceCaseFigures {
  @Field(() => Int, {
    nullable: true,
    description: "Distinct students with a case in the cell. Null when suppressed.",
  })
  students!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Cases opened in [from, to): assistanceCases(filter: {openedFrom: from, openedBefore: to}).totalCount for the cell. Null when suppressed.",
  })
  opened!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Of those, cases with a confirmed difficulty grade (困难认定 confirmed, any grade; filter graded: true). Null when suppressed.",
  })
  graded!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Of those, cases that have reached ASSISTING (a task force at work) at some point: read off the stage they stand at now (ASSISTING, REVIEWED or CLOSED, which the workflow reaches only through ASSISTING; filter reachedAssisting: true). Null when suppressed.",
  })
  assisted!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Of those, cases CLOSED now (filter status: CLOSED). Null when suppressed.",
  })
  closed!: number | null;

  @Field(() => Boolean, {
    description:
      "True when the figures are withheld: the cell counts 1–4 students and the caller does not hold CARE for at least one of them.",
  })
  suppressed!: boolean;
}

@ObjectType({ description: "Figures over the cases opened in one calendar year on campus." })
export class AssistanceCaseYearFigures {
  @Field(() => Int, {
    description: "The calendar year of opening in campus time (Asia/Shanghai).",
  })
  year!: number;

  @Field(() => AssistanceCaseFigures)
  figures!: AssistanceCaseFigures;
}

@ObjectType({ description: "Figures over the cases of one kind." })
export class AssistanceCaseKindFigures {
  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => AssistanceCaseFigures)
  figures!: AssistanceCaseFigures;
}

@ObjectType({ description: "Figures over the cases confirmed at one difficulty grade." })
export class AssistanceCaseGradeFigures {
  @Field(() => DifficultyGrade)
  grade!: DifficultyGrade;

  @Field(() => AssistanceCaseFigures, {
    description:
      "Counted only over cases of students the caller holds FINANCIAL for (the grade is FINANCIAL data), as assistanceCases(filter: {grade}) matches.",
  })
  figures!: AssistanceCaseFigures;
}

@ObjectType({ description: "How many of the range's cases stand at one stage now." })
export class AssistanceCaseStatusCount {
  @Field(() => AssistanceCaseStatus)
  status!: AssistanceCaseStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      "Cases opened in the range standing at this stage now (filter status). Null when suppressed.",
  })
  cases!: number | null;

  @Field(() => Boolean, {
    description:
      "True when the count is withheld: these cases are of 1–4 students and the caller does not hold CARE for at least one of them.",
  })
  suppressed!: boolean;
}

@ObjectType({ description: "How many overdue measures have reached one escalation tier." })
export class OverdueMeasureTierCount {
  @Field(() => EscalationTier)
  tier!: EscalationTier;

  @Field(() => Int, {
    description:
      "Measures overdue now, on cases the caller may see, whose lateness has reached this tier and no higher: overdueMeasures(filter: {tier}).totalCount.",
  })
  measures!: number;
}

@ObjectType({
  description:
    "帮扶 statistics: assistance cases opened in [from, to) and the measures overdue now, counted over exactly the cases assistanceCases lists for the caller " +
    "(a task-force member: the cases they serve on; a student: their own; an administrator: all). No ids, names or summaries; small cells are suppressed for callers outside the care line.",
})
export class AssistanceCaseStatistics {
  @Field(() => Date, { description: "Start of the range, inclusive." })
  from!: Date;

  @Field(() => Date, { description: "End of the range, exclusive." })
  to!: Date;

  @Field(() => AssistanceCaseFigures, { description: "Every case opened in the range." })
  total!: AssistanceCaseFigures;

  @Field(() => [AssistanceCaseYearFigures], {
    description:
      "Every calendar year (campus time, Asia/Shanghai) the range touches, in order, zeros included.",
  })
  byYear!: AssistanceCaseYearFigures[];

  @Field(() => [AssistanceCaseKindFigures], {
    description:
      "Every kind, in enum order, zeros included. MENTAL_HEALTH cases are counted as assistanceCases lists them: only for a caller who holds MENTAL_HEALTH for the student or serves on the case's task force.",
  })
  byKind!: AssistanceCaseKindFigures[];

  @Field(() => [AssistanceCaseGradeFigures], {
    description:
      "Every grade, in enum order, zeros included, over the graded cases of students the caller holds FINANCIAL for; so they may sum to less than total.graded.",
  })
  byGrade!: AssistanceCaseGradeFigures[];

  @Field(() => [AssistanceCaseStatusCount], {
    description: "Every stage, in workflow order: where the range's cases stand now.",
  })
  byStatus!: AssistanceCaseStatusCount[];

  @Field(() => [OverdueMeasureTierCount], {
    description:
      "Every tier, lowest first: the measures overdue now on any case the caller may see (not only the range's; the overdueMeasures list's rows), by the tier their lateness has reached. They sum to overdueMeasures.totalCount.",
  })
  overdueMeasuresByTier!: OverdueMeasureTierCount[];
}
