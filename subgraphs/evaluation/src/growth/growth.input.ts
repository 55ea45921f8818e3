import { ArrayMaxSize, ValidateBy } from "class-validator";
import { ArgsType, Field, Float, ID, InputType } from "type-graphql";
import { Between } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { isTerm } from "./growth.term";
import { GrowthDomain } from "./growth.enums";

/** Most rows one recordGrowthEvents call takes; a larger import is sent in several batches. */
export const MAX_GROWTH_BATCH = 1000;
/** Points one fact may count, either way: more is a data error, not an achievement. */
export const MAX_EVENT_POINTS = 100;
export const MAX_TITLE_LENGTH = 200;
export const MAX_SOURCE_KEY_LENGTH = 200;
/** Largest pointsForFullMarks a scheme may set; a sanity bound, far above any real scheme. */
export const MAX_POINTS_FOR_FULL_MARKS = 10_000;

/** A term as termOf writes it, such as "2026-2027-1". */
function IsTerm(): PropertyDecorator {
  return ValidateBy({
    name: "isTerm",
    validator: {
      validate: (v) => typeof v === "string" && isTerm(v),
      defaultMessage: (a) =>
        `${a?.property} must be a term such as "2026-2027-1" (autumn) or "2026-2027-2" (spring)`,
    },
  });
}

@InputType({ description: "One fact for a student's growth record." })
export class GrowthEventInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => GrowthDomain)
  domain!: GrowthDomain;

  @Field(() => String, {
    description: "A short code in capitals, such as COURSE_COMPLETED or VOLUNTEER_HOURS.",
  })
  kind!: string;

  @Field(() => String, { description: `At most ${MAX_TITLE_LENGTH} characters.` })
  title!: string;

  @Field(() => Float, {
    description: `Between -${MAX_EVENT_POINTS} and ${MAX_EVENT_POINTS}; negative for a deduction.`,
  })
  points!: number;

  @Field(() => String, { description: "YYYY-MM-DD, not in the future (campus date)." })
  occurredOn!: string;

  @Field(() => String, {
    description:
      "The sender's own key for this fact; sending it again is counted as a duplicate and changes nothing.",
  })
  sourceKey!: string;
}

@InputType()
export class RecordGrowthEventsInput {
  // Rows are judged one by one in the service: a bad row is reported by index, the good ones kept.
  @Field(() => [GrowthEventInput], { description: `At most ${MAX_GROWTH_BATCH} rows.` })
  @ArrayMaxSize(MAX_GROWTH_BATCH, { message: `at most ${MAX_GROWTH_BATCH} events per call` })
  events!: GrowthEventInput[];
}

@InputType()
export class DomainWeightInput {
  @Field(() => GrowthDomain)
  domain!: GrowthDomain;

  @Field(() => Float)
  weight!: number;
}

@InputType()
export class SetEvaluationSchemeInput {
  @Field(() => String, { description: 'The term, such as "2026-2027-1".' })
  @IsTerm()
  term!: string;

  @Field(() => [DomainWeightInput], {
    description:
      "Each of the five domains once, weights not negative, summing to 1 (within 0.001).",
  })
  weights!: DomainWeightInput[];

  @Field(() => Float, {
    description: `Points in a domain that score 100 there; more than 0 and at most ${MAX_POINTS_FOR_FULL_MARKS}.`,
  })
  @Between(0, MAX_POINTS_FOR_FULL_MARKS, { aboveMin: true })
  pointsForFullMarks!: number;
}

@ArgsType()
export class GrowthRecordArgs extends PageArgs {
  @Field(() => GrowthDomain, { nullable: true, description: "Only this domain." })
  domain?: GrowthDomain | null;

  @Field(() => String, { nullable: true, description: 'Only this term, such as "2026-2027-1".' })
  @IsTerm()
  term?: string | null;
}
