import { Field, Float, Int, ObjectType } from "type-graphql";
import { EvaluationScheme } from "./evaluation-scheme.entity";
import { GrowthDomain } from "./growth.enums";

@ObjectType({ description: "A row recordGrowthEvents did not record, and why." })
export class GrowthEventRowError {
  @Field(() => Int, { description: "Position of the row in the input, from 0." })
  index!: number;

  @Field(() => String, { description: "The input field at fault." })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({
  description:
    "What one recordGrowthEvents call did: good rows are recorded even when others are refused.",
})
export class GrowthEventBatchReport {
  @Field(() => Int, { description: "Rows recorded now." })
  recorded!: number;

  @Field(() => Int, {
    description:
      "Valid rows whose (source, sourceKey) was already recorded, in an earlier call or earlier in this one.",
  })
  duplicates!: number;

  @Field(() => [GrowthEventRowError], {
    description: "Rows refused, each with the first problem found.",
  })
  rows!: GrowthEventRowError[];
}

@ObjectType({ description: "A student's standing in one domain for a term." })
export class DomainScore {
  @Field(() => GrowthDomain)
  domain!: GrowthDomain;

  @Field(() => Float, { description: "The sum of the term's points in this domain." })
  points!: number;

  @Field(() => Float, {
    description:
      "points as a share of the scheme's pointsForFullMarks, 0 to 100 (capped both ways), to 2 decimals.",
  })
  score!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { description: "score × weight, to 2 decimals." })
  weighted!: number;
}

@ObjectType({
  description:
    "A student's comprehensive evaluation (综合评价) for a term, from their growth record and the term's scheme.",
})
export class TermEvaluation {
  @Field(() => String)
  term!: string;

  @Field(() => EvaluationScheme, {
    description: "The scheme applied: the term's own, or the default when the term has none.",
  })
  scheme!: EvaluationScheme;

  @Field(() => [DomainScore], {
    description: "All five domains, in the order MORAL, INTELLECTUAL, PHYSICAL, AESTHETIC, LABOUR.",
  })
  domains!: DomainScore[];

  @Field(() => Float, { description: "The sum of the weighted scores, 0 to 100, to 2 decimals." })
  total!: number;
}
