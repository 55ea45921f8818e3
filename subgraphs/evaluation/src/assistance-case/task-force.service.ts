import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { NotificationKind } from "../notification/notification.enums";
import { notify } from "../notification/notification.service";
import type { EntityManager } from "@mikro-orm/postgresql";
import { assertPeopleExist, badUserInput, codedError, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus, TaskForceChangeKind } from "./assistance-case.enums";
import {
  type AddTaskForceMemberInput,
  type TaskForceMemberRefInput,
} from "./assistance-case.input";
import { AssistanceCaseService, taskForceMembers } from "./assistance-case.service";
import { CaseMeasure } from "./case-measure.entity";
import type { CaseMeasureRepository } from "./case-measure.repository";
import { TaskForceChange } from "./task-force-change.entity";
import type { TaskForceChangeRepository } from "./task-force-change.repository";
import { TaskForceMember } from "./task-force-member.entity";

const { ASSISTING, REVIEWED, CLOSED } = AssistanceCaseStatus;

/** 专班: a case's task force, one lead at a time, every change recorded in sequence. */
export class TaskForceService {
  private readonly cases: AssistanceCaseService;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.cases = new AssistanceCaseService(ctx);
  }

  private assertOpenForTaskForce(c: AssistanceCase): void {
    if (c.status === CLOSED)
      throw codedError(
        "BAD_USER_INPUT",
        `this case is ${c.status}; its task force no longer changes`,
        { field: "caseId", status: c.status },
      );
  }

  private async record(
    tx: EntityManager,
    c: AssistanceCase,
    by: string,
    changes: [memberId: string, change: TaskForceChangeKind][],
  ): Promise<void> {
    let seq = await tx
      .getRepository<TaskForceChange, TaskForceChangeRepository>(TaskForceChange)
      .lastSeq(c.id);
    const at = new Date();
    for (const [memberId, change] of changes)
      tx.create(TaskForceChange, { case: c, memberId, change, byPersonId: by, at, seq: ++seq });
  }

  /** Demotes the current lead(s), if any: there is one lead at a time. */
  private async demoteLeads(
    tx: EntityManager,
    c: AssistanceCase,
  ): Promise<[string, TaskForceChangeKind][]> {
    const leads = await taskForceMembers(tx).leads(c);
    for (const m of leads) m.lead = false;
    return leads.map((m) => [m.memberId, TaskForceChangeKind.STEPPED_DOWN]);
  }

  /**
   * Adds a person to a case's task force. The case row is locked for the check-then-insert, so a
   * closing cannot slip in between; the unique (case, member) index backs the duplicate check.
   */
  async addMember(input: AddTaskForceMemberInput): Promise<AssistanceCase> {
    // Measures name their responsible person from the task force, so this check covers them too.
    await assertPeopleExist(this.ctx, [{ id: input.memberId, field: "memberId" }]);
    try {
      return await this.cases.withCase(
        input.caseId,
        "adding to a task force",
        async (tx, c, by) => {
          this.assertOpenForTaskForce(c);
          if (input.memberId === c.personId)
            throw badUserInput("a student cannot serve on their own task force", "memberId");
          const duty = input.duty.trim();
          if (await taskForceMembers(tx).serves(c, input.memberId)) throw alreadyMember();
          const changes: [string, TaskForceChangeKind][] = input.lead
            ? await this.demoteLeads(tx, c)
            : [];
          tx.create(TaskForceMember, {
            case: c,
            memberId: input.memberId,
            duty,
            lead: input.lead,
            addedAt: new Date(),
            addedById: by,
          });
          changes.push([input.memberId, TaskForceChangeKind.JOINED]);
          notify(tx, input.memberId, NotificationKind.TASK_FORCE, by, { caseId: c.id });
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
    return this.cases.withCase(
      input.caseId,
      "changing a task force's lead",
      async (tx, c, by) => {
        this.assertOpenForTaskForce(c);
        const member = await taskForceMembers(tx).member(c, input.memberId);
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
    return this.cases.withCase(
      input.caseId,
      "removing from a task force",
      async (tx, c, by) => {
        this.assertOpenForTaskForce(c);
        const member = await taskForceMembers(tx).member(c, input.memberId);
        if (!member) throw badUserInput("this person is not on the case's task force", "memberId");
        if (member.lead && (c.status === ASSISTING || c.status === REVIEWED)) {
          throw badUserInput(
            `the lead of a case that is ${c.status} cannot leave; make another member lead first`,
            "memberId",
          );
        }
        const open = await tx
          .getRepository<CaseMeasure, CaseMeasureRepository>(CaseMeasure)
          .openFor(c, input.memberId);
        if (open > 0)
          throw badUserInput(
            `this person is responsible for ${open} open measure(s); complete or cancel them first`,
            "memberId",
          );
        const changes: [string, TaskForceChangeKind][] = member.lead
          ? [[member.memberId, TaskForceChangeKind.STEPPED_DOWN]]
          : [];
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
