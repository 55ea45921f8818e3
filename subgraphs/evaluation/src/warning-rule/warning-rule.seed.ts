import type { EntityManager } from "@mikro-orm/postgresql";
import { stableId, type Dataset } from "@campus/demo-data";
import { IndicatorKind } from "../indicator/indicator.enums";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import type { RuleCondition } from "./rule-condition";
import { RuleAggregate, RuleOperator } from "./warning-rule.enums";
import { WarningRule } from "./warning-rule.entity";
import { WarningRuleVersion } from "./warning-rule-version.entity";

interface DemoRule {
  code: string;
  name: string;
  category: WarningCategory;
  level: WarningLevel;
  windowDays: number;
  conditions: RuleCondition[];
  summaryTemplate: string;
}

const { SUM, AVG } = RuleAggregate;
const { GTE, LT } = RuleOperator;

/** The demo's rules, the kind a student-affairs office starts with. */
export const DEMO_RULES: readonly DemoRule[] = [
  {
    code: "ACADEMIC_FAILED_CREDITS",
    name: "不及格学分预警",
    category: WarningCategory.ACADEMIC,
    level: WarningLevel.ORANGE,
    windowDays: 180,
    conditions: [
      { indicator: IndicatorKind.FAILED_CREDITS, aggregate: SUM, operator: GTE, threshold: 10 },
    ],
    summaryTemplate: "近{windowDays}天不及格学分累计{FAILED_CREDITS}分，达到学业预警线",
  },
  {
    code: "BEHAVIOUR_LATE_RETURNS",
    name: "频繁晚归预警",
    category: WarningCategory.BEHAVIOUR,
    level: WarningLevel.YELLOW,
    windowDays: 30,
    conditions: [
      { indicator: IndicatorKind.LATE_RETURNS, aggregate: SUM, operator: GTE, threshold: 5 },
    ],
    summaryTemplate: "近{windowDays}天晚归{LATE_RETURNS}次",
  },
  {
    code: "FINANCIAL_LOW_SPENDING",
    name: "校园卡消费偏低预警",
    category: WarningCategory.FINANCIAL,
    level: WarningLevel.YELLOW,
    windowDays: 60,
    conditions: [
      { indicator: IndicatorKind.CARD_SPENDING, aggregate: AVG, operator: LT, threshold: 300 },
    ],
    summaryTemplate: "近{windowDays}天校园卡月均消费{CARD_SPENDING}元，显著偏低",
  },
  {
    code: "MENTAL_HEALTH_COUNSELLING_REFERRAL",
    name: "心理咨询转介预警",
    category: WarningCategory.MENTAL_HEALTH,
    level: WarningLevel.ORANGE,
    windowDays: 90,
    conditions: [
      {
        indicator: IndicatorKind.COUNSELLING_REFERRALS,
        aggregate: SUM,
        operator: GTE,
        threshold: 1,
      },
    ],
    summaryTemplate: "近{windowDays}天有{COUNSELLING_REFERRALS}次心理咨询转介",
  },
];

/** A seeded rule's id, the same on every machine (tests and fixtures name rules by it). */
export function demoRuleId(code: string): string {
  return stableId(`warning-rule:${code}`);
}

/**
 * The demo rules, each at version 1, published by the dataset's first member of staff (the demo's
 * administrator). A dataset without staff gets none: a rule records who published it.
 */
export function seedWarningRules(em: EntityManager, data: Dataset): void {
  const publisher = data.people.find((p) => p.kind === "STAFF");
  if (!publisher) return;
  for (const { windowDays, conditions, summaryTemplate, ...rule } of DEMO_RULES) {
    const created = em.create(WarningRule, {
      ...rule,
      id: demoRuleId(rule.code),
      currentVersionNumber: 1,
    });
    em.create(WarningRuleVersion, {
      id: stableId(`warning-rule:${rule.code}:1`),
      rule: created,
      version: 1,
      windowDays,
      conditions,
      summaryTemplate,
      publishedById: publisher.id,
      publishedAt: new Date(),
    });
  }
}
