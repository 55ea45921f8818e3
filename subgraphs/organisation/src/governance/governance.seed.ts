import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { MeetingLevel, WorkItemList, WorkItemStatus, WorkLevel } from "./governance.enums";
import { SecretaryMeeting, SecretaryMeetingAttendee } from "./secretary-meeting.entity";
import { WorkItem, WorkItemFollowUp, WorkItemTransition } from "./work-item.entity";

/** The steps that bring a new item to `status`, as the state machine would have. */
const PATH: Record<WorkItemStatus, WorkItemStatus[]> = {
  [WorkItemStatus.OPEN]: [],
  [WorkItemStatus.IN_PROGRESS]: [WorkItemStatus.IN_PROGRESS],
  [WorkItemStatus.DONE]: [WorkItemStatus.IN_PROGRESS, WorkItemStatus.DONE],
  [WorkItemStatus.CANCELLED]: [WorkItemStatus.CANCELLED],
};

/** Secretaries' meetings, then the three lists (parents before children, as the dataset lists them). */
export function seedGovernance(em: EntityManager, data: Dataset): void {
  for (const row of data.secretaryMeetings ?? []) {
    const meeting = em.create(SecretaryMeeting, {
      id: row.id,
      level: row.level as MeetingLevel,
      unit: em.getReference(OrgUnit, row.unitId),
      heldOn: row.heldOn,
      topic: row.topic,
      chairId: row.chairId,
      minutes: row.minutes,
      signedOffAt: row.signedOff ? new Date(`${row.heldOn}T10:00:00.000Z`) : null,
      signedOffById: row.signedOff ? row.chairId : null,
    });
    for (const personId of row.attendeeIds)
      em.create(SecretaryMeetingAttendee, { meeting, personId });
  }
  for (const row of data.workItems ?? []) {
    const item = em.create(WorkItem, {
      id: row.id,
      list: row.list as WorkItemList,
      parent: row.parentId ? em.getReference(WorkItem, row.parentId) : null,
      title: row.title,
      description: row.description,
      unit: em.getReference(OrgUnit, row.unitId),
      inChargeId: row.inChargeId,
      dueOn: row.dueOn,
      level: row.level as WorkLevel,
      status: row.status as WorkItemStatus,
      meeting: row.meetingId ? em.getReference(SecretaryMeeting, row.meetingId) : null,
    });
    em.create(WorkItemTransition, { item, toStatus: WorkItemStatus.OPEN, note: "" });
    let from = WorkItemStatus.OPEN;
    for (const to of PATH[row.status as WorkItemStatus]) {
      em.create(WorkItemTransition, {
        item,
        fromStatus: from,
        toStatus: to,
        byId: row.inChargeId,
        note: to === WorkItemStatus.CANCELLED ? "已并入其他举措" : "",
      });
      from = to;
    }
    for (const note of row.followUps)
      em.create(WorkItemFollowUp, { item, on: note.on, note: note.note, byId: note.byId });
  }
}
