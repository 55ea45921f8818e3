import type { EntityManager } from "@mikro-orm/postgresql";
import {
  entityLoader,
  groupConnectionLoader,
  groupCountLoader,
  groupLoader,
} from "@campus/subgraph/data";
import { Resource } from "./resource.entity";
import { ResourcePush } from "./resource-push.entity";
import { ResourceRule } from "./resource-rule.entity";

export function resourceLoaders(em: EntityManager) {
  return {
    resource: entityLoader(em, Resource),
    /** A resource's rules, oldest first. */
    rulesByResource: groupLoader(
      em,
      ResourceRule,
      (resourceIds) => ({ resource: { $in: resourceIds } }),
      (r) => r.resource.id,
      {
        orderBy: { createdAt: "asc", id: "asc" },
      },
    ),
    /** Inbox pages with their sizes for all the people of a request: one statement. */
    pushPages: groupConnectionLoader(em, ResourcePush, "personId", "pushedAt", "desc"),
    // Grouped by the column that holds the person only while the push is unread.
    unreadPushPages: groupConnectionLoader(em, ResourcePush, "unreadPersonId", "pushedAt", "desc"),
    unreadPushCount: groupCountLoader(em, ResourcePush, "unreadPersonId"),
  };
}
