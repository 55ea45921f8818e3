import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { requireStaffPurpose } from "@campus/access";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  notFound,
  cleanText,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { actingPerson, refuseSelf } from "../row-scope";
import { dueAtFor } from "./warning.deadlines";
import type { Warning } from "./warning.entity";
import { WarningCategory, WarningOutcome, WarningStatus } from "./warning.enums";
import { type AssignWarningInput, type CloseWarningInput } from "./warning.input";
import { warnings } from "./warning.service";
import { WarningTransition } from "./warning-transition.entity";
import { allowedTargets, mutationFor, refusal } from "./warning.workflow";

const { MENTAL_HEALTH } = WarningCategory;
const { OPEN, ASSIGNED, TRACKING, CLOSED } = WarningStatus;

/** What one workflow step does to a warning it has read, inside the step's transaction. */
type StepChange = (warning: Warning) => { to: WarningStatus; assigneeId?: string };

/** The warning workflow: open → assigned → assessed → intervening → tracking → closed, each step checked and recorded. */
export class WarningWorkflowService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Moves a warning one of the middle steps (研判, 干预, 追踪, and back to 干预 on a relapse).
   * Assigning and closing carry more than a status and have their own mutations.
   */
  advance(warningId: string, to: WarningStatus, note: string | null | undefined): Promise<Warning> {
    return this.step(warningId, "advancing a warning", note, (warning) => {
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
    });
  }

  /**
   * Gives a warning to the member of staff who will work it: OPEN → ASSIGNED, or, later, hands it
   * to someone else (recorded as a step from the status to itself). The assignee is a Person key;
   * whether they are staff is the people subgraph's knowledge, so only the student themselves is
   * refused here.
   */
  async assign(input: AssignWarningInput): Promise<Warning> {
    await assertPeopleExist(this.ctx, [{ id: input.assigneeId, field: "assigneeId" }]);
    return this.step(input.warningId, "assigning a warning", input.note, (warning) => {
      if (warning.status === CLOSED) {
        throw codedError("BAD_USER_INPUT", "a CLOSED warning cannot be assigned: CLOSED is final", {
          field: "warningId",
          from: CLOSED,
          allowed: [],
        });
      }
      if (input.assigneeId === warning.personId)
        throw badUserInput("a warning cannot be assigned to the student it is about", "assigneeId");
      if (input.assigneeId === warning.assigneeId)
        throw badUserInput("the warning is already assigned to this person", "assigneeId");
      return {
        to: warning.status === OPEN ? ASSIGNED : warning.status,
        assigneeId: input.assigneeId,
      };
    });
  }

  /** Ends a warning that has been tracked: TRACKING → CLOSED, with how it ended. */
  close(input: CloseWarningInput): Promise<Warning> {
    if (!Object.values(WarningOutcome).includes(input.outcome))
      throw badUserInput("closing a warning needs its outcome", "outcome");
    return this.step(input.warningId, "closing a warning", input.note, (warning) => {
      const from = warning.status;
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
  private async step(
    warningId: string,
    action: string,
    note: string | null | undefined,
    change: StepChange,
  ): Promise<Warning> {
    const byPersonId = actingPerson(this.ctx.access, action);
    assertId(warningId, "warningId");
    const cleanNote = cleanText(note);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const warning = await warnings(tx).fresh(warningId);
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
      });
    } catch (error) {
      if (
        error instanceof OptimisticLockError ||
        error instanceof UniqueConstraintViolationException
      ) {
        throw codedError(
          "CONFLICT",
          `warning ${warningId} was changed by someone else at the same time; reload it and try again`,
          { id: warningId },
        );
      }
      throw error;
    }
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
