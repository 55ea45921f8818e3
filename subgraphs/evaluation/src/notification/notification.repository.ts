import { EntityRepository } from "@mikro-orm/postgresql";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { Notification } from "./notification.entity";

export class NotificationRepository extends EntityRepository<Notification> {
  /** A recipient's notices, newest first. */
  page(recipientId: string, unreadOnly: boolean, args: PageArgs): Promise<Connection<Notification>> {
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
}
