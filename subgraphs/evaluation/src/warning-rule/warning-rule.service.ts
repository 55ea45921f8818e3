import { UniqueConstraintViolationException } from "@mikro-orm/core";
import {
  assertId,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
  cleanText,
} from "@campus/subgraph";
import { type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { actingPerson } from "../row-scope";
import { INDICATORS } from "../indicator/indicator.enums";
import type { Warning } from "../warning/warning.entity";
import type { RuleCondition } from "./rule-condition";
import { describeRule } from "./warning-rule.describe";
import { RuleAggregate, RuleOperator } from "./warning-rule.enums";
import { WarningRule } from "./warning-rule.entity";
import type { WarningRuleRepository } from "./warning-rule.repository";
import type {
  CreateWarningRuleInput,
  RuleVersionInput,
  WarningRulesArgs,
} from "./warning-rule.input";
import { WarningRuleVersion } from "./warning-rule-version.entity";

const PLACEHOLDER = /\{([A-Za-z_]+)\}/g;

export interface ValidVersion {
  windowDays: number;
  conditions: RuleCondition[];
  summaryTemplate: string;
}

/** A rule version's input checked and normalised; BAD_USER_INPUT naming the field otherwise. */
export function validVersion(input: RuleVersionInput): ValidVersion {
  const { windowDays } = input;
  const conditions = input.conditions.map((c, i): RuleCondition => {
    if (!Number.isFinite(c.threshold))
      throw badUserInput(`conditions[${i}].threshold is not a number`, "conditions");
    // Enums are checked by GraphQL already; this keeps a direct caller of the service honest too.
    if (
      !(c.indicator in INDICATORS) ||
      !(c.aggregate in RuleAggregate) ||
      !(c.operator in RuleOperator)
    )
      throw badUserInput(`conditions[${i}] is not a condition`, "conditions");
    return {
      indicator: c.indicator,
      aggregate: c.aggregate,
      operator: c.operator,
      threshold: c.threshold,
    };
  });
  const summaryTemplate = cleanText(input.summaryTemplate) ?? describeRule(windowDays, conditions);
  const known = new Set<string>(["windowDays", ...conditions.map((c) => c.indicator)]);
  for (const [, name] of summaryTemplate.matchAll(PLACEHOLDER)) {
    if (!known.has(name))
      throw badUserInput(
        `summaryTemplate names {${name}}, which is neither windowDays nor an indicator of the conditions`,
        "summaryTemplate",
      );
  }
  return { windowDays, conditions, summaryTemplate };
}

export class WarningRuleService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Rules are not about any student, but their thresholds are staff knowledge: staff and the gateway read them. */
  private assertMayRead(): void {
    if (!this.ctx.system && !this.ctx.access.isStaff())
      throw forbidden("warning rules are visible to staff only");
  }

  /** Changing what raises warnings is an administrator's act, recorded against them. */
  private administrator(action: string): string {
    if (!this.ctx.access.hasRole("admin")) throw forbidden(`${action} is for administrators`);
    return actingPerson(this.ctx.access, action);
  }

  async byId(id: string, field = "id"): Promise<WarningRule | null> {
    this.assertMayRead();
    assertId(id, field);
    return this.ctx.loaders.warningRule.load(id);
  }

  list(args: WarningRulesArgs): Promise<Connection<WarningRule>> {
    this.assertMayRead();
    return this.ctx.em.getRepository<WarningRule, WarningRuleRepository>(WarningRule).page(args);
  }

  versions(rule: WarningRule): Promise<WarningRuleVersion[]> {
    return this.ctx.loaders.warningRuleVersionsByRule.load(rule.id);
  }

  async currentVersion(rule: WarningRule): Promise<WarningRuleVersion> {
    const versions = await this.versions(rule);
    const current = versions.find((v) => v.version === rule.currentVersionNumber);
    if (!current)
      throw new Error(`warning rule ${rule.id} has no version ${rule.currentVersionNumber}`);
    return current;
  }

  /** The version that raised a warning; null for warnings imported or made by hand. */
  async ofWarning(warning: Warning): Promise<WarningRuleVersion | null> {
    return warning.ruleVersionId
      ? this.ctx.loaders.warningRuleVersion.load(warning.ruleVersionId)
      : null;
  }

  async create(input: CreateWarningRuleInput): Promise<WarningRule> {
    const publishedById = this.administrator("creating a warning rule");
    const code = input.code.trim();
    const name = input.name.trim();
    const version = validVersion(input);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const rule = tx.create(WarningRule, {
          code,
          name,
          category: input.category,
          level: input.level,
          currentVersionNumber: 1,
        });
        tx.create(WarningRuleVersion, {
          rule,
          version: 1,
          ...version,
          publishedById,
          publishedAt: new Date(),
        });
        return rule;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", `a warning rule with code ${code} exists already`, {
          field: "code",
        });
      throw error;
    }
  }

  /**
   * Publishes the next version and makes it current; earlier versions stay as they were. Of two
   * publications at once, one gets the number and the other CONFLICT: the rule is updated only
   * if its current number is still the one read, and (rule, version) is unique.
   */
  async publish(ruleId: string, input: RuleVersionInput): Promise<WarningRule> {
    const publishedById = this.administrator("publishing a warning rule version");
    assertId(ruleId, "ruleId");
    const version = validVersion(input);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const rule = await tx.findOne(WarningRule, { id: ruleId });
        if (!rule) throw notFound("WarningRule", ruleId);
        const read = rule.currentVersionNumber;
        const next = read + 1;
        const updated = await tx.nativeUpdate(
          WarningRule,
          { id: ruleId, currentVersionNumber: read },
          { currentVersionNumber: next, updatedAt: new Date() },
        );
        if (updated !== 1)
          throw codedError(
            "CONFLICT",
            `warning rule ${ruleId} was changed by someone else at the same time; reload it and try again`,
            { id: ruleId },
          );
        tx.create(WarningRuleVersion, {
          rule,
          version: next,
          ...version,
          publishedById,
          publishedAt: new Date(),
        });
        await tx.flush();
        await tx.refresh(rule);
        return rule;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError(
          "CONFLICT",
          `warning rule ${ruleId} was changed by someone else at the same time; reload it and try again`,
          { id: ruleId },
        );
      throw error;
    }
  }

  async setActive(ruleId: string, active: boolean): Promise<WarningRule> {
    this.administrator("switching a warning rule on or off");
    assertId(ruleId, "ruleId");
    const rule = await this.ctx.em.findOne(WarningRule, { id: ruleId });
    if (!rule) throw notFound("WarningRule", ruleId);
    rule.active = active;
    await this.ctx.em.flush();
    return rule;
  }
}
