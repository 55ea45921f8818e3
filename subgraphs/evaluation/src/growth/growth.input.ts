import { ArgsType, Field, Float, ID, InputType } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";
import { GrowthDomain } from "./growth.enums";

/** Most rows one recordGrowthEvents call takes; a larger import is sent in several batches. */
export const MAX_GROWTH_BATCH = 1000;
/** Points one fact may count, either way: more is a data error, not an achievement. */
export const MAX_EVENT_POINTS = 100;
export const MAX_TITLE_LENGTH = 200;
export const MAX_SOURCE_KEY_LENGTH = 200;

@InputType({ description: "One fact for a student's growth record." })
export class GrowthEventInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => GrowthDomain)
  domain!: GrowthDomain;

  @Field(() => String, { description: "A short code in capitals, such as COURSE_COMPLETED or VOLUNTEER_HOURS." })
  kind!: string;

  @Field(() => String, { description: `At most ${MAX_TITLE_LENGTH} characters.` })
  title!: string;

  @Field(() => Float, { description: `Between -${MAX_EVENT_POINTS} and ${MAX_EVENT_POINTS}; negative for a deduction.` })
  points!: number;

  @Field(() => String, { description: "YYYY-MM-DD, not in the future (campus date)." })
  occurredOn!: string;

  @Field(() => String, { description: "The sender's own key for this fact; sending it again is counted as a duplicate and changes nothing." })
  sourceKey!: string;
}

@InputType()
export class RecordGrowthEventsInput {
  @Field(() => [GrowthEventInput], { description: `At most ${MAX_GROWTH_BATCH} rows.` })
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
  @Field(() => String, { description: "The term, such as \"2026-2027-1\"." })
  term!: string;

  @Field(() => [DomainWeightInput], { description: "Each of the five domains once, weights not negative, summing to 1 (within 0.001)." })
  weights!: DomainWeightInput[];

  @Field(() => Float, { description: "Points in a domain that score 100 there; more than 0." })
  pointsForFullMarks!: number;
}

@ArgsType()
export class GrowthRecordArgs extends PageArgs {
  @Field(() => GrowthDomain, { nullable: true, description: "Only this domain." })
  domain?: GrowthDomain | null;

  @Field(() => String, { nullable: true, description: "Only this term, such as \"2026-2027-1\"." })
  term?: string | null;
}
