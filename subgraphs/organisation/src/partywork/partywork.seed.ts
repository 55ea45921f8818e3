import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { Grid } from "../grid/grid.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Room } from "../room/room.entity";
import { PartyPost } from "./party-post.entity";
import { VanguardTaskState } from "./partywork.enums";
import { ResponsibilityArea, ResponsibilityAreaPlace } from "./responsibility-area.entity";
import {
  VanguardTask,
  VanguardTaskTransition,
  VanguardTeam,
  VanguardTeamMember,
} from "./vanguard-team.entity";

/** Party work in the grids: posts, responsibility areas, vanguard teams with their tasks' steps. */
export function seedPartywork(em: EntityManager, data: Dataset): void {
  for (const row of data.partyPosts ?? [])
    em.create(PartyPost, {
      id: row.id,
      holderId: row.holderId,
      title: row.title,
      duties: row.duties,
      grid: row.gridId ? em.getReference(Grid, row.gridId) : null,
      room: row.roomId ? em.getReference(Room, row.roomId) : null,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    });
  for (const row of data.responsibilityAreas ?? []) {
    const area = em.create(ResponsibilityArea, {
      id: row.id,
      branch: em.getReference(OrgUnit, row.branchId),
      memberId: row.memberId,
      name: row.name,
    });
    for (const id of row.roomIds)
      em.create(ResponsibilityAreaPlace, { area, room: em.getReference(Room, id) });
    for (const id of row.gridIds)
      em.create(ResponsibilityAreaPlace, { area, grid: em.getReference(Grid, id) });
  }
  for (const row of data.vanguardTeams ?? []) {
    const team = em.create(VanguardTeam, {
      id: row.id,
      branch: em.getReference(OrgUnit, row.branchId),
      name: row.name,
      purpose: row.purpose,
    });
    for (const personId of row.memberIds) em.create(VanguardTeamMember, { team, personId });
    for (const task of row.tasks) {
      const done = task.doneById !== null;
      const made = em.create(VanguardTask, {
        id: task.id,
        team,
        title: task.title,
        dueOn: task.dueOn,
        state: done ? VanguardTaskState.DONE : VanguardTaskState.OPEN,
      });
      em.create(VanguardTaskTransition, { task: made, toState: VanguardTaskState.OPEN, note: "" });
      if (done)
        em.create(VanguardTaskTransition, {
          task: made,
          fromState: VanguardTaskState.OPEN,
          toState: VanguardTaskState.DONE,
          byId: task.doneById,
          note: "",
        });
    }
  }
}
