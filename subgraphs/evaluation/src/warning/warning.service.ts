import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { assertId, forbidden, type RequestContext } from "@campus/subgraph";
import {
  anyId,
  assertPageSize,
  column,
  connectionOf,
  decodeCursor,
  sortValueCheck,
  type Connection,
} from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Warning } from "./warning.entity";
import { WarningCategory, WarningOrder, WarningStatus } from "./warning.enums";
import type { WarningFilter, WarningsArgs } from "./warning.input";
import type { WarningEscalation } from "./warning-escalation.entity";
import type { WarningTransition } from "./warning-transition.entity";
import type { WarningQueueSummary } from "./warning-queue.type";
import type { WarningRepository } from "./warning.repository";

const { MENTAL_HEALTH } = WarningCategory;
const { CLOSED } = WarningStatus;

export function warnings(em: EntityManager): WarningRepository {
  return em.getRepository<Warning, WarningRepository>(Warning);
}

/*
 * Warnings are three services: who sees which warnings and the work queue (here), the workflow
 * steps (warning-workflow.service.ts), and escalation of overdue ones (warning-escalation.service.ts).
 */
export class WarningService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * The row rule (SECURITY.md, "Rows"): a warning is visible to a caller who has any relationship
   * to its student; a MENTAL_HEALTH warning only to one who holds MENTAL_HEALTH for them, which a
   * student never does for themselves. `visibleWhere` is the same rule in SQL; keep them together.
   */
  canSee(warning: Warning): boolean {
    const { access } = this.ctx;
    if (!access.sees(warning.personId)) return false;
    return (
      warning.category !== MENTAL_HEALTH ||
      access.grant(warning.personId, ["MENTAL_HEALTH"]) !== null
    );
  }

  private visibleWhere(): FilterQuery<Warning> {
    const { access } = this.ctx;
    const anyone = access.students();
    const mentalHealth = access.students("MENTAL_HEALTH");
    if (anyone === "all" && mentalHealth === "all") return {};
    const other = anyone === "all" ? {} : { personId: anyId(anyone) };
    const mental = mentalHealth === "all" ? {} : { personId: anyId(mentalHealth) };
    return {
      $or: [
        { ...other, category: { $ne: MENTAL_HEALTH } },
        { ...mental, category: MENTAL_HEALTH },
      ],
    };
  }

  /** A warning by id: null when there is none, FORBIDDEN when the caller may not see it. */
  async byId(id: string, field = "id"): Promise<Warning | null> {
    assertId(id, field);
    const warning = await this.ctx.loaders.warning.load(id);
    if (warning && !this.canSee(warning))
      throw forbidden("this warning is about a student the caller may not see");
    return warning;
  }

  /**
   * The warnings about one person the caller may see, newest first; batched across all the people
   * of a request. FORBIDDEN when the caller has no relationship to the person at all.
   */
  async ofPerson(personId: string): Promise<Warning[]> {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId))
      throw forbidden(
        "warnings are visible only to the student and to staff whose duty covers them",
      );
    const warnings = await this.ctx.loaders.warningsByPerson.load(personId);
    return warnings.filter((warning) => this.canSee(warning));
  }

  /**
   * The warnings the caller may see, a page at a time; filtered in SQL, so pages and counts agree.
   * DUE_AT is the work queue: only warnings with a due time (not CLOSED), soonest due first.
   */
  async list(args: WarningsArgs): Promise<Connection<Warning>> {
    const where: FilterQuery<Warning> = {
      $and: [this.visibleWhere(), this.where(args.filter, new Date())],
    };
    if (args.orderBy === WarningOrder.DUE_AT) return warnings(this.ctx.em).duePage(where, args);
    return warnings(this.ctx.em).page(where, args);
  }

  /**
   * The warnings of these students (a unit's, as another subgraph lends them) that the caller may
   * list: exactly the rows of `list` with the same arguments, narrowed to them, a page at a time.
   * `unit` names the list for batching: every unit of a request is paged in one statement and
   * counted in another (per distinct filter, order and cursor).
   */
  async listAmong(
    unit: string,
    students: readonly string[],
    args: WarningsArgs,
  ): Promise<Connection<Warning>> {
    assertPageSize(args.first);
    const byDue = args.orderBy === WarningOrder.DUE_AT;
    const sort = byDue ? "dueAt" : "raisedAt";
    const all: FilterQuery<Warning>[] = [this.visibleWhere(), this.where(args.filter, new Date())];
    // The work queue, as duePage has it: only warnings with a due time (not CLOSED).
    if (byDue) all.push({ status: { $ne: CLOSED }, dueAt: { $ne: null } });
    const where: FilterQuery<Warning> = { $and: all };
    let page = where;
    if (args.after) {
      const { sortValue, id } = decodeCursor(
        args.after,
        sortValueCheck(column(this.ctx.em, Warning, sort).type),
      );
      page = {
        $and: [
          where,
          { $or: [{ [sort]: { $gt: sortValue } }, { [sort]: sortValue, id: { $gt: id } }] },
        ],
      };
    }
    const shape = JSON.stringify([args.filter ?? null, args.orderBy]);
    const [rows, totalCount] = await Promise.all([
      this.ctx.loaders.warningPagesAmong.load({
        id: unit,
        students,
        where: page,
        shape: JSON.stringify([shape, args.after ?? null, args.first]),
        sort,
        limit: args.first + 1,
      }),
      this.ctx.loaders.warningCountsAmong.load({ id: unit, students, where, shape }),
    ]);
    return connectionOf(rows, args.first, totalCount, sort);
  }

  /** The queue's head counts over the caller's visible warnings, in one statement. */
  async queueSummary(): Promise<WarningQueueSummary> {
    return warnings(this.ctx.em).queueCounts(
      this.visibleWhere(),
      this.ctx.access.caller.personId,
      new Date(),
    );
  }

  transitions(warning: Warning): Promise<WarningTransition[]> {
    return this.ctx.loaders.transitionsByWarning.load(warning.id);
  }

  escalations(warning: Warning): Promise<WarningEscalation[]> {
    return this.ctx.loaders.escalationsByWarning.load(warning.id);
  }

  private where(filter: WarningFilter | null | undefined, now: Date): FilterQuery<Warning> {
    const all: FilterQuery<Warning>[] = [];
    if (!filter) return {};
    if (filter.status) all.push({ status: filter.status });
    if (filter.statuses) all.push({ status: { $in: filter.statuses } });
    if (filter.level) all.push({ level: filter.level });
    if (filter.category) all.push({ category: filter.category });
    if (filter.escalationTier) all.push({ escalationTier: filter.escalationTier });
    if (filter.raisedFrom) all.push({ raisedAt: { $gte: filter.raisedFrom } });
    if (filter.raisedBefore) all.push({ raisedAt: { $lt: filter.raisedBefore } });
    if (filter.assignedToMe !== null && filter.assignedToMe !== undefined) {
      const me = this.ctx.access.caller.personId;
      if (filter.assignedToMe) all.push(me ? { assigneeId: me } : { id: { $in: [] } });
      else all.push(me ? { $or: [{ assigneeId: null }, { assigneeId: { $ne: me } }] } : {});
    }
    if (filter.overdue === true) all.push({ status: { $ne: CLOSED }, dueAt: { $lte: now } });
    if (filter.overdue === false)
      all.push({ $or: [{ status: CLOSED }, { dueAt: null }, { dueAt: { $gt: now } }] });
    return all.length ? { $and: all } : {};
  }
}
