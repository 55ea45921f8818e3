import { Field, Int, ObjectType } from "type-graphql";
import { Sensitive } from "@campus/access";
import { DifficultyGrade } from "./assistance-case.enums";
import type { AssistanceCase } from "./assistance-case.entity";

/**
 * 困难认定 of a case: the recommendation from weighted conditions (grading.ts) and the confirmation
 * by a second person. The grade and what it rests on are FINANCIAL data. The student sees their
 * own (SECURITY.md, "Self": everyone may read their own FINANCIAL data): a grade that decides aid
 * must be explainable to the person it is about, so they can ask for it to be reconsidered.
 */
@ObjectType({
  description:
    "困难认定: the recommended grade from weighted conditions, and the grade a second person confirmed.",
})
export class CaseGrading {
  /** The student; not a field, the subject of the sensitive ones. */
  personId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Sum of the weights of the conditions met. Needs FINANCIAL.",
  })
  @Sensitive<CaseGrading>({
    level: "SENSITIVE",
    purposes: ["FINANCIAL"],
    subject: (g) => g.personId,
  })
  score!: number;

  @Field(() => [String], {
    nullable: true,
    description: "Codes of the conditions met (see gradingConditions). Needs FINANCIAL.",
  })
  @Sensitive<CaseGrading>({
    level: "SENSITIVE",
    purposes: ["FINANCIAL"],
    subject: (g) => g.personId,
  })
  conditions!: string[];

  @Field(() => DifficultyGrade, {
    nullable: true,
    description: "The grade the score calls for. Needs FINANCIAL.",
  })
  @Sensitive<CaseGrading>({
    level: "SENSITIVE",
    purposes: ["FINANCIAL"],
    subject: (g) => g.personId,
  })
  recommendedGrade!: DifficultyGrade;

  recommendedById!: string;

  @Field(() => Date)
  recommendedAt!: Date;

  @Field(() => DifficultyGrade, {
    nullable: true,
    description:
      "The grade confirmed by a second person; null until confirmed (or without FINANCIAL).",
  })
  @Sensitive<CaseGrading>({
    level: "SENSITIVE",
    purposes: ["FINANCIAL"],
    subject: (g) => g.personId,
  })
  confirmedGrade!: DifficultyGrade | null;

  confirmedById!: string | null;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Why, from the recommender or (replacing it) the confirmer. Needs FINANCIAL.",
  })
  @Sensitive<CaseGrading>({
    level: "SENSITIVE",
    purposes: ["FINANCIAL"],
    subject: (g) => g.personId,
  })
  note!: string | null;

  static of(c: AssistanceCase): CaseGrading | null {
    if (c.recommendedGrade === null || c.recommendedAt === null || c.recommendedById === null)
      return null;
    return Object.assign(new CaseGrading(), {
      personId: c.personId,
      score: c.gradingScore ?? 0,
      conditions: c.gradingConditions,
      recommendedGrade: c.recommendedGrade,
      recommendedById: c.recommendedById,
      recommendedAt: c.recommendedAt,
      confirmedGrade: c.confirmedGrade,
      confirmedById: c.confirmedById,
      confirmedAt: c.confirmedAt,
      note: c.gradingNote,
    });
  }
}

@ObjectType({
  description: "A condition of economic difficulty and its weight in the recommended grade.",
})
export class GradingCondition {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  weight!: number;
}
