import { GraphQLError } from "graphql";
import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { requireStaffPurpose } from "@campus/access";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  notFound,
  cleanText,
  forbidden,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { CaseKind, CaseSource } from "../assistance-case/assistance-case.enums";
import { AssistanceCaseService } from "../assistance-case/assistance-case.service";
import { CaseAccess } from "../assistance-case/case-access";
import { NotificationKind } from "../notification/notification.enums";
import { notify } from "../notification/notification.service";
import { actingPerson, refuseSelf } from "../row-scope";
import { staffPurposes } from "../staff-duty";
import { dueAtFor } from "./warning.deadlines";
import { Warning } from "./warning.entity";
import { WarningAction, WarningCategory, WarningOutcome, WarningStatus } from "./warning.enums";
import {
  type AdvanceWarningsInput,
  type AssignWarningInput,
  type AssignWarningsInput,
  type CloseWarningInput,
} from "./warning.input";
import { warnings } from "./warning.service";
import { WarningTransition } from "./warning-transition.entity";
import { allowedTargets, mutationFor, refusal } from "./warning.workflow";

const { MENTAL_HEALTH } = WarningCategory;
const { OPEN, ASSIGNED, ASSESSED, TRACKING, CLOSED } = WarningStatus;

/** Most warnings one bulk step takes. */
export const MAX_BULK_WARNINGS = 100;

/** The kind of case a warning closed as REFERRED_TO_CASE opens, by its category. */
const CASE_KIND_FOR: Record<WarningCategory, CaseKind> = {
  [WarningCategory.ACADEMIC]: CaseKind.ACADEMIC,
  [WarningCategory.BEHAVIOUR]: CaseKind.OTHER,
  [WarningCategory.MENTAL_HEALTH]: CaseKind.MENTAL_HEALTH,
  [WarningCategory.FINANCIAL]: CaseKind.ECONOMIC,
  [WarningCategory.SAFETY]: CaseKind.OTHER,
};

/** The step each next status is taken with, as availableActions names it. */
const ACTION_FOR: Partial<Record<WarningStatus, WarningAction>> = {
  [ASSESSED]: WarningAction.ASSESS,
  [WarningStatus.INTERVENING]: WarningAction.INTERVENE,
  [TRACKING]: WarningAction.TRACK,
  [CLOSED]: WarningAction.CLOSE,
};

/** What one workflow step does to a warning it has read, inside the step's transaction. */
type StepChange = (warning: Warning) => { to: WarningStatus; assigneeId?: string };

/**
 * One of the middle steps (研判, 干预, 追踪, and back to 干预 on a relapse) as a change, with the
 * workflow's guard: assigning and closing carry more than a status and have their own mutations.
 */
function advanceTo(to: WarningStatus): StepChange {
  return (warning) => {
    const from = warning.status;
    const why = refusal(from, to);
    if (why)
      throw codedError("BAD_USER_INPUT", why, {
        field: "to",
        from,
        to,
        allowed: allowedTargets(from),
      });
    const mutation = mutationFor(to);
    if (mutation !== "advanceWarning") {
      throw codedError(
        "BAD_USER_INPUT",
        `moving a warning to ${to} needs more than a status: use ${mutation}`,
        { field: "to", from, to, allowed: allowedTargets(from) },
      );
    }
    return { to };
  };
}

/** The warning workflow: open → assigned → assessed → intervening → tracking → closed, each step checked and recorded. */
export class WarningWorkflowService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Moves a warning one of the middle steps (研判, 干预, 追踪, and back to 干预 on a relapse).
   * Assigning and closing carry more than a status and have their own mutations.
   */
  advance(warningId: string, to: WarningStatus, note: string | null | undefined): Promise<Warning> {
    this.assertNoteFor(to, note);
    return this.step(warningId, "advancing a warning", note, advanceTo(to));
  }

  /**
   * Moves several warnings the same middle step at once, all or nothing: one transaction; the
   * first warning that may not take it (not found, not the caller's to work, not at a status the
   * step follows) refuses the whole call, its error naming that warning (`extensions.warningId`),
   * and nothing is changed. Each warning's history records the step and the note.
   */
  async advanceMany(input: AdvanceWarningsInput): Promise<Warning[]> {
    const action = "advancing a warning";
    const byPersonId = actingPerson(this.ctx.access, action);
    const ids = [...new Set(input.warningIds)];
    if (!ids.length) throw badUserInput("name at least one warning", "warningIds");
    if (ids.length > MAX_BULK_WARNINGS)
      throw badUserInput(`at most ${MAX_BULK_WARNINGS} warnings at a time`, "warningIds");
    ids.forEach((id) => assertId(id, "warningIds"));
    this.assertNoteFor(input.to, input.note);
    const note = cleanText(input.note);
    const change = advanceTo(input.to);
    return this.transaction(ids.length === 1 ? ids[0] : null, async (tx) => {
      const done: Warning[] = [];
      for (const id of ids) done.push(await this.stepIn(tx, id, action, byPersonId, note, change));
      return done;
    });
  }

  /** 研判 is a judgement: the history keeps why, so a step to ASSESSED without one is refused. */
  private assertNoteFor(to: WarningStatus, note: string | null | undefined): void {
    if (to === ASSESSED && !cleanText(note))
      throw badUserInput("assessing a warning (研判) needs a note saying what was judged", "note");
  }

  /**
   * Gives a warning to the member of staff who will work it: OPEN → ASSIGNED, or, later, hands it
   * to someone else (recorded as a step from the status to itself). The assignee is a Person key;
   * whether they are staff is the people subgraph's knowledge, so only the student themselves is
   * refused here.
   */
  async assign(input: AssignWarningInput): Promise<Warning> {
    const [warning] = await this.assignMany({ ...input, warningIds: [input.warningId] });
    return warning;
  }

  /**
   * Gives several warnings to one member of staff at once, all or nothing: one transaction; the
   * first warning that may not be given (not found, not the caller's to give, CLOSED, already
   * theirs, outside the assignee's duty) refuses the whole call, its error naming that warning
   * (`extensions.warningId`), and nothing is changed.
   */
  async assignMany(input: AssignWarningsInput): Promise<Warning[]> {
    const action = "assigning a warning";
    const byPersonId = actingPerson(this.ctx.access, action);
    const ids = [...new Set(input.warningIds)];
    if (!ids.length) throw badUserInput("name at least one warning", "warningIds");
    if (ids.length > MAX_BULK_WARNINGS)
      throw badUserInput(`at most ${MAX_BULK_WARNINGS} warnings at a time`, "warningIds");
    ids.forEach((id) => assertId(id, "warningIds"));
    assertId(input.assigneeId, "assigneeId");
    await assertPeopleExist(this.ctx, [{ id: input.assigneeId, field: "assigneeId" }]);
    // Whether the assignee's duty covers each student: asked of the graph once per student, before
    // the transaction, from warnings read as the caller may see them.
    const read = await this.ctx.em.find(Warning, { id: { $in: ids } });
    const students = new Map<string, Set<string> | "unchecked">();
    for (const w of read)
      if (!students.has(w.personId))
        students.set(w.personId, await staffPurposes(this.ctx, input.assigneeId, w.personId));
    const note = cleanText(input.note);
    return this.transaction(ids.length === 1 ? ids[0] : null, async (tx) => {
      const done: Warning[] = [];
      for (const id of ids) {
        const warning = await this.stepIn(tx, id, action, byPersonId, note, (w) => {
          if (w.status === CLOSED) {
            throw codedError(
              "BAD_USER_INPUT",
              "a CLOSED warning cannot be assigned: CLOSED is final",
              {
                field: "warningId",
                from: CLOSED,
                allowed: [],
              },
            );
          }
          if (input.assigneeId === w.personId)
            throw badUserInput(
              "a warning cannot be assigned to the student it is about",
              "assigneeId",
            );
          if (input.assigneeId === w.assigneeId)
            throw badUserInput("the warning is already assigned to this person", "assigneeId");
          const duty = students.get(w.personId);
          const needs = w.category === MENTAL_HEALTH ? ["CARE", "MENTAL_HEALTH"] : ["CARE"];
          if (duty && duty !== "unchecked" && !needs.every((p) => duty.has(p)))
            throw forbidden(
              `assigning a warning: the assignee's duty does not cover this student${w.category === MENTAL_HEALTH ? " for mental health" : ""}; give it to their counselor, class adviser or another colleague who covers them`,
            );
          return { to: w.status === OPEN ? ASSIGNED : w.status, assigneeId: input.assigneeId };
        });
        notify(tx, input.assigneeId, NotificationKind.ASSIGNED, byPersonId, { warningId: id });
        done.push(warning);
      }
      return done;
    });
  }

  /** Ends a warning that has been tracked: TRACKING → CLOSED, with how it ended. */
  /**
   * Ends a warning that has been tracked: TRACKING → CLOSED, with how it ended. Closed as
   * REFERRED_TO_CASE, it links the case opened from it, or opens one (source WARNING, in the same
   * transaction, by the rules of openAssistanceCase) when there is none.
   */
  async close(input: CloseWarningInput): Promise<Warning> {
    if (!Object.values(WarningOutcome).includes(input.outcome))
      throw badUserInput("closing a warning needs its outcome", "outcome");
    const action = "closing a warning";
    const byPersonId = actingPerson(this.ctx.access, action);
    assertId(input.warningId, "warningId");
    const note = cleanText(input.note);
    return this.transaction(input.warningId, async (tx) => {
      const warning = await this.stepIn(tx, input.warningId, action, byPersonId, note, (w) => {
        const from = w.status;
        if (from !== TRACKING) {
          throw codedError(
            "BAD_USER_INPUT",
            `${refusal(from, CLOSED) ?? `a warning cannot be closed from ${from}`}; only a TRACKING warning can be closed`,
            {
              field: "warningId",
              from,
              to: CLOSED,
              allowed: allowedTargets(from),
            },
          );
        }
        w.outcome = input.outcome;
        return { to: CLOSED };
      });
      if (input.outcome === WarningOutcome.REFERRED_TO_CASE) {
        const linked = await tx.count(AssistanceCase, { warningId: warning.id });
        if (!linked) {
          const kind = CASE_KIND_FOR[warning.category];
          const cases = new AssistanceCaseService(this.ctx);
          cases.assertMayWork(warning.personId, "opening an assistance case", false);
          if (
            !new CaseAccess(this.ctx.access).seesCase({ personId: warning.personId, kind }, false)
          )
            throw forbidden(
              "opening an assistance case: a MENTAL_HEALTH case is opened by staff who hold MENTAL_HEALTH for the student",
            );
          tx.create(AssistanceCase, {
            personId: warning.personId,
            summary: note ?? warning.summary,
            source: CaseSource.WARNING,
            warningId: warning.id,
            kind,
            openedAt: new Date(),
            openedById: byPersonId,
          });
        }
      }
      return warning;
    });
  }

  /**
   * One workflow step, checked and recorded. Refused steps change nothing. Of two steps from the
   * same state at once, one applies and the other gets CONFLICT: the update checks the version it
   * read (optimistic lock) inside one transaction with the history row. Every step that changes
   * the stage starts the new stage's clock (warning.deadlines.ts).
   */
  private step(
    warningId: string,
    action: string,
    note: string | null | undefined,
    change: StepChange,
  ): Promise<Warning> {
    const byPersonId = actingPerson(this.ctx.access, action);
    assertId(warningId, "warningId");
    const cleanNote = cleanText(note);
    return this.transaction(warningId, (tx) =>
      this.stepIn(tx, warningId, action, byPersonId, cleanNote, change),
    );
  }

  /** One transaction for one or more steps; a lost race becomes CONFLICT. */
  private async transaction<T>(
    warningId: string | null,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.ctx.em.transactional((tx) => work(tx));
    } catch (error) {
      if (
        error instanceof OptimisticLockError ||
        error instanceof UniqueConstraintViolationException
      ) {
        throw codedError(
          "CONFLICT",
          `${warningId ? `warning ${warningId}` : "one of the warnings"} was changed by someone else at the same time; reload and try again`,
          warningId ? { id: warningId } : {},
        );
      }
      throw error;
    }
  }

  /**
   * One workflow step inside `tx`, checked and recorded. Of two steps from the same state at once,
   * one applies and the other fails the version check (optimistic lock). Every step that changes
   * the stage starts the new stage's clock (warning.deadlines.ts). A refusal names the warning.
   */
  private async stepIn(
    tx: EntityManager,
    warningId: string,
    action: string,
    byPersonId: string,
    cleanNote: string | null,
    change: StepChange,
  ): Promise<Warning> {
    const warning = await warnings(tx).fresh(warningId);
    if (!warning) throw notFound("Warning", warningId);
    let to: WarningStatus;
    let assigneeId: string | undefined;
    try {
      this.assertMayAct(warning, action);
      ({ to, assigneeId } = change(warning));
    } catch (error) {
      if (error instanceof GraphQLError) error.extensions.warningId ??= warningId;
      throw error;
    }
    const from = warning.status;
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
    tx.create(WarningTransition, {
      warning,
      warningVersion: version,
      from,
      to,
      byPersonId,
      at,
      note: cleanNote,
      assigneeId: assigneeId ?? null,
    });
    return warning;
  }

  /**
   * Which of the workflow's actions the caller may take on this warning now, by the same guards
   * the mutations run (a refused guard is simply not offered). Whether a particular assignee
   * is acceptable is decided when assigning.
   */
  availableActions(warning: Warning): WarningAction[] {
    try {
      refuseSelf(this.ctx.access, warning.personId, "acting on a warning");
      this.assertMayAct(warning, "acting on a warning");
    } catch {
      return [];
    }
    if (!this.ctx.access.caller.personId) return [];
    const actions: WarningAction[] = [];
    if (warning.status !== CLOSED) actions.push(WarningAction.ASSIGN);
    for (const to of allowedTargets(warning.status)) {
      const action = ACTION_FOR[to];
      if (action && !actions.includes(action)) actions.push(action);
    }
    if (warning.status !== CLOSED) {
      actions.push(WarningAction.RECORD_TALK);
      if (this.ctx.access.grant(warning.personId, ["MENTAL_HEALTH"], { includeSelf: false }))
        actions.push(WarningAction.REFER_TO_PSYCHOLOGY);
    }
    return actions;
  }

  /** The workflow's guard, for work that goes with a warning (a talk record). */
  assertMayWork(warning: Warning, action: string): void {
    refuseSelf(this.ctx.access, warning.personId, action);
    this.assertMayAct(warning, action);
  }

  /** Staff with CARE for the student (not the student themselves), and MENTAL_HEALTH for such warnings. */
  private assertMayAct(warning: Warning, action: string): void {
    const { access } = this.ctx;
    refuseSelf(access, warning.personId, action);
    requireStaffPurpose(access, warning.personId, ["CARE"], action);
    if (warning.category === MENTAL_HEALTH)
      requireStaffPurpose(
        access,
        warning.personId,
        ["MENTAL_HEALTH"],
        `${action} about mental health`,
      );
  }
}
