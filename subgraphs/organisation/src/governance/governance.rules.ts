import { OrgUnitKind } from "../org-unit/org-unit.enums";
import { MeetingLevel, WorkItemList, WorkItemStatus, WorkLevel } from "./governance.enums";

/** The work-item state machine: where each status may move. DONE and CANCELLED are final. */
export const WORK_ITEM_MOVES: Readonly<Record<WorkItemStatus, readonly WorkItemStatus[]>> = {
  [WorkItemStatus.OPEN]: [
    WorkItemStatus.IN_PROGRESS,
    WorkItemStatus.DONE,
    WorkItemStatus.CANCELLED,
  ],
  [WorkItemStatus.IN_PROGRESS]: [WorkItemStatus.DONE, WorkItemStatus.CANCELLED],
  [WorkItemStatus.DONE]: [],
  [WorkItemStatus.CANCELLED]: [],
};

/** Statuses still being worked on: supervised (督办) when past their deadline. */
export const OPEN_WORK_STATUSES: readonly WorkItemStatus[] = [
  WorkItemStatus.OPEN,
  WorkItemStatus.IN_PROGRESS,
];

export function mayMoveWorkItem(from: WorkItemStatus, to: WorkItemStatus): boolean {
  return WORK_ITEM_MOVES[from].includes(to);
}

/** The list an item's parent must be on: a measure answers a problem, a responsibility a measure. */
export const PARENT_LIST: Readonly<Record<WorkItemList, WorkItemList | null>> = {
  [WorkItemList.PROBLEM]: null,
  [WorkItemList.MEASURE]: WorkItemList.PROBLEM,
  [WorkItemList.RESPONSIBILITY]: WorkItemList.MEASURE,
};

/** One level up the five-level work system; null at the party standing committee. */
export const LEVEL_ABOVE: Readonly<Record<WorkLevel, WorkLevel | null>> = {
  [WorkLevel.STANDING_COMMITTEE]: null,
  [WorkLevel.PRESIDENT_OFFICE]: WorkLevel.STANDING_COMMITTEE,
  [WorkLevel.LEADER_STUDY]: WorkLevel.PRESIDENT_OFFICE,
  [WorkLevel.LEAD_DEPARTMENT]: WorkLevel.LEADER_STUDY,
  [WorkLevel.RESPONSIBLE_UNIT]: WorkLevel.LEAD_DEPARTMENT,
};

/**
 * The units that hold each level of secretaries' meeting: college-level party organisations
 * (二级单位党组织: a general branch, or a school's or residential college's own) and grassroots
 * branches (基层党支部: joint and temporary branches).
 */
export const MEETING_UNIT_KINDS: Readonly<Record<MeetingLevel, readonly OrgUnitKind[]>> = {
  [MeetingLevel.COLLEGE]: [
    OrgUnitKind.GENERAL_BRANCH,
    OrgUnitKind.SCHOOL,
    OrgUnitKind.RESIDENTIAL_COLLEGE,
  ],
  [MeetingLevel.BRANCH]: [OrgUnitKind.JOINT_BRANCH, OrgUnitKind.TEMPORARY_BRANCH],
};
