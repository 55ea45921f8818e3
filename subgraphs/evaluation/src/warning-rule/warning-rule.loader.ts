import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { WarningRule } from "./warning-rule.entity";
import { WarningRuleVersion } from "./warning-rule-version.entity";

export function warningRuleLoaders(em: EntityManager) {
  return {
    warningRule: entityLoader(em, WarningRule),
    /** The versions warnings were raised by: one query for all the warnings of a request tick. */
    warningRuleVersion: entityLoader(em, WarningRuleVersion),
    /** A rule's versions, oldest first. */
    warningRuleVersionsByRule: groupLoader(
      em,
      WarningRuleVersion,
      (ruleIds) => ({ rule: { $in: ruleIds } }),
      (v) => v.rule.id,
      {
        orderBy: { version: "asc" },
      },
    ),
  };
}
