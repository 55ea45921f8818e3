import { pushResourcesFor } from "../resource/resource-push.run";
import { LockMode, OptimisticLockError, UniqueConstraintViolationException, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { requireStaffPurpose, type Purpose } from "@campus/access";
import { assertId, assertPeopleExist, badUserInput, codedError, forbidden, notFound, optionalText, requiredText, type RequestContext } from "@campus/subgraph";
import { paginateOrdered, table, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { actingPerson, refuseSelf } from "../row-scope";
import { Warning } from "../warning/warning.entity";
import { WarningService } from "../warning/warning.service";
import { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus, CaseKind, CaseSource, MeasureStatus, TaskForceChangeKind, type CaseOutcome, type DifficultyGrade } from "./assistance-case.enums";
import {
  MAX_DUTY_LENGTH,
  type AddTaskForceMemberInput,
  type AssistanceCaseFilter,
  type AssistanceCasesArgs,
  type ConfirmGradeInput,
  type OpenAssistanceCaseInput,
  type RecommendGradeInput,
  type TaskForceMemberRefInput,
} from "./assistance-case.input";
import { caseRefusal } from "./assistance-case.workflow";
import { anyId, CaseAccess } from "./case-access";
import { CaseMeasure } from "./case-measure.entity";
import { CaseTransition } from "./case-transition.entity";
import { isConditionCode, recommend, GRADING_CONDITIONS } from "./grading";
import { TaskForceChange } from "./task-force-change.entity";
import { TaskForceMember } from "./task-force-member.entity";

const { DISCOVERED, GRADED, ASSISTING, REVIEWED, CLOSED } = AssistanceCaseStatus;

export class AssistanceCaseService {
  private readonly cases: CaseAccess;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.cases = new CaseAccess(ctx.access);
  }

  /** Whether the caller serves on the case's task force (batched across a request). */
  async onTaskForce(caseId: string): Promise<boolean> {
    const me = this.ctx.access.caller.personId;
    if (!me) return false;
    return (await this.ctx.loaders.taskForceByCase.load(caseId)).some((m) => m.memberId === me);
  }

  async canSee(c: AssistanceCase): Promise<boolean> {
    return this.cases.seesAllOf(c.personId) || this.cases.seesCase(c, await this.onTaskForce(c.id));
  }

  /** A case by id: null when none, FORBIDDEN when the caller may not see it. */
  async byId(id: string, field = "id"): Promise<AssistanceCase | null> {
    assertId(id, field);
    const assistanceCase = await this.ctx.loaders.assistanceCase.load(id);
    if (assistanceCase && !(await this.canSee(assistanceCase))) throw forbidden("this case is about a student the caller may not see, or one whose task force they are not on");
    return assistanceCase;
  }

  /**
   * A person's cases the caller may see, newest first: all of them through a role covering the
   * student (or to the student), only those they serve on through the task-force role; FORBIDDEN
   * when the caller has no relationship to the person.
   */
  async ofPerson(personId: string): Promise<AssistanceCase[]> {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId)) throw forbidden("cases are visible only to the student and to staff whose duty covers them");
    const all = await this.ctx.loaders.casesByPerson.load(personId);
    if (this.cases.seesAllOf(personId)) return all;
    const mine = await Promise.all(all.map((c) => this.onTaskForce(c.id)));
    return all.filter((_, i) => mine[i]);
  }

  /** The cases the caller may see, newest first, filtered in SQL so pages and counts agree. */
  async list(args: AssistanceCasesArgs): Promise<Connection<AssistanceCase>> {
    const visible = await this.cases.caseFilter(this.ctx.em);
    const where: FilterQuery<AssistanceCase>[] = [this.where(args.filter)];
    if (!visible.all) where.push({ $or: [{ personId: anyId(visible.studentIds) }, { id: anyId(visible.caseIds) }] });
    if (args.filter?.mine) {
      const me = this.ctx.access.caller.personId;
      if (!me) throw badUserInput("mine needs a caller who is a person", "filter");
      const served: { case_id: string }[] = await this.ctx.em.getConnection().execute(`select case_id from ${table(this.ctx.em, TaskForceMember)} where member_id = ?`, [me]);
      where.push({ $or: [{ openedById: me }, { id: anyId(served.map((r) => r.case_id)) }] });
    }
    return paginateOrdered(this.ctx.em, AssistanceCase, { $and: where }, args, "openedAt", "desc");
  }

  private where(filter: AssistanceCaseFilter | null | undefined): FilterQuery<AssistanceCase> {
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.kind) where.kind = filter.kind;
    return where as FilterQuery<AssistanceCase>;
  }

  taskForce(c: AssistanceCase): Promise<TaskForceMember[]> {
    return this.ctx.loaders.taskForceByCase.load(c.id);
  }

  transitions(c: AssistanceCase): Promise<CaseTransition[]> {
    return this.ctx.loaders.transitionsByCase.load(c.id);
  }

  taskForceChanges(c: AssistanceCase): Promise<TaskForceChange[]> {
    return this.ctx.loaders.taskForceChangesByCase.load(c.id);
  }

  plan(c: AssistanceCase): Promise<CaseMeasure[]> {
    return this.ctx.loaders.planByCase.load(c.id);
  }

  /** The warning the case came from: null when none, FORBIDDEN when the caller may not see that warning. */
  async warning(c: AssistanceCase): Promise<Warning | null> {
    if (!c.warningId) return null;
    return new WarningService(this.ctx).byId(c.warningId);
  }

  /**
   * Casework is staff with `purposes` for the student through a role that reaches this case (a
   * task-force member only on a case they serve on), never the student on their own record.
   */
  assertMayWork(studentId: string, action: string, onTaskForce: boolean, purposes: Purpose[] = ["CARE"]): void {
    refuseSelf(this.ctx.access, studentId, action);
    for (const purpose of purposes) {
      requireStaffPurpose(this.ctx.access, studentId, [purpose], action);
      if (!this.cases.holdsForCase(studentId, purpose, onTaskForce)) throw forbidden(`${action}: a task-force member works only on the cases they serve on`);
    }
  }

  private async memberOf(tx: EntityManager, c: AssistanceCase): Promise<boolean> {
    const me = this.ctx.access.caller.personId;
    return me !== null && (await tx.count(TaskForceMember, { case: c, memberId: me })) > 0;
  }

  /**
   * Runs `work` on a case in one transaction, after the access check. `lock` takes the row lock
   * (task-force changes: check-then-insert); otherwise the version column guards the update, and
   * a concurrent change to the case becomes CONFLICT.
   */
  private async withCase<T>(caseId: string, action: string, work: (tx: EntityManager, c: AssistanceCase, by: string) => Promise<T>, options: { lock?: boolean; purposes?: Purpose[]; field?: string } = {}): Promise<T> {
    const by = actingPerson(this.ctx.access, action);
    assertId(caseId, options.field ?? "caseId");
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const c = await tx.findOne(AssistanceCase, { id: caseId }, { refresh: true, ...(options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
        if (!c) throw notFound("AssistanceCase", caseId);
        this.assertMayWork(c.personId, action, await this.memberOf(tx as EntityManager, c), options.purposes);
        return work(tx as EntityManager, c, by);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError || (error instanceof UniqueConstraintViolationException && !options.lock)) {
        throw codedError("CONFLICT", `case ${caseId} was changed by someone else at the same time; reload it and try again`, { id: caseId });
      }
      throw error;
    }
  }

  /** Moves the case to `to` if the workflow's guards allow, and records the step. */
  private async move(tx: EntityManager, c: AssistanceCase, to: AssistanceCaseStatus, by: string, note: string | null, extra: { outcome?: boolean } = {}): Promise<void> {
    const from = c.status;
    const needsPlanFacts = to === ASSISTING && from !== ASSISTING;
    const [hasLead, activeMeasures] = needsPlanFacts
      ? await Promise.all([tx.count(TaskForceMember, { case: c, lead: true }).then((n) => n > 0), tx.count(CaseMeasure, { case: c, status: { $ne: MeasureStatus.CANCELLED } })])
      : [false, 0];
    const why = caseRefusal(from, to, { kind: c.kind, confirmedGrade: c.confirmedGrade !== null, hasLead, activeMeasures, note, outcome: extra.outcome ?? false });
    if (why) throw codedError("BAD_USER_INPUT", why.message, { field: why.field, from, to });
    const version = c.version;
    c.status = to;
    // UPDATE ... WHERE id = ? AND version = ?: fails if someone else changed the case since we read it.
    await tx.flush();
    tx.create(CaseTransition, { case: c, caseVersion: version, from, to, byPersonId: by, at: new Date(), note });
  }

  async open(input: OpenAssistanceCaseInput): Promise<AssistanceCase> {
    const action = "opening an assistance case";
    const openedById = actingPerson(this.ctx.access, action);
    assertId(input.personId, "personId");
    this.assertMayWork(input.personId, action, false);
    const summary = requiredText(input.summary, "summary");
    await assertPeopleExist(this.ctx, [{ id: input.personId, field: "personId" }]);
    let warningId: string | null = null;
    if (input.source === CaseSource.WARNING) {
      if (!input.warningId) throw badUserInput("a case from a WARNING names the warning", "warningId");
      assertId(input.warningId, "warningId");
      // This subgraph's own warning table: the warning must be about the same student.
      const warning = await this.ctx.em.findOne(Warning, { id: input.warningId, personId: input.personId });
      if (!warning) throw badUserInput("no warning about this student has that id", "warningId");
      warningId = warning.id;
    } else if (input.warningId) {
      throw badUserInput(`a case from ${input.source} names no warning; use source WARNING`, "warningId");
    }
    const c = this.ctx.em.create(AssistanceCase, { personId: input.personId, summary, source: input.source, warningId, kind: input.kind ?? CaseKind.ECONOMIC, openedAt: new Date(), openedById });
    await this.ctx.em.flush();
    // Help that fits the case reaches the student's inbox now, not at the next scheduled push.
    await pushResourcesFor(this.ctx.em, [c.personId]);
    return c;
  }

  // ---- 定级 ----

  recommendGrade(input: RecommendGradeInput): Promise<AssistanceCase> {
    return this.withCase(
      input.caseId,
      "recommending a difficulty grade",
      async (tx, c, by) => {
        if (c.status !== DISCOVERED) throw codedError("BAD_USER_INPUT", `this case is ${c.status}; a grade is recommended while it is DISCOVERED`, { field: "caseId", status: c.status });
        const unknown = input.conditions.filter((code) => !isConditionCode(code));
        if (unknown.length) throw codedError("BAD_USER_INPUT", `unknown condition codes: ${unknown.join(", ")}`, { field: "conditions", unknown });
        const met = new Set(input.conditions);
        const conditions = GRADING_CONDITIONS.map((k) => k.code).filter((code) => met.has(code));
        const { score, grade } = recommend(conditions);
        Object.assign(c, { gradingScore: score, gradingConditions: conditions, recommendedGrade: grade, recommendedById: by, recommendedAt: new Date(), gradingNote: optionalText(input.note, "note") });
        await tx.flush();
        return c;
      },
      { purposes: ["CARE", "FINANCIAL"] },
    );
  }

  /** Four-eyes: the confirming person is not the recommender. A different grade needs a note. Moves the case to GRADED. */
  confirmGrade(input: ConfirmGradeInput): Promise<AssistanceCase> {
    return this.withCase(
      input.caseId,
      "confirming a difficulty grade",
      async (tx, c, by) => {
        if (c.status !== DISCOVERED) throw codedError("BAD_USER_INPUT", `this case is ${c.status}; a grade is confirmed while it is DISCOVERED`, { field: "caseId", status: c.status });
        if (c.recommendedGrade === null) throw badUserInput("no grade has been recommended yet (recommendGrade)", "caseId");
        if (c.recommendedById === by) throw forbidden("confirming a difficulty grade: the person who recommended it may not confirm it (four-eyes)");
        const note = optionalText(input.note, "note");
        if (input.grade !== c.recommendedGrade && !note) throw badUserInput(`confirming ${input.grade} instead of the recommended ${c.recommendedGrade} needs a note saying why`, "note");
        Object.assign(c, { confirmedGrade: input.grade as DifficultyGrade, confirmedById: by, confirmedAt: new Date(), gradingNote: note ?? c.gradingNote });
        await this.move(tx, c, GRADED, by, note);
        return c;
      },
      { purposes: ["CARE", "FINANCIAL"] },
    );
  }

  // ---- 帮扶, 复核, 结案 ----

  startAssistance(caseId: string, note: string | null | undefined): Promise<AssistanceCase> {
    const clean = optionalText(note, "note");
    return this.withCase(caseId, "starting assistance", async (tx, c, by) => {
      await this.move(tx, c, ASSISTING, by, clean);
      return c;
    });
  }

  review(caseId: string, note: string | null | undefined): Promise<AssistanceCase> {
    const clean = optionalText(note, "note");
    return this.withCase(caseId, "reviewing a case", async (tx, c, by) => {
      c.reviewNote = clean;
      await this.move(tx, c, REVIEWED, by, clean);
      return c;
    });
  }

  close(caseId: string, outcome: CaseOutcome, note: string | null | undefined): Promise<AssistanceCase> {
    const clean = optionalText(note, "note");
    return this.withCase(caseId, "closing an assistance case", async (tx, c, by) => {
      Object.assign(c, { outcome, closedAt: new Date(), closedById: by });
      await this.move(tx, c, CLOSED, by, clean, { outcome: Boolean(outcome) });
      return c;
    });
  }

  // ---- 专班 ----

  private assertOpenForTaskForce(c: AssistanceCase): void {
    if (c.status === CLOSED) throw codedError("BAD_USER_INPUT", `this case is ${c.status}; its task force no longer changes`, { field: "caseId", status: c.status });
  }

  private async record(tx: EntityManager, c: AssistanceCase, by: string, changes: [memberId: string, change: TaskForceChangeKind][]): Promise<void> {
    const rows: { n: number }[] = await tx.getConnection().execute(`select coalesce(max(seq), 0)::int as n from ${table(tx, TaskForceChange)} where case_id = ?`, [c.id], "all", tx.getTransactionContext());
    let seq = rows[0]?.n ?? 0;
    const at = new Date();
    for (const [memberId, change] of changes) tx.create(TaskForceChange, { case: c, memberId, change, byPersonId: by, at, seq: ++seq });
  }

  /** Demotes the current lead(s), if any: there is one lead at a time. */
  private async demoteLeads(tx: EntityManager, c: AssistanceCase): Promise<[string, TaskForceChangeKind][]> {
    const leads = await tx.find(TaskForceMember, { case: c, lead: true });
    for (const m of leads) m.lead = false;
    return leads.map((m) => [m.memberId, TaskForceChangeKind.STEPPED_DOWN]);
  }

  /**
   * Adds a person to a case's task force. The case row is locked for the check-then-insert, so a
   * closing cannot slip in between; the unique (case, member) index backs the duplicate check.
   */
  async addMember(input: AddTaskForceMemberInput): Promise<AssistanceCase> {
    assertId(input.memberId, "memberId");
    // Measures name their responsible person from the task force, so this check covers them too.
    await assertPeopleExist(this.ctx, [{ id: input.memberId, field: "memberId" }]);
    try {
      return await this.withCase(
        input.caseId,
        "adding to a task force",
        async (tx, c, by) => {
          this.assertOpenForTaskForce(c);
          if (input.memberId === c.personId) throw badUserInput("a student cannot serve on their own task force", "memberId");
          const duty = requiredText(input.duty, "duty", MAX_DUTY_LENGTH);
          if ((await tx.count(TaskForceMember, { case: c, memberId: input.memberId })) > 0) throw alreadyMember();
          const changes: [string, TaskForceChangeKind][] = input.lead ? await this.demoteLeads(tx, c) : [];
          tx.create(TaskForceMember, { case: c, memberId: input.memberId, duty, lead: input.lead, addedAt: new Date(), addedById: by });
          changes.push([input.memberId, TaskForceChangeKind.JOINED]);
          if (input.lead) changes.push([input.memberId, TaskForceChangeKind.MADE_LEAD]);
          await this.record(tx, c, by, changes);
          return c;
        },
        { lock: true },
      );
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw alreadyMember();
      throw error;
    }
  }

  /** Makes a member the lead; the old lead steps down. Nothing changes when they already lead. */
  setLead(input: TaskForceMemberRefInput): Promise<AssistanceCase> {
    assertId(input.memberId, "memberId");
    return this.withCase(
      input.caseId,
      "changing a task force's lead",
      async (tx, c, by) => {
        this.assertOpenForTaskForce(c);
        const member = await tx.findOne(TaskForceMember, { case: c, memberId: input.memberId });
        if (!member) throw badUserInput("this person is not on the case's task force", "memberId");
        if (member.lead) return c;
        const changes = await this.demoteLeads(tx, c);
        member.lead = true;
        changes.push([member.memberId, TaskForceChangeKind.MADE_LEAD]);
        await this.record(tx, c, by, changes);
        return c;
      },
      { lock: true },
    );
  }

  /**
   * Removes a member. Refused for the lead while the case is being assisted or reviewed (make
   * another member lead first), and for someone still responsible for an open measure.
   */
  removeMember(input: TaskForceMemberRefInput): Promise<AssistanceCase> {
    assertId(input.memberId, "memberId");
    return this.withCase(
      input.caseId,
      "removing from a task force",
      async (tx, c, by) => {
        this.assertOpenForTaskForce(c);
        const member = await tx.findOne(TaskForceMember, { case: c, memberId: input.memberId });
        if (!member) throw badUserInput("this person is not on the case's task force", "memberId");
        if (member.lead && (c.status === ASSISTING || c.status === REVIEWED)) {
          throw badUserInput(`the lead of a case that is ${c.status} cannot leave; make another member lead first`, "memberId");
        }
        const open = await tx.count(CaseMeasure, { case: c, responsibleId: input.memberId, status: { $in: [MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS] } });
        if (open > 0) throw badUserInput(`this person is responsible for ${open} open measure(s); complete or cancel them first`, "memberId");
        const changes: [string, TaskForceChangeKind][] = member.lead ? [[member.memberId, TaskForceChangeKind.STEPPED_DOWN]] : [];
        changes.push([member.memberId, TaskForceChangeKind.LEFT]);
        tx.remove(member);
        await this.record(tx, c, by, changes);
        return c;
      },
      { lock: true },
    );
  }
}

function alreadyMember() {
  return badUserInput("this person is already on the case's task force", "memberId");
}
