import { INDICATORS } from "../indicator/indicator.enums";
import type { RuleCondition } from "./rule-condition";
import { AGGREGATE_LABELS, OPERATOR_SYMBOLS } from "./warning-rule.enums";

/** A number as evidence shows it: at most two decimals, no trailing zeros (the SQL does the same). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** One condition in words, e.g. 不及格学分合计 ≥ 10. */
export function describeCondition(condition: RuleCondition): string {
  return `${INDICATORS[condition.indicator].label}${AGGREGATE_LABELS[condition.aggregate]} ${OPERATOR_SYMBOLS[condition.operator]} ${formatNumber(condition.threshold)}`;
}

/** A rule version in words, e.g. 近180天内：不及格学分合计 ≥ 10. */
export function describeRule(windowDays: number, conditions: readonly RuleCondition[]): string {
  return `近${windowDays}天内：${conditions.map(describeCondition).join("，且")}`;
}
