import { OptimisticLockError, raw, UniqueConstraintViolationException, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { requireStaffPurpose } from "@campus/access";
import { assertId, badUserInput, CAMPUS_TIME_ZONE, codedError, forbidden, notFound, type RequestContext } from "@campus/subgraph";
import { paginate, paginateOrdered, table, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { actingPerson, anyStudent, refuseSelf } from "../row-scope";
import { assertPeopleExist, optionalText } from "@campus/subgraph";
import { Warning } from "./warning.entity";
import { WarningCategory, WarningOrder, WarningOutcome, WarningStatus } from "./warning.enums";
import { MAX_NOTE_LENGTH, type AssignWarningInput, type CloseWarningInput, type WarningFilter, type WarningsArgs } from "./warning.input";
import { WarningEscalation } from "./warning-escalation.entity";
import { WarningTransition } from "./warning-transition.entity";
import { dueAtFor, dueAtSql, nextTierSql } from "./warning.deadlines";
import type { EscalationRun, WarningQueueSummary } from "./warning-queue.type";
import { allowedTargets, mutationFor, refusal } from "./warning.workflow";

const { MENTAL_HEALTH } = WarningCategory;
const { OPEN, ASSIGNED, TRACKING, CLOSED } = WarningStatus;

/** What one workflow step does to a warning it has read, inside the step's transaction. */
type StepChange = (warning: Warning) => { to: WarningStatus; assigneeId?: string };

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
    return warning.category !== MENTAL_HEALTH || access.grant(warning.personId, ["MENTAL_HEALTH"]) !== null;
  }

  private visibleWhere(): FilterQuery<Warning> {
    const { access } = this.ctx;
    const anyone = access.students();
    const mentalHealth = access.students("MENTAL_HEALTH");
    if (anyone === "all" && mentalHealth === "all") return {};
    const other = anyone === "all" ? {} : { personId: anyStudent(anyone) };
    const mental = mentalHealth === "all" ? {} : { personId: anyStudent(mentalHealth) };
    return { $or: [{ ...other, category: { $ne: MENTAL_HEALTH } }, { ...mental, category: MENTAL_HEALTH }] };
  }

  /** A warning by id: null when there is none, FORBIDDEN when the caller may not see it. */
  async byId(id: string, field = "id"): Promise<Warning | null> {
    assertId(id, field);
    const warning = await this.ctx.loaders.warning.load(id);
    if (warning && !this.canSee(warning)) throw forbidden("this warning is about a student the caller may not see");
    return warning;
  }

  /**
   * The warnings about one person the caller may see, newest first; batched across all the people
   * of a request. FORBIDDEN when the caller has no relationship to the person at all.
   */
  async ofPerson(personId: string): Promise<Warning[]> {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId)) throw forbidden("warnings are visible only to the student and to staff whose duty covers them");
    const warnings = await this.ctx.loaders.warningsByPerson.load(personId);
    return warnings.filter((warning) => this.canSee(warning));
  }

  /**
   * The warnings the caller may see, a page at a time; filtered in SQL, so pages and counts agree.
   * DUE_AT is the work queue: only warnings with a due time (not CLOSED), soonest due first.
   */
  async list(args: WarningsArgs): Promise<Connection<Warning>> {
    const where: FilterQuery<Warning> = { $and: [this.visibleWhere(), this.where(args.filter, new Date())] };
    if (args.orderBy === WarningOrder.DUE_AT) {
      return paginateOrdered(this.ctx.em, Warning, { $and: [where, { status: { $ne: CLOSED }, dueAt: { $ne: null } }] }, args, "dueAt", "asc");
    }
    return paginate(this.ctx.em, Warning, where, args, "raisedAt");
  }

  /** The queue's head counts over the caller's visible warnings, in one statement. */
  async queueSummary(): Promise<WarningQueueSummary> {
    const me = this.ctx.access.caller.personId;
    const now = new Date();
    const open = `w.status <> 'CLOSED'`;
    const endOfToday = `((date_trunc('day', ?::timestamptz at time zone '${CAMPUS_TIME_ZONE}') + interval '1 day') at time zone '${CAMPUS_TIME_ZONE}')`;
    const row = await this.ctx.em
      .createQueryBuilder(Warning, "w")
      .select([
        raw(`count(*) filter (where ${open})::int as "open"`),
        raw(`count(*) filter (where ${open} and w.assignee_id = ?::uuid)::int as "assignedToMe"`, [me]),
        raw(`count(*) filter (where ${open} and w.due_at <= ?::timestamptz)::int as "overdue"`, [now]),
        raw(`count(*) filter (where ${open} and w.due_at > ?::timestamptz and w.due_at < ${endOfToday})::int as "dueToday"`, [now, now]),
      ])
      .where(this.visibleWhere())
      .execute("get", false);
    return row as unknown as WarningQueueSummary;
  }

  transitions(warning: Warning): Promise<WarningTransition[]> {
    return this.ctx.loaders.transitionsByWarning.load(warning.id);
  }

  escalations(warning: Warning): Promise<WarningEscalation[]> {
    return this.ctx.loaders.escalationsByWarning.load(warning.id);
  }

  /**
   * Moves a warning one of the middle steps (研判, 干预, 追踪, and back to 干预 on a relapse).
   * Assigning and closing carry more than a status and have their own mutations.
   */
  advance(warningId: string, to: WarningStatus, note: string | null | undefined): Promise<Warning> {
    return this.step(warningId, "advancing a warning", note, (warning) => {
      const from = warning.status;
      const why = refusal(from, to);
      if (why) throw codedError("BAD_USER_INPUT", why, { field: "to", from, to, allowed: allowedTargets(from) });
      const mutation = mutationFor(to);
      if (mutation !== "advanceWarning") {
        throw codedError("BAD_USER_INPUT", `moving a warning to ${to} needs more than a status: use ${mutation}`, { field: "to", from, to, allowed: allowedTargets(from) });
      }
      return { to };
    });
  }

  /**
   * Gives a warning to the member of staff who will work it: OPEN → ASSIGNED, or, later, hands it
   * to someone else (recorded as a step from the status to itself). The assignee is a Person key;
   * whether they are staff is the people subgraph's knowledge, so only the student themselves is
   * refused here.
   */
  async assign(input: AssignWarningInput): Promise<Warning> {
    assertId(input.assigneeId, "assigneeId");
    await assertPeopleExist(this.ctx, [{ id: input.assigneeId, field: "assigneeId" }]);
    return this.step(input.warningId, "assigning a warning", input.note, (warning) => {
      if (warning.status === CLOSED) {
        throw codedError("BAD_USER_INPUT", "a CLOSED warning cannot be assigned: CLOSED is final", { field: "warningId", from: CLOSED, allowed: [] });
      }
      if (input.assigneeId === warning.personId) throw badUserInput("a warning cannot be assigned to the student it is about", "assigneeId");
      if (input.assigneeId === warning.assigneeId) throw badUserInput("the warning is already assigned to this person", "assigneeId");
      return { to: warning.status === OPEN ? ASSIGNED : warning.status, assigneeId: input.assigneeId };
    });
  }

  /** Ends a warning that has been tracked: TRACKING → CLOSED, with how it ended. */
  close(input: CloseWarningInput): Promise<Warning> {
    if (!Object.values(WarningOutcome).includes(input.outcome)) throw badUserInput("closing a warning needs its outcome", "outcome");
    return this.step(input.warningId, "closing a warning", input.note, (warning) => {
      const from = warning.status;
      if (from !== TRACKING) {
        throw codedError("BAD_USER_INPUT", `${refusal(from, CLOSED) ?? `a warning cannot be closed from ${from}`}; only a TRACKING warning can be closed`, {
          field: "warningId",
          from,
          to: CLOSED,
          allowed: allowedTargets(from),
        });
      }
      warning.outcome = input.outcome;
      return { to: CLOSED };
    });
  }

  /**
   * One workflow step, checked and recorded. Refused steps change nothing. Of two steps from the
   * same state at once, one applies and the other gets CONFLICT: the update checks the version it
   * read (optimistic lock) inside one transaction with the history row. Every step that changes
   * the stage starts the new stage's clock (warning.deadlines.ts).
   */
  private async step(warningId: string, action: string, note: string | null | undefined, change: StepChange): Promise<Warning> {
    const byPersonId = actingPerson(this.ctx.access, action);
    assertId(warningId, "warningId");
    const cleanNote = optionalText(note, "note", MAX_NOTE_LENGTH);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const warning = await tx.findOne(Warning, { id: warningId }, { refresh: true });
        if (!warning) throw notFound("Warning", warningId);
        this.assertMayAct(warning, action);
        const from = warning.status;
        const { to, assigneeId } = change(warning);
        const at = new Date();
        const version = warning.version;
        if (to !== from) {
          warning.status = to;
          warning.dueAt = dueAtFor(to, warning.level, at);
          if (to === CLOSED) warning.closedAt = at;
        }
        if (assigneeId) warning.assigneeId = assigneeId;
        // UPDATE ... WHERE id = ? AND version = ?: fails if someone else moved it since we read it.
        await tx.flush();
        tx.create(WarningTransition, { warning, warningVersion: version, from, to, byPersonId, at, note: cleanNote, assigneeId: assigneeId ?? null });
        return warning;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
        throw codedError("CONFLICT", `warning ${warningId} was changed by someone else at the same time; reload it and try again`, { id: warningId });
      }
      throw error;
    }
  }

  /** Staff with CARE for the student (not the student themselves), and MENTAL_HEALTH for such warnings. */
  private assertMayAct(warning: Warning, action: string): void {
    const { access } = this.ctx;
    refuseSelf(access, warning.personId, action);
    requireStaffPurpose(access, warning.personId, ["CARE"], action);
    if (warning.category === MENTAL_HEALTH) requireStaffPurpose(access, warning.personId, ["MENTAL_HEALTH"], `${action} about mental health`);
  }

  /**
   * Moves every warning whose due time has passed by `asOf` one level up the organisation, records
   * the missed due time, and starts its stage's clock again from `asOf`. One statement whatever
   * the number of warnings: the UPDATE ... RETURNING feeds the INSERT of escalation rows. Rows are
   * locked and re-checked (FOR UPDATE), so two runs at once escalate each miss once; running again
   * at the same asOf finds nothing overdue. For administrators and the gateway's scheduler.
   */
  async escalateOverdue(asOf: Date | null | undefined): Promise<EscalationRun> {
    if (!this.ctx.system && !this.ctx.access.hasRole("admin")) throw forbidden("escalating overdue warnings is for administrators and the platform's scheduler");
    const at = asOf ?? new Date();
    if (Number.isNaN(at.getTime())) throw badUserInput("asOf is not a time", "asOf");
    const em = this.ctx.em as EntityManager;
    const warnings = table(em, Warning);
    // The tier's enum type lives in the same schema as the table.
    const tierType = warnings.replace(/"[^"]+"$/, `"warning_escalation_tier"`);
    const rows: { escalated: number }[] = await em.getConnection().execute(
      `with overdue as (
         select id, escalation_tier, due_at from ${warnings}
         where status <> 'CLOSED' and due_at <= ?::timestamptz
         for update
       ), moved as (
         update ${warnings} as w
         set escalation_tier = ${nextTierSql("o.escalation_tier")}::${tierType},
             due_at = ${dueAtSql("w.status", "w.level", "?::timestamptz")},
             updated_at = now()
         from overdue as o
         where w.id = o.id
         returning w.id, o.escalation_tier as from_tier, w.escalation_tier as to_tier, w.status as stage, o.due_at as missed
       ), recorded as (
         insert into ${table(em, WarningEscalation)} (id, warning_id, from_tier, to_tier, stage, at, due_at)
         select gen_random_uuid(), id, from_tier, to_tier, stage, ?::timestamptz, missed from moved
         on conflict (warning_id, due_at) do nothing
         returning 1
       )
       select count(*)::int as escalated from moved`,
      [at, at, at],
    );
    return { escalated: rows[0]?.escalated ?? 0, asOf: at };
  }

  private where(filter: WarningFilter | null | undefined, now: Date): FilterQuery<Warning> {
    const all: FilterQuery<Warning>[] = [];
    if (!filter) return {};
    if (filter.status) all.push({ status: filter.status });
    if (filter.statuses) all.push({ status: { $in: filter.statuses } });
    if (filter.level) all.push({ level: filter.level });
    if (filter.category) all.push({ category: filter.category });
    if (filter.escalationTier) all.push({ escalationTier: filter.escalationTier });
    if (filter.assignedToMe !== null && filter.assignedToMe !== undefined) {
      const me = this.ctx.access.caller.personId;
      if (filter.assignedToMe) all.push(me ? { assigneeId: me } : { id: { $in: [] } });
      else all.push(me ? { $or: [{ assigneeId: null }, { assigneeId: { $ne: me } }] } : {});
    }
    if (filter.overdue === true) all.push({ status: { $ne: CLOSED }, dueAt: { $lte: now } });
    if (filter.overdue === false) all.push({ $or: [{ status: CLOSED }, { dueAt: null }, { dueAt: { $gt: now } }] });
    return all.length ? { $and: all } : {};
  }
}
