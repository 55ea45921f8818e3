import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  enumTypeName,
  paginate,
  pgArray,
  selectRows,
  tableName,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { WorkLevel } from "./governance.enums";
import { LEVEL_ABOVE, OPEN_WORK_STATUSES } from "./governance.rules";
import { WorkItem, WorkItemEscalation } from "./work-item.entity";

/** The SQL of the three lists: pages by deadline and the escalation statement. */
export class WorkItemRepository {
  constructor(private readonly em: EntityManager) {}

  /** Items matching `where`, earliest deadline first, a page at a time. */
  page(where: FilterQuery<WorkItem>, args: PageArgs): Promise<Connection<WorkItem>> {
    return paginate(this.em, WorkItem, where, args, "dueOn");
  }

  /**
   * 督办: every open item whose deadline passed before `day` moves one level up the five-level
   * work system, once per item and missed deadline: the escalation row's unique (item, due_on)
   * admits one, and the item moves only with the row inserted, in one statement. A second run for
   * the same deadline inserts and moves nothing. Items at the standing committee stay there.
   * Answers the items moved.
   */
  async escalateOverdue(day: string): Promise<string[]> {
    const em = this.em;
    // Level names are the policy's constants, never caller input.
    const ladder = Object.entries(LEVEL_ABOVE)
      .filter(([, up]) => up !== null)
      .map(([from, up]) => `('${WorkLevel[from as WorkLevel]}', '${WorkLevel[up as WorkLevel]}')`)
      .join(", ");
    const level = enumTypeName(em, WorkItem, "level");
    const rows = await selectRows<{ id: string }>(
      em,
      "organisation.escalateOverdueWorkItems",
      `with escalated as (
         insert into ?? (id, item_id, due_on, from_level, to_level, created_at, updated_at)
         select gen_random_uuid(), w.id, w.due_on, w.level, l.up::??, now(), now()
           from ?? as w join (values ${ladder}) as l(level, up) on w.level::text = l.level
          where w.status = any(?::text[]::??[]) and w.due_on < ?::date
         on conflict (item_id, due_on) do nothing
         returning item_id, to_level
       )
       update ?? as w set level = e.to_level, version = w.version + 1, updated_at = now()
         from escalated as e where w.id = e.item_id
       returning w.id`,
      [
        tableName(em, WorkItemEscalation),
        level,
        tableName(em, WorkItem),
        pgArray(OPEN_WORK_STATUSES),
        enumTypeName(em, WorkItem, "status"),
        day,
        tableName(em, WorkItem),
      ],
    );
    return rows.map((r) => r.id);
  }
}
