import type { EntityManager } from "@mikro-orm/postgresql";
import { assertId, badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import type { Connection, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Notification } from "./notification.entity";
import { NotificationKind } from "./notification.enums";
import type { NotificationRepository } from "./notification.repository";

export function notifications(em: EntityManager): NotificationRepository {
  return em.getRepository<Notification, NotificationRepository>(Notification);
}

/** What a notice is about: one of a warning, a case (with a measure of it). */
export interface NoticeOf {
  warningId?: string | null;
  caseId?: string | null;
  measureId?: string | null;
  measureDueOn?: string | null;
}

/**
 * Writes a notice in the caller's transaction (`tx`), so it exists exactly when the change that
 * caused it does. Nobody is told about what they did themselves.
 */
export function notify(
  tx: EntityManager,
  recipientId: string | null,
  kind: NotificationKind,
  byPersonId: string | null,
  of: NoticeOf,
  at = new Date(),
): void {
  if (!recipientId || recipientId === byPersonId) return;
  tx.create(Notification, {
    recipientId,
    kind,
    byPersonId,
    at,
    warningId: of.warningId ?? null,
    caseId: of.caseId ?? null,
    measureId: of.measureId ?? null,
    measureDueOn: of.measureDueOn ?? null,
  });
}

/** The signed-in person's own notices: nobody reads or marks another's. */
export class NotificationService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private me(): string | null {
    return this.ctx.access.caller.personId;
  }

  async mine(unreadOnly: boolean, args: PageArgs): Promise<Connection<Notification>> {
    const me = this.me();
    if (!me) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    return notifications(this.ctx.em).page(me, unreadOnly, args);
  }

  async unreadCount(): Promise<number> {
    const me = this.me();
    return me ? notifications(this.ctx.em).unreadCount(me) : 0;
  }

  /** Marks these of the caller's notices read; answers the ids that changed (others' ids change nothing). */
  async markRead(ids: readonly string[]): Promise<string[]> {
    const me = this.me();
    if (!me) throw forbidden("notifications are for people signed in, not for applications");
    if (ids.length > 500) throw badUserInput("at most 500 notices at a time", "ids");
    ids.forEach((id) => assertId(id, "ids"));
    if (!ids.length) return [];
    return notifications(this.ctx.em).markRead(me, ids, new Date());
  }
}

export { NotificationKind };

/** How many days ahead a measure counts as due soon. */
export const MEASURE_DUE_SOON_DAYS = 3;

/**
 * The measures part of notifications, run by the hourly measures job (escalate-measures): written
 * ahead rather than computed at read time, so each has an unread state and a link like the others.
 */
export function noticeMeasures(em: EntityManager, day: string): Promise<number> {
  return notifications(em).noticeMeasures(day, MEASURE_DUE_SOON_DAYS);
}
