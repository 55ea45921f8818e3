import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { requireStaffPurpose } from "@campus/access";
import { assertId, badUserInput, codedError, forbidden, notFound, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { actingPerson, refuseSelf } from "../row-scope";
import { requiredText } from "@campus/subgraph";
import { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus } from "./assistance-case.enums";
import { MAX_DUTY_LENGTH, type AddTaskForceMemberInput, type OpenAssistanceCaseInput } from "./assistance-case.input";
import { TaskForceMember } from "./task-force-member.entity";

export class AssistanceCaseService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** A case by id: null when none, FORBIDDEN when the caller has no relationship to its student. */
  async byId(id: string, field = "id"): Promise<AssistanceCase | null> {
    assertId(id, field);
    const assistanceCase = await this.ctx.loaders.assistanceCase.load(id);
    if (assistanceCase && !this.ctx.access.sees(assistanceCase.personId)) throw forbidden("this case is about a student the caller may not see");
    return assistanceCase;
  }

  /** A person's cases, newest first; FORBIDDEN when the caller has no relationship to the person. */
  async ofPerson(personId: string): Promise<AssistanceCase[]> {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId)) throw forbidden("cases are visible only to the student and to staff whose duty covers them");
    return this.ctx.loaders.casesByPerson.load(personId);
  }

  taskForce(assistanceCase: AssistanceCase): Promise<TaskForceMember[]> {
    return this.ctx.loaders.taskForceByCase.load(assistanceCase.id);
  }

  /** Casework is staff with CARE for the student, never the student on their own record. */
  private assertMayWork(studentId: string, action: string): void {
    refuseSelf(this.ctx.access, studentId, action);
    requireStaffPurpose(this.ctx.access, studentId, ["CARE"], action);
  }

  async open(input: OpenAssistanceCaseInput): Promise<AssistanceCase> {
    const openedById = actingPerson(this.ctx.access, "opening an assistance case");
    assertId(input.personId, "personId");
    this.assertMayWork(input.personId, "opening an assistance case");
    const summary = requiredText(input.summary, "summary");
    const assistanceCase = this.ctx.em.create(AssistanceCase, { personId: input.personId, summary, openedAt: new Date(), openedById });
    await this.ctx.em.flush();
    return assistanceCase;
  }

  /**
   * Adds a person to an OPEN case's task force. The case row is locked for the check-then-insert,
   * so a closing cannot slip in between; the unique (case, member) index backs the duplicate check.
   */
  async addMember(input: AddTaskForceMemberInput): Promise<AssistanceCase> {
    const addedById = actingPerson(this.ctx.access, "adding to a task force");
    assertId(input.caseId, "caseId");
    assertId(input.memberId, "memberId");
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const assistanceCase = await tx.findOne(AssistanceCase, { id: input.caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (!assistanceCase) throw notFound("AssistanceCase", input.caseId);
        this.assertMayWork(assistanceCase.personId, "adding to a task force");
        if (assistanceCase.status !== AssistanceCaseStatus.OPEN) {
          throw codedError("BAD_USER_INPUT", `this case is ${assistanceCase.status}; members join only an OPEN case`, { field: "caseId", status: assistanceCase.status });
        }
        if (input.memberId === assistanceCase.personId) throw badUserInput("a student cannot serve on their own task force", "memberId");
        const duty = requiredText(input.duty, "duty", MAX_DUTY_LENGTH);
        if ((await tx.count(TaskForceMember, { case: assistanceCase, memberId: input.memberId })) > 0) throw alreadyMember();
        tx.create(TaskForceMember, { case: assistanceCase, memberId: input.memberId, duty, lead: input.lead, addedAt: new Date(), addedById });
        return assistanceCase;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw alreadyMember();
      throw error;
    }
  }

  /** Closes an OPEN case, recording who and when. Two closings at once: one applies, the other gets CONFLICT. */
  async close(id: string): Promise<AssistanceCase> {
    const closedById = actingPerson(this.ctx.access, "closing an assistance case");
    assertId(id, "id");
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const assistanceCase = await tx.findOne(AssistanceCase, { id }, { refresh: true });
        if (!assistanceCase) throw notFound("AssistanceCase", id);
        this.assertMayWork(assistanceCase.personId, "closing an assistance case");
        if (assistanceCase.status !== AssistanceCaseStatus.OPEN) {
          throw codedError("BAD_USER_INPUT", `this case is ${assistanceCase.status}; only an OPEN case can be closed`, { field: "id", status: assistanceCase.status });
        }
        assistanceCase.status = AssistanceCaseStatus.CLOSED;
        assistanceCase.closedAt = new Date();
        assistanceCase.closedById = closedById;
        await tx.flush();
        return assistanceCase;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw codedError("CONFLICT", `case ${id} was changed by someone else at the same time; reload it and try again`, { id });
      }
      throw error;
    }
  }
}

function alreadyMember() {
  return badUserInput("this person is already on the case's task force", "memberId");
}
