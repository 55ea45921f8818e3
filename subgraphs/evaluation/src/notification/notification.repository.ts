import { EntityRepository } from "@mikro-orm/postgresql";
import {
  enumTypeName,
  label,
  paginateOrdered,
  pgArray,
  selectRows,
  tableName,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseStatus } from "../assistance-case/assistance-case.enums";
import { OPEN_MEASURE_STATUSES } from "../assistance-case/assistance-case.workflow";
import { CaseMeasure } from "../assistance-case/case-measure.entity";
import { NotificationKind } from "./notification.enums";
import { Notification } from "./notification.entity";

export class NotificationRepository extends EntityRepository<Notification> {
  /** A recipient's notices, newest first. */
  page(
    recipientId: string,
    unreadOnly: boolean,
    args: PageArgs,
  ): Promise<Connection<Notification>> {
    return paginateOrdered(
      this.getEntityManager(),
      Notification,
      { recipientId, ...(unreadOnly ? { readAt: null } : {}) },
      args,
      "at",
      "desc",
    );
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.count(
      { recipientId, readAt: null },
      { comments: label("evaluation.notificationUnreadCount") },
    );
  }

  /** Marks the recipient's own unread notices among `ids` read; answers those. Others' ids change nothing. */
  async markRead(recipientId: string, ids: readonly string[], at: Date): Promise<string[]> {
    const where = { recipientId, id: { $in: [...ids] }, readAt: null };
    const unread = await this.find(where, {
      fields: ["id"],
      comments: label("evaluation.notificationUnread"),
    });
    if (!unread.length) return [];
    const changed = unread.map((n) => n.id);
    await this.nativeUpdate({ ...where, id: { $in: changed } }, { readAt: at });
    return changed;
  }

  /**
   * Tells each open measure's responsible person, once per measure and due date, that it is due
   * within `soonDays` of `day` (MEASURE_DUE_SOON) or past due (MEASURE_OVERDUE); cases CLOSED are
   * left alone. One statement; the partial unique index makes reruns write nothing new.
   */
  async noticeMeasures(day: string, soonDays: number): Promise<number> {
    const em = this.getEntityManager();
    const kind = enumTypeName(em, Notification, "kind");
    const rows = await selectRows<{ id: string }>(
      em,
      "evaluation.noticeMeasures",
      `insert into ?? (id, created_at, updated_at, recipient_id, kind, at, case_id, measure_id, measure_due_on) ` +
        `select gen_random_uuid(), now(), now(), m.responsible_id, ` +
        `(case when m.due_on < ?::date then ? else ? end)::??, now(), m.case_id, m.id, m.due_on ` +
        `from ?? as m join ?? as c on c.id = m.case_id ` +
        `where m.status = any(?::text[]::??[]) and c.status <> ? and m.due_on <= ?::date + ?::int ` +
        `on conflict (recipient_id, kind, measure_id, measure_due_on) where measure_id is not null do nothing returning id`,
      [
        tableName(em, Notification),
        day,
        NotificationKind.MEASURE_OVERDUE,
        NotificationKind.MEASURE_DUE_SOON,
        kind,
        tableName(em, CaseMeasure),
        tableName(em, AssistanceCase),
        pgArray(OPEN_MEASURE_STATUSES),
        enumTypeName(em, CaseMeasure, "status"),
        AssistanceCaseStatus.CLOSED,
        day,
        soonDays,
      ],
    );
    return rows.length;
  }
}
