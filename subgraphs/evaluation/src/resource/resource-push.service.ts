import {
  assertId,
  badUserInput,
  existing,
  forbidden,
  notFound,
  today,
  type RequestContext,
  cleanText,
} from "@campus/subgraph";
import { groupConnection, type Connection, type PageArgs } from "@campus/subgraph/data";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { recordEvaluationGrowthEvents, resourceUptakeGrowthEvent } from "../growth/growth.record";
import type { Loaders } from "../loaders";
import { Warning } from "../warning/warning.entity";
import { WarningCategory } from "../warning/warning.enums";
import { WarningService } from "../warning/warning.service";
import { pushResourcesFor } from "./resource-push.run";
import { ResourcePush } from "./resource-push.entity";
import type { ResourcePushRepository } from "./resource-push.repository";

/** What a reader without MENTAL_HEALTH sees instead of a mental-health warning's name (SECURITY.md, "Self"). */
export const PLAIN_REASON = "根据你的近况推荐";
/** How far ahead of the clock a push run may be dated: clock skew, not the future. */
const ASOF_SLACK_MS = 60_000;

export class ResourcePushService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** A university administrator's or the gateway's run over every student. */
  async push(asOf: Date | null | undefined): Promise<{ pushed: number; asOf: Date }> {
    if (!this.ctx.system && !this.ctx.access.hasRole("admin"))
      throw forbidden("pushing resources is for university administrators and the platform");
    const at = asOf ?? new Date();
    if (Number.isNaN(at.getTime())) throw badUserInput("asOf is not a time", "asOf");
    if (at.getTime() > Date.now() + ASOF_SLACK_MS)
      throw badUserInput("asOf is in the future", "asOf");
    return { pushed: await pushResourcesFor(this.ctx.em, undefined, at), asOf: at };
  }

  /** The student themselves, and staff (or a service client) holding CARE for them. */
  private assertMayReadInbox(personId: string): void {
    assertId(personId, "id");
    const { access } = this.ctx;
    if (access.caller.personId === personId) return;
    if (access.grant(personId, ["CARE"], { includeSelf: false })) return;
    throw forbidden("an inbox is visible only to its student and to staff with CARE for them");
  }

  /** A person's inbox, newest first; one statement per batch of people, counts included. */
  inbox(
    personId: string,
    args: PageArgs & { unreadOnly?: boolean | null },
  ): Promise<Connection<ResourcePush>> {
    this.assertMayReadInbox(personId);
    const { loaders } = this.ctx;
    return args.unreadOnly
      ? groupConnection(loaders.unreadPushPages, personId, args, "pushedAt")
      : groupConnection(loaders.pushPages, personId, args, "pushedAt");
  }

  unreadCount(personId: string): Promise<number> {
    this.assertMayReadInbox(personId);
    return this.ctx.loaders.unreadPushCount.load({ groupId: personId });
  }

  /** The reason, unless it names a mental-health warning or case and the reader does not hold MENTAL_HEALTH for the student. */
  reason(push: ResourcePush): string {
    const mental =
      push.warningCategory === WarningCategory.MENTAL_HEALTH ||
      push.caseKind === CaseKind.MENTAL_HEALTH;
    if (mental && !this.ctx.access.grant(push.personId, ["MENTAL_HEALTH"])) return PLAIN_REASON;
    return push.reason;
  }

  /** The warning behind the push, or null when none or when the reader may not see it (which would tell what it is). */
  async warning(push: ResourcePush): Promise<Warning | null> {
    if (!push.warningId) return null;
    const warning = await this.ctx.loaders.warning.load(push.warningId);
    return warning && new WarningService(this.ctx).canSee(warning) ? warning : null;
  }

  markRead(pushId: string): Promise<ResourcePush> {
    return this.touch(pushId, "marking a push read", false, null);
  }

  recordUptake(pushId: string, note: string | null | undefined): Promise<ResourcePush> {
    const cleanNote = cleanText(note);
    return this.touch(pushId, "recording uptake", true, cleanNote);
  }

  /**
   * One UPDATE: the first read and the first uptake win (coalesce), so a second click or two
   * concurrent ones keep the earliest times; uptake implies read. Only the push's own student.
   * An uptake also goes into the growth record (once: the event is keyed by the push), in the
   * same transaction.
   */
  private async touch(
    pushId: string,
    action: string,
    uptake: boolean,
    note: string | null,
  ): Promise<ResourcePush> {
    assertId(pushId, "pushId");
    const { em, access } = this.ctx;
    const push = await em.findOne(ResourcePush, { id: pushId });
    if (!push) throw notFound("ResourcePush", pushId);
    if (access.caller.personId !== push.personId)
      throw forbidden(`${action}: only the student it was pushed to may`);
    const resource = uptake ? await this.ctx.loaders.resource.load(push.resource.id) : null;
    const row = await em.transactional(async (tx) => {
      const updated = existing(
        await tx
          .getRepository<ResourcePush, ResourcePushRepository>(ResourcePush)
          .touch(pushId, uptake, note),
        "ResourcePush",
        pushId,
      );
      if (resource && updated.uptake_at) {
        const event = resourceUptakeGrowthEvent({
          id: push.id,
          personId: push.personId,
          resourceKind: resource.kind,
          resourceTitle: resource.title,
          occurredOn: today(new Date(updated.uptake_at)),
        });
        if (event) await recordEvaluationGrowthEvents(tx, [event]);
      }
      return updated;
    });
    // The row changed in SQL; bring the loaded entity up to date rather than reading it again.
    push.readAt = new Date(row.read_at);
    push.uptakeAt = row.uptake_at ? new Date(row.uptake_at) : null;
    push.uptakeNote = row.uptake_note;
    return push;
  }
}
