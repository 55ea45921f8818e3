import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { existing, type RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Warning } from "../warning/warning.entity";
import { describeRule } from "./warning-rule.describe";
import { WarningRule } from "./warning-rule.entity";
import {
  CreateWarningRuleArgs,
  PublishWarningRuleVersionArgs,
  SetWarningRuleActiveArgs,
  WarningRulesArgs,
} from "./warning-rule.input";
import { WarningRuleService } from "./warning-rule.service";
import { WarningRuleVersion } from "./warning-rule-version.entity";

export const WarningRuleConnection = ConnectionType(WarningRule, "WarningRule");

@Resolver(() => WarningRule)
export class WarningRuleResolver {
  @Query(() => WarningRule, {
    nullable: true,
    description: "Null when no rule has this id. Staff only.",
  })
  warningRule(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRule | null> {
    return new WarningRuleService(ctx).byId(id);
  }

  @Query(() => WarningRuleConnection, {
    description: "All warning rules, by code, a page at a time. Staff only.",
  })
  warningRules(
    @Args(() => WarningRulesArgs) args: WarningRulesArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new WarningRuleService(ctx).list(args);
  }

  @Mutation(() => WarningRule, {
    description: "Creates a rule with its version 1, active. Administrators only.",
  })
  createWarningRule(
    @Args(() => CreateWarningRuleArgs) args: CreateWarningRuleArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRule> {
    return new WarningRuleService(ctx).create(args.input);
  }

  @Mutation(() => WarningRule, {
    description:
      "Publishes the rule's next version and makes it current; earlier versions, and the warnings they raised, are kept as they were. Administrators only.",
  })
  publishWarningRuleVersion(
    @Args(() => PublishWarningRuleVersionArgs) args: PublishWarningRuleVersionArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRule> {
    return new WarningRuleService(ctx).publish(args.ruleId, args.input);
  }

  @Mutation(() => WarningRule, {
    description: "Switches a rule on or off for the warning engine. Administrators only.",
  })
  setWarningRuleActive(
    @Args(() => SetWarningRuleActiveArgs) args: SetWarningRuleActiveArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRule> {
    return new WarningRuleService(ctx).setActive(args.ruleId, args.active);
  }

  @FieldResolver(() => WarningRuleVersion, {
    description: "The version the warning engine evaluates.",
  })
  currentVersion(
    @Root() rule: WarningRule,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRuleVersion> {
    return new WarningRuleService(ctx).currentVersion(rule);
  }

  @FieldResolver(() => [WarningRuleVersion], {
    description: "Every published version, oldest first.",
  })
  versions(
    @Root() rule: WarningRule,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRuleVersion[]> {
    return new WarningRuleService(ctx).versions(rule);
  }
}

@Resolver(() => WarningRuleVersion)
export class WarningRuleVersionResolver {
  @FieldResolver(() => WarningRule)
  async rule(
    @Root() version: WarningRuleVersion,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRule> {
    return existing(
      await ctx.loaders.warningRule.load(version.rule.id),
      "WarningRule",
      version.rule.id,
    );
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The administrator who published it.",
  })
  publishedBy(@Root() version: WarningRuleVersion): Person {
    return { id: version.publishedById };
  }

  @FieldResolver(() => String, {
    description: "The conditions in words, e.g. 近180天内：不及格学分合计 ≥ 10.",
  })
  description(@Root() version: WarningRuleVersion): string {
    return describeRule(version.windowDays, version.conditions);
  }
}

@Resolver(() => Warning)
export class WarningRuleVersionOfWarningResolver {
  @FieldResolver(() => WarningRuleVersion, {
    nullable: true,
    description:
      "The rule version that raised the warning, with the conditions that fired; null for warnings imported or made by hand.",
  })
  ruleVersion(
    @Root() warning: Warning,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<WarningRuleVersion | null> {
    return new WarningRuleService(ctx).ofWarning(warning);
  }
}
