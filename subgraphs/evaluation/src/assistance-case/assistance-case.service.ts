import { pushResourcesFor } from "../resource/resource-push.run";
import {
  OptimisticLockError,
  UniqueConstraintViolationException,
  type FilterQuery,
} from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { requireStaffPurpose, type Purpose } from "@campus/access";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
  cleanText,
} from "@campus/subgraph";
import { anyId, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { actingPerson, refuseSelf } from "../row-scope";
import { Warning } from "../warning/warning.entity";
import { WarningService } from "../warning/warning.service";
import { AssistanceCase } from "./assistance-case.entity";
import {
  AssistanceCaseStatus,
  CaseKind,
  CaseSource,
  type CaseOutcome,
} from "./assistance-case.enums";
import type {
  AssistanceCaseFilter,
  AssistanceCasesArgs,
  OpenAssistanceCaseInput,
} from "./assistance-case.input";
import type { AssistanceCaseRepository } from "./assistance-case.repository";
import { caseRefusal } from "./assistance-case.workflow";
import { CaseAccess } from "./case-access";
import { CaseMeasure } from "./case-measure.entity";
import type { CaseMeasureRepository } from "./case-measure.repository";
import { CaseTransition } from "./case-transition.entity";
import type { TaskForceChange } from "./task-force-change.entity";
import { TaskForceMember } from "./task-force-member.entity";
import type { TaskForceMemberRepository } from "./task-force-member.repository";

const { ASSISTING, REVIEWED, CLOSED } = AssistanceCaseStatus;

/** The stages a case stands at once it has reached ASSISTING: the workflow goes on only from there. */
export const REACHED_ASSISTING: readonly AssistanceCaseStatus[] = [ASSISTING, REVIEWED, CLOSED];

export function cases(em: EntityManager): AssistanceCaseRepository {
  return em.getRepository<AssistanceCase, AssistanceCaseRepository>(AssistanceCase);
}

export function taskForceMembers(em: EntityManager): TaskForceMemberRepository {
  return em.getRepository<TaskForceMember, TaskForceMemberRepository>(TaskForceMember);
}

/*
 * Casework is three services: who sees which cases and the case's workflow (here), grading
 * (case-grading.service.ts) and the task force (task-force.service.ts); the plan's measures are
 * case-measure.service.ts. The other two work on a case through `withCase` and `move`.
 */

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

  /** The row rule (CaseAccess): the task force is looked at only when the caller's roles do not show the case. */
  async canSee(c: AssistanceCase): Promise<boolean> {
    if (this.cases.seesByRole(c)) return true;
    return this.cases.mayServeOn(c) && (await this.onTaskForce(c.id));
  }

  /** A case by id: null when none, FORBIDDEN when the caller may not see it. */
  async byId(id: string, field = "id"): Promise<AssistanceCase | null> {
    assertId(id, field);
    const assistanceCase = await this.ctx.loaders.assistanceCase.load(id);
    if (assistanceCase && !(await this.canSee(assistanceCase))) throw unseen();
    return assistanceCase;
  }

  /**
   * A person's cases the caller may see, newest first: through a role covering the student (or to
   * the student), all but MENTAL_HEALTH ones, and those only with MENTAL_HEALTH for the student;
   * through the task-force role, only those they serve on. FORBIDDEN when the caller has no
   * relationship to the person.
   */
  async ofPerson(personId: string): Promise<AssistanceCase[]> {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId))
      throw forbidden("cases are visible only to the student and to staff whose duty covers them");
    const all = await this.ctx.loaders.casesByPerson.load(personId);
    const seen = await Promise.all(all.map((c) => this.canSee(c)));
    return all.filter((_, i) => seen[i]);
  }

  /** The cases the caller may see, newest first, filtered in SQL so pages and counts agree. */
  async list(args: AssistanceCasesArgs): Promise<Connection<AssistanceCase>> {
    return this.listWhere(args, []);
  }

  /**
   * The cases of these students (a unit's) the caller may see: the rows of `list` with the same
   * arguments, narrowed to them. One page and one count per unit: not batched across units.
   */
  listAmong(
    students: readonly string[],
    args: AssistanceCasesArgs,
  ): Promise<Connection<AssistanceCase>> {
    return this.listWhere(args, [{ personId: anyId(students) }]);
  }

  private async listWhere(
    args: AssistanceCasesArgs,
    narrowed: FilterQuery<AssistanceCase>[],
  ): Promise<Connection<AssistanceCase>> {
    const where: FilterQuery<AssistanceCase>[] = [...this.where(args.filter), ...narrowed];
    const visible = await this.cases.visibleWhere(this.ctx.em);
    if (visible) where.push(visible);
    if (args.filter?.mine) {
      const me = this.ctx.access.caller.personId;
      if (!me) throw badUserInput("mine needs a caller who is a person", "filter");
      const served = await taskForceMembers(this.ctx.em).casesServedBy(me);
      where.push({ $or: [{ openedById: me }, { id: anyId(served) }] });
    }
    return cases(this.ctx.em).page({ $and: where }, args);
  }

  /**
   * The filter's conditions. assistanceCaseStatistics counts with the same meanings (its
   * repository's SQL), so each figure equals the totalCount of the list filtered alike.
   */
  private where(filter: AssistanceCaseFilter | null | undefined): FilterQuery<AssistanceCase>[] {
    const where: Record<string, unknown> = {};
    const more: FilterQuery<AssistanceCase>[] = [];
    if (filter?.status) where.status = filter.status;
    if (filter?.kind) where.kind = filter.kind;
    const openedAt: Record<string, Date> = {};
    if (filter?.openedFrom) openedAt.$gte = filter.openedFrom;
    if (filter?.openedBefore) openedAt.$lt = filter.openedBefore;
    if (Object.keys(openedAt).length) where.openedAt = openedAt;
    if (typeof filter?.graded === "boolean")
      where.confirmedGrade = filter.graded ? { $ne: null } : null;
    if (typeof filter?.reachedAssisting === "boolean")
      more.push({
        status: filter.reachedAssisting ? { $in: REACHED_ASSISTING } : { $nin: REACHED_ASSISTING },
      });
    if (filter?.grade) {
      // The grade is FINANCIAL data: matching on it must not tell anyone else a student's grade.
      more.push({ confirmedGrade: filter.grade });
      const financial = this.ctx.access.students("FINANCIAL");
      if (financial !== "all") more.push({ personId: anyId(financial) });
    }
    return [where, ...more];
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
  assertMayWork(
    studentId: string,
    action: string,
    onTaskForce: boolean,
    purposes: Purpose[] = ["CARE"],
  ): void {
    refuseSelf(this.ctx.access, studentId, action);
    for (const purpose of purposes) {
      requireStaffPurpose(this.ctx.access, studentId, [purpose], action);
      if (!this.cases.holdsForCase(studentId, purpose, onTaskForce))
        throw forbidden(`${action}: a task-force member works only on the cases they serve on`);
    }
  }

  /**
   * Casework on an existing case: FORBIDDEN unless the caller may see the case (its row rule: a
   * MENTAL_HEALTH case only with MENTAL_HEALTH for the student or a seat on its task force), then
   * as `assertMayWork`.
   */
  assertMayWorkOn(
    c: AssistanceCase,
    action: string,
    onTaskForce: boolean,
    purposes?: Purpose[],
  ): void {
    if (!this.cases.seesCase(c, onTaskForce)) throw unseen(action);
    this.assertMayWork(c.personId, action, onTaskForce, purposes);
  }

  private async memberOf(tx: EntityManager, c: AssistanceCase): Promise<boolean> {
    const me = this.ctx.access.caller.personId;
    return me !== null && taskForceMembers(tx).serves(c, me);
  }

  /**
   * Runs `work` on a case in one transaction, after the access check. `lock` takes the row lock
   * (task-force changes: check-then-insert); otherwise the version column guards the update, and
   * a concurrent change to the case becomes CONFLICT.
   */
  async withCase<T>(
    caseId: string,
    action: string,
    work: (tx: EntityManager, c: AssistanceCase, by: string) => Promise<T>,
    options: { lock?: boolean; purposes?: Purpose[]; field?: string } = {},
  ): Promise<T> {
    const by = actingPerson(this.ctx.access, action);
    assertId(caseId, options.field ?? "caseId");
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const c = await cases(tx).forWork(caseId, options.lock ?? false);
        if (!c) throw notFound("AssistanceCase", caseId);
        this.assertMayWorkOn(c, action, await this.memberOf(tx, c), options.purposes);
        return work(tx, c, by);
      });
    } catch (error) {
      if (
        error instanceof OptimisticLockError ||
        (error instanceof UniqueConstraintViolationException && !options.lock)
      ) {
        throw codedError(
          "CONFLICT",
          `case ${caseId} was changed by someone else at the same time; reload it and try again`,
          { id: caseId },
        );
      }
      throw error;
    }
  }

  /** Moves the case to `to` if the workflow's guards allow, and records the step. */
  async move(
    tx: EntityManager,
    c: AssistanceCase,
    to: AssistanceCaseStatus,
    by: string,
    note: string | null,
    extra: { outcome?: boolean } = {},
  ): Promise<void> {
    const from = c.status;
    const needsPlanFacts = to === ASSISTING && from !== ASSISTING;
    const [hasLead, activeMeasures] = needsPlanFacts
      ? await Promise.all([
          taskForceMembers(tx).hasLead(c),
          tx.getRepository<CaseMeasure, CaseMeasureRepository>(CaseMeasure).active(c),
        ])
      : [false, 0];
    const why = caseRefusal(from, to, {
      kind: c.kind,
      confirmedGrade: c.confirmedGrade !== null,
      hasLead,
      activeMeasures,
      note,
      outcome: extra.outcome ?? false,
    });
    if (why) throw codedError("BAD_USER_INPUT", why.message, { field: why.field, from, to });
    const version = c.version;
    c.status = to;
    // UPDATE ... WHERE id = ? AND version = ?: fails if someone else changed the case since we read it.
    await tx.flush();
    tx.create(CaseTransition, {
      case: c,
      caseVersion: version,
      from,
      to,
      byPersonId: by,
      at: new Date(),
      note,
    });
  }

  async open(input: OpenAssistanceCaseInput): Promise<AssistanceCase> {
    const action = "opening an assistance case";
    const openedById = actingPerson(this.ctx.access, action);
    this.assertMayWork(input.personId, action, false);
    const kind = input.kind ?? CaseKind.ECONOMIC;
    // Nobody opens a case they could not see: a MENTAL_HEALTH one needs MENTAL_HEALTH too.
    if (!this.cases.seesCase({ personId: input.personId, kind }, false))
      throw forbidden(
        `${action}: a MENTAL_HEALTH case is opened by staff who hold MENTAL_HEALTH for the student, the only ones who see it`,
      );
    const summary = input.summary.trim();
    await assertPeopleExist(this.ctx, [{ id: input.personId, field: "personId" }]);
    let warningId: string | null = null;
    if (input.source === CaseSource.WARNING) {
      if (!input.warningId)
        throw badUserInput("a case from a WARNING names the warning", "warningId");
      // This subgraph's own warning table: the warning must be about the same student.
      const warning = await this.ctx.em.findOne(Warning, {
        id: input.warningId,
        personId: input.personId,
      });
      // One the caller may not see (a MENTAL_HEALTH warning, without MENTAL_HEALTH) is answered
      // as one that is not there: the answer must not tell that it exists.
      if (!warning || !new WarningService(this.ctx).canSee(warning))
        throw badUserInput("no warning about this student has that id", "warningId");
      warningId = warning.id;
    } else if (input.warningId) {
      throw badUserInput(
        `a case from ${input.source} names no warning; use source WARNING`,
        "warningId",
      );
    }
    const c = this.ctx.em.create(AssistanceCase, {
      personId: input.personId,
      summary,
      source: input.source,
      warningId,
      kind,
      openedAt: new Date(),
      openedById,
    });
    await this.ctx.em.flush();
    // Help that fits the case reaches the student's inbox now, not at the next scheduled push.
    await pushResourcesFor(this.ctx.em, [c.personId]);
    return c;
  }

  // ---- 帮扶, 复核, 结案 ----

  startAssistance(caseId: string, note: string | null | undefined): Promise<AssistanceCase> {
    const clean = cleanText(note);
    return this.withCase(caseId, "starting assistance", async (tx, c, by) => {
      await this.move(tx, c, ASSISTING, by, clean);
      return c;
    });
  }

  review(caseId: string, note: string | null | undefined): Promise<AssistanceCase> {
    const clean = cleanText(note);
    return this.withCase(caseId, "reviewing a case", async (tx, c, by) => {
      c.reviewNote = clean;
      await this.move(tx, c, REVIEWED, by, clean);
      return c;
    });
  }

  close(
    caseId: string,
    outcome: CaseOutcome,
    note: string | null | undefined,
  ): Promise<AssistanceCase> {
    const clean = cleanText(note);
    return this.withCase(caseId, "closing an assistance case", async (tx, c, by) => {
      Object.assign(c, { outcome, closedAt: new Date(), closedById: by });
      await this.move(tx, c, CLOSED, by, clean, { outcome: Boolean(outcome) });
      return c;
    });
  }
}

/**
 * FORBIDDEN for a case the caller may not see, in the same words whichever part of the rule
 * refused, so that the refusal does not tell the case's kind.
 */
function unseen(action?: string) {
  return forbidden(
    `${action ? `${action}: ` : ""}this case is one the caller may not see (about a student their duty does not cover, of kind MENTAL_HEALTH without MENTAL_HEALTH for the student, or one whose task force they are not on)`,
  );
}
