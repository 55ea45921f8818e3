import { LockMode } from "@mikro-orm/postgresql";
import { assertId, codedError, forbidden, notFound, type RequestContext } from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { assertPartyMembers } from "./party-graph";
import { VanguardTaskState } from "./partywork.enums";
import { BranchOfficers, jointBranch } from "./partywork.guard";
import type { AddVanguardTaskInput, CreateVanguardTeamInput } from "./partywork.input";
import {
  VanguardTask,
  VanguardTaskTransition,
  VanguardTeam,
  VanguardTeamMember,
} from "./vanguard-team.entity";
import { VANGUARD_TASK_MOVES, mayMove } from "./vanguard-task.rules";

/**
 * Vanguard teams (党员先锋队): a branch's secretary or an administrator sets one up with its party
 * members and gives it tasks; a task is reported done by one of its members or by them, once.
 */
export class VanguardTeamService {
  private readonly officers: BranchOfficers;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.officers = new BranchOfficers(ctx);
  }

  async create(input: CreateVanguardTeamInput): Promise<VanguardTeam> {
    this.officers.assertMayAct("set up a vanguard team");
    const em = this.ctx.em;
    const branch = await jointBranch(em, input.branchId, "input.branchId");
    await this.officers.assertOfficer(branch.id, "set up a team in this branch");
    const memberIds = [...new Set(input.memberIds)];
    await assertPartyMembers(
      this.ctx,
      memberIds.map((id) => ({ id, field: "input.memberIds" })),
    );
    const team = await em.transactional((tx) => {
      const made = tx.create(VanguardTeam, {
        branch: branch.id,
        name: input.name.trim(),
        purpose: input.purpose?.trim() ?? "",
        createdById: this.ctx.caller.personId,
      });
      for (const personId of memberIds) tx.create(VanguardTeamMember, { team: made, personId });
      return made;
    });
    this.ctx.loaders.teamsByBranch.clearAll();
    this.ctx.loaders.membersByTeam.clearAll();
    return team;
  }

  async addTask(input: AddVanguardTaskInput): Promise<VanguardTask> {
    this.officers.assertMayAct("give a vanguard team a task");
    const team = await this.team(input.teamId, "input.teamId");
    await this.officers.assertOfficer(team.branch.id, "give this team a task");
    const task = await this.ctx.em.transactional((tx) => {
      const made = tx.create(VanguardTask, {
        team: team.id,
        title: input.title.trim(),
        dueOn: input.dueOn ?? null,
        createdById: this.ctx.caller.personId,
      });
      tx.create(VanguardTaskTransition, {
        task: made,
        toState: VanguardTaskState.OPEN,
        byId: this.ctx.caller.personId,
        note: "",
      });
      return made;
    });
    this.ctx.loaders.tasksByTeam.clearAll();
    return task;
  }

  /** OPEN → DONE, by a member of the team or an officer of its branch; the task row locked, so once. */
  async complete(taskId: string, note: string | null | undefined): Promise<VanguardTask> {
    assertId(taskId, "taskId");
    const me = this.ctx.caller.personId;
    const task = await this.ctx.em.transactional(async (em) => {
      const found = await em.findOne(
        VanguardTask,
        { id: taskId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, comments: label("organisation.lockVanguardTask") },
      );
      if (!found) throw notFound("vanguard task", taskId);
      const team = await this.team(found.team.id, "taskId");
      const member =
        !!me && (await em.count(VanguardTeamMember, { team: team.id, personId: me })) > 0;
      if (!member && !(await this.officers.isOfficer(team.branch.id)))
        throw forbidden(
          "only a member of the team, the branch's secretary or an administrator may report its task done",
        );
      if (!mayMove(found.state, VanguardTaskState.DONE))
        throw codedError("CONFLICT", `this task is already ${found.state}`, {
          taskId,
          from: found.state,
          allowed: VANGUARD_TASK_MOVES[found.state as VanguardTaskState],
        });
      em.create(VanguardTaskTransition, {
        task: found,
        fromState: found.state,
        toState: VanguardTaskState.DONE,
        byId: me,
        note: note?.trim() ?? "",
      });
      found.state = VanguardTaskState.DONE;
      return found;
    });
    this.ctx.loaders.tasksByTeam.clearAll();
    this.ctx.loaders.transitionsByTask.clearAll();
    return task;
  }

  private async team(teamId: string, field: string): Promise<VanguardTeam> {
    assertId(teamId, field);
    const team = await this.ctx.em.findOne(
      VanguardTeam,
      { id: teamId },
      { comments: label("organisation.vanguardTeam") },
    );
    if (!team) throw notFound("vanguard team", teamId);
    return team;
  }
}
