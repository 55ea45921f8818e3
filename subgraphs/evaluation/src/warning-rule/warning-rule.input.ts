import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Matches } from "class-validator";
import { Between, IsText, ListSize, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { RuleConditionInput } from "./rule-condition";

export const MAX_WINDOW_DAYS = 730;
export const MAX_CONDITIONS = 10;
export const MAX_TEMPLATE_LENGTH = 500;
export const MAX_RULE_NAME_LENGTH = 200;
export const MAX_CODE_LENGTH = 64;
const CODE = new RegExp(`^[A-Z][A-Z0-9_]{1,${MAX_CODE_LENGTH - 1}}$`);
const CODE_RULE = `upper case letters, digits and _, starting with a letter, 2 to ${MAX_CODE_LENGTH} characters`;

@InputType({ description: "What a rule version tests." })
export class RuleVersionInput {
  @Field(() => Int, {
    description: `1 to ${MAX_WINDOW_DAYS} days, up to and including the evaluation date.`,
  })
  @Between(1, MAX_WINDOW_DAYS, { integer: true })
  windowDays!: number;

  @Field(() => [RuleConditionInput], {
    description: `1 to ${MAX_CONDITIONS} conditions, all of which must hold.`,
  })
  @ListSize(1, MAX_CONDITIONS, `a rule has 1 to ${MAX_CONDITIONS} conditions`)
  conditions!: RuleConditionInput[];

  @Field(() => String, {
    nullable: true,
    description: `The warnings' summary, at most ${MAX_TEMPLATE_LENGTH} characters; {INDICATOR} placeholders of the conditions' indicators and {windowDays} are filled in. Omitted: the rule's description.`,
  })
  @IsText(MAX_TEMPLATE_LENGTH, { blank: true })
  summaryTemplate?: string | null;
}

@InputType()
export class CreateWarningRuleInput extends RuleVersionInput {
  @Field(() => String, {
    description: `${CODE_RULE.charAt(0).toUpperCase()}${CODE_RULE.slice(1)}, e.g. ACADEMIC_FAILED_CREDITS; unique.`,
  })
  @Matches(CODE, { message: `code is ${CODE_RULE}` })
  code!: string;

  @TextField(MAX_RULE_NAME_LENGTH)
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
