import { Field, Float, InputType, ObjectType } from "type-graphql";
import { IndicatorKind } from "../indicator/indicator.enums";
import { RuleAggregate, RuleOperator } from "./warning-rule.enums";

/** Stored as jsonb on the rule version: conditions are read with their version, never on their own. */
@ObjectType({
  description:
    "One test a rule makes: the aggregate of an indicator over the rule's window, compared with a threshold.",
})
export class RuleCondition {
  @Field(() => IndicatorKind)
  indicator!: IndicatorKind;

  @Field(() => RuleAggregate)
  aggregate!: RuleAggregate;

  @Field(() => RuleOperator)
  operator!: RuleOperator;

  @Field(() => Float, {
    description: "In the unit of the indicator (a number of records for COUNT).",
  })
  threshold!: number;
}

@InputType()
export class RuleConditionInput {
  @Field(() => IndicatorKind)
  indicator!: IndicatorKind;

  @Field(() => RuleAggregate)
  aggregate!: RuleAggregate;

  @Field(() => RuleOperator)
  operator!: RuleOperator;

  @Field(() => Float)
  threshold!: number;
}
