import { LockMode, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { WorkItemList, WorkItemStatus, WorkLevel } from "./governance.enums";
import { GovernanceOfficers } from "./governance.guard";
import type {
  AddWorkItemFollowUpInput,
  ChangeWorkItemInput,
  CreateWorkItemInput,
  MoveWorkItemInput,
  WorkItemsArgs,
} from "./governance.input";
import {
  OPEN_WORK_STATUSES,
  PARENT_LIST,
  WORK_ITEM_MOVES,
  mayMoveWorkItem,
} from "./governance.rules";
import { SecretaryMeetingService } from "./secretary-meeting.service";
import { WorkItem, WorkItemFollowUp, WorkItemTransition } from "./work-item.entity";
import { WorkItemRepository } from "./work-item.repository";

const EMPTY: Connection<WorkItem> = {
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
};

/**
 * The three lists (三张清单): items are put on a list by those who govern the owning unit, moved
 * along their state machine and followed up by them or the person in charge, each move kept with
 * who and when. Reads are the same rule: the units one governs, and the items one is in charge of.
 */
export class WorkItemService {
  readonly officers: GovernanceOfficers;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.officers = new GovernanceOfficers(ctx);
  }

  /** The filter of the items the caller may see; null for all, "none" when none. */
  async visibleWhere(): Promise<FilterQuery<WorkItem> | null | "none"> {
    const units = await this.officers.units();
    if (units === "all") return null;
    const either: FilterQuery<WorkItem>[] = [];
    if (units.size) either.push({ unit: { $in: [...units] } });
    const me = this.ctx.caller.personId;
    if (me) either.push({ inChargeId: me });
    return either.length ? { $or: either } : "none";
  }

  async mayWorkOn(item: WorkItem): Promise<boolean> {
    const me = this.ctx.caller.personId;
    return (me !== null && item.inChargeId === me) || (await this.officers.governs(item.unit.id));
  }

  /** The item, when the caller may see it; NOT_FOUND otherwise (its existence is not told). */
  async byId(id: string): Promise<WorkItem> {
    assertId(id, "id");
    const item = await this.ctx.loaders.workItem.load(id);
    if (!item || !(await this.mayWorkOn(item))) throw notFound("WorkItem", id);
    return item;
  }

  async list(args: WorkItemsArgs): Promise<Connection<WorkItem>> {
    const visible = await this.visibleWhere();
    if (visible === "none") return EMPTY;
    const f = args.filter ?? {};
    const where: FilterQuery<WorkItem>[] = [];
    if (visible) where.push(visible);
    if (f.list) where.push({ list: f.list });
    if (f.status) where.push({ status: f.status });
    if (f.level) where.push({ level: f.level });
    if (f.unitId) where.push({ unit: f.unitId });
    if (f.parentId) where.push({ parent: f.parentId });
    if (f.mine) {
      const me = this.ctx.caller.personId;
      if (!me) return EMPTY;
      where.push({ inChargeId: me });
    }
    return new WorkItemRepository(this.ctx.em).page({ $and: where }, args);
  }

  /**
   * 督办 board: open items past their deadline that the caller is responsible for: in charge of,
   * or owned by a unit they govern (with `mine`, only the first); earliest deadline first.
   */
  async overdue(args: { first: number; after?: string | null; mine?: boolean | null }) {
    const visible = args.mine
      ? { inChargeId: this.ctx.caller.personId }
      : await this.visibleWhere();
    if (visible === "none" || (args.mine && !this.ctx.caller.personId)) return EMPTY;
    const where: FilterQuery<WorkItem>[] = [
      { status: { $in: [...OPEN_WORK_STATUSES] }, dueOn: { $lt: today() } },
    ];
    if (visible) where.push(visible);
    return new WorkItemRepository(this.ctx.em).page({ $and: where }, args);
  }

  isOverdue(item: WorkItem): boolean {
    return OPEN_WORK_STATUSES.includes(item.status) && item.dueOn < today();
  }

  async create(input: CreateWorkItemInput): Promise<WorkItem> {
    this.officers.assertMayAct("put an item on the three lists");
    const em = this.ctx.em;
    const unit = await em.findOne(
      OrgUnit,
      { id: input.unitId },
      { comments: label("organisation.workItemUnit") },
    );
    if (!unit) throw badUserInput(`no unit has the id ${input.unitId}`, "input.unitId");
    await this.officers.assertGoverns(unit.id, "put an item on this unit's lists");
    const parent = await this.parentFor(input.list, input.parentId ?? null);
    if (input.dueOn < today())
      throw badUserInput(
        `dueOn ${input.dueOn} is in the past (today is ${today()})`,
        "input.dueOn",
      );
    await assertPeopleExist(this.ctx, [{ id: input.inChargeId, field: "input.inChargeId" }]);
    const meetings = new SecretaryMeetingService(this.ctx);
    const item = await em.transactional(async (tx) => {
      const meeting = input.meetingId ? await meetings.openForDecision(tx, input.meetingId) : null;
      const made = tx.create(WorkItem, {
        list: input.list,
        parent: parent?.id ?? null,
        title: input.title.trim(),
        description: input.description?.trim() ?? "",
        unit: unit.id,
        inChargeId: input.inChargeId,
        dueOn: input.dueOn,
        level: input.level ?? WorkLevel.RESPONSIBLE_UNIT,
        meeting: meeting?.id ?? null,
        createdById: this.ctx.caller.personId,
      });
      tx.create(WorkItemTransition, {
        item: made,
        toStatus: WorkItemStatus.OPEN,
        byId: this.ctx.caller.personId,
        note: meeting ? `书记例会决定：${meeting.topic}`.slice(0, 500) : "",
      });
      return made;
    });
    this.ctx.loaders.workItemsByParent.clearAll();
    this.ctx.loaders.workItemsByMeeting.clearAll();
    return item;
  }

  /** Title, description, person in charge or deadline of an open item, by those who govern its unit. */
  async change(input: ChangeWorkItemInput): Promise<WorkItem> {
    this.officers.assertMayAct("change a work item");
    if (input.dueOn && input.dueOn < today())
      throw badUserInput(
        `dueOn ${input.dueOn} is in the past (today is ${today()})`,
        "input.dueOn",
      );
    if (input.inChargeId)
      await assertPeopleExist(this.ctx, [{ id: input.inChargeId, field: "input.inChargeId" }]);
    return this.ctx.em.transactional(async (tx) => {
      const item = await this.locked(tx, input.itemId, "input.itemId");
      await this.officers.assertGoverns(item.unit.id, "change this item");
      this.assertOpen(item, "changed");
      if (input.title) item.title = input.title.trim();
      if (input.description !== undefined && input.description !== null)
        item.description = input.description.trim();
      if (input.inChargeId) item.inChargeId = input.inChargeId;
      if (input.dueOn) item.dueOn = input.dueOn;
      return item;
    });
  }

  /** Moves the item along WORK_ITEM_MOVES, kept with who and when; CANCELLED needs a note. */
  async move(input: MoveWorkItemInput): Promise<WorkItem> {
    const note = input.note?.trim() ?? "";
    if (input.status === WorkItemStatus.CANCELLED && !note)
      throw badUserInput("cancelling a work item needs a note saying why", "input.note");
    const item = await this.ctx.em.transactional(async (tx) => {
      const found = await this.locked(tx, input.itemId, "input.itemId");
      await this.assertMayWork(found, "move this item");
      const from: WorkItemStatus = found.status;
      if (!mayMoveWorkItem(from, input.status))
        throw codedError("CONFLICT", `this item is ${from}; it cannot move to ${input.status}`, {
          itemId: found.id,
          from,
          allowed: WORK_ITEM_MOVES[from],
        });
      found.status = input.status;
      tx.create(WorkItemTransition, {
        item: found,
        fromStatus: from,
        toStatus: input.status,
        byId: this.ctx.caller.personId,
        note,
      });
      return found;
    });
    this.ctx.loaders.transitionsByWorkItem.clearAll();
    return item;
  }

  async followUp(input: AddWorkItemFollowUpInput): Promise<WorkItem> {
    const on = input.on ?? today();
    if (on > today())
      throw badUserInput(`on ${on} is in the future (today is ${today()})`, "input.on");
    const item = await this.ctx.em.transactional(async (tx) => {
      const found = await this.locked(tx, input.itemId, "input.itemId");
      await this.assertMayWork(found, "follow this item up");
      this.assertOpen(found, "followed up");
      tx.create(WorkItemFollowUp, {
        item: found,
        on,
        note: input.note.trim(),
        byId: this.ctx.caller.personId,
      });
      return found;
    });
    this.ctx.loaders.followUpsByWorkItem.clearAll();
    return item;
  }

  /** The parent an item of `list` names: the list above, else BAD_USER_INPUT. */
  private async parentFor(list: WorkItemList, parentId: string | null): Promise<WorkItem | null> {
    const wanted = PARENT_LIST[list];
    if (!wanted) {
      if (parentId)
        throw badUserInput("a PROBLEM is on the first list and has no parent", "input.parentId");
      return null;
    }
    if (!parentId)
      throw badUserInput(`a ${list} names the ${wanted} it belongs to`, "input.parentId");
    const parent = await this.ctx.loaders.workItem.load(parentId);
    if (!parent || !(await this.mayWorkOn(parent)))
      throw badUserInput(`no work item has the id ${parentId}`, "input.parentId");
    if (parent.list !== wanted)
      throw badUserInput(
        `a ${list} belongs to a ${wanted}, not a ${parent.list}`,
        "input.parentId",
      );
    return parent;
  }

  private async assertMayWork(item: WorkItem, action: string): Promise<void> {
    if (!(await this.mayWorkOn(item)))
      throw codedError(
        "FORBIDDEN",
        `only the person in charge, the unit's secretary, its college's administrator or an administrator may ${action}`,
      );
  }

  private assertOpen(item: WorkItem, what: string): void {
    if (!OPEN_WORK_STATUSES.includes(item.status))
      throw codedError("CONFLICT", `this item is ${item.status}; it is no longer ${what}`, {
        itemId: item.id,
        status: item.status,
      });
  }

  /** The item's row, locked for this transaction: moves and notes on one item go one at a time. */
  private async locked(tx: EntityManager, id: string, field: string): Promise<WorkItem> {
    assertId(id, field);
    const item = await tx.findOne(
      WorkItem,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, comments: label("organisation.lockWorkItem") },
    );
    if (!item) throw notFound("WorkItem", id);
    return item;
  }
}
