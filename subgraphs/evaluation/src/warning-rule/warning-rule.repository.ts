import { EntityRepository } from "@mikro-orm/postgresql";
import { paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { WarningRule } from "./warning-rule.entity";

export class WarningRuleRepository extends EntityRepository<WarningRule> {
  /** Every rule by code, a page at a time. */
  page(args: PageArgs): Promise<Connection<WarningRule>> {
    return paginate(this.getEntityManager(), WarningRule, {}, args, "code");
  }
}
