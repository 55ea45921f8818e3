import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { RuleConditionInput } from "./rule-condition";

export const MAX_WINDOW_DAYS = 730;
export const MAX_CONDITIONS = 10;
export const MAX_TEMPLATE_LENGTH = 500;
export const MAX_RULE_NAME_LENGTH = 200;

@InputType({ description: "What a rule version tests." })
export class RuleVersionInput {
  @Field(() => Int, { description: `1 to ${MAX_WINDOW_DAYS} days, up to and including the evaluation date.` })
  windowDays!: number;

  @Field(() => [RuleConditionInput], { description: `1 to ${MAX_CONDITIONS} conditions, all of which must hold.` })
  conditions!: RuleConditionInput[];

  @Field(() => String, {
    nullable: true,
    description: `The warnings' summary, at most ${MAX_TEMPLATE_LENGTH} characters; {INDICATOR} placeholders of the conditions' indicators and {windowDays} are filled in. Omitted: the rule's description.`,
  })
  summaryTemplate?: string | null;
}

@InputType()
export class CreateWarningRuleInput extends RuleVersionInput {
  @Field(() => String, { description: "Upper case letters, digits and _, e.g. ACADEMIC_FAILED_CREDITS; unique." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => WarningCategory)
  category!: WarningCategory;

  @Field(() => WarningLevel)
  level!: WarningLevel;
}

@ArgsType()
export class CreateWarningRuleArgs {
  @Field(() => CreateWarningRuleInput)
  input!: CreateWarningRuleInput;
}

@ArgsType()
export class PublishWarningRuleVersionArgs {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => RuleVersionInput)
  input!: RuleVersionInput;
}

@ArgsType()
export class SetWarningRuleActiveArgs {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => Boolean)
  active!: boolean;
}

@ArgsType()
export class WarningRulesArgs extends PageArgs {}
