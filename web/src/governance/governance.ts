import type { ApolloError } from "@apollo/client";
import type { MessageKey } from "../i18n/zh";
import type { MeetingLevel, WorkItemList, WorkItemStatus, WorkLevel } from "../generated/graphql";

/** 三张清单, in order: a problem, its measures, their responsibilities. */
export const LISTS: readonly WorkItemList[] = ["PROBLEM", "MEASURE", "RESPONSIBILITY"];
export const LIST_KEY: Record<WorkItemList, MessageKey> = {
  PROBLEM: "governance.list.PROBLEM",
  MEASURE: "governance.list.MEASURE",
  RESPONSIBILITY: "governance.list.RESPONSIBILITY",
};
/** The list an item's parent is on (the server's PARENT_LIST). */
export const PARENT_LIST: Record<WorkItemList, WorkItemList | null> = {
  PROBLEM: null,
  MEASURE: "PROBLEM",
  RESPONSIBILITY: "MEASURE",
};

/** 五级工作体系, from the top. */
export const LEVELS: readonly WorkLevel[] = [
  "STANDING_COMMITTEE",
  "PRESIDENT_OFFICE",
  "LEADER_STUDY",
  "LEAD_DEPARTMENT",
  "RESPONSIBLE_UNIT",
];
export const LEVEL_KEY: Record<WorkLevel, MessageKey> = {
  STANDING_COMMITTEE: "governance.level.STANDING_COMMITTEE",
  PRESIDENT_OFFICE: "governance.level.PRESIDENT_OFFICE",
  LEADER_STUDY: "governance.level.LEADER_STUDY",
  LEAD_DEPARTMENT: "governance.level.LEAD_DEPARTMENT",
  RESPONSIBLE_UNIT: "governance.level.RESPONSIBLE_UNIT",
};

export const STATUS_KEY: Record<WorkItemStatus, MessageKey> = {
  OPEN: "governance.status.OPEN",
  IN_PROGRESS: "governance.status.IN_PROGRESS",
  DONE: "governance.status.DONE",
  CANCELLED: "governance.status.CANCELLED",
};
/** The moves the server's state machine allows from each status (governance.rules.ts). */
export const MOVES: Record<WorkItemStatus, readonly WorkItemStatus[]> = {
  OPEN: ["IN_PROGRESS", "DONE", "CANCELLED"],
  IN_PROGRESS: ["DONE", "CANCELLED"],
  DONE: [],
  CANCELLED: [],
};
export const MOVE_KEY: Record<WorkItemStatus, MessageKey> = {
  OPEN: "governance.status.OPEN",
  IN_PROGRESS: "governance.move.IN_PROGRESS",
  DONE: "governance.move.DONE",
  CANCELLED: "governance.move.CANCELLED",
};

export const MEETING_LEVEL_KEY: Record<MeetingLevel, MessageKey> = {
  COLLEGE: "governance.meetingLevel.COLLEGE",
  BRANCH: "governance.meetingLevel.BRANCH",
};

/** The server's refusal in the page's words: its rule, the duty, a locked record, or a retry. */
export function refusalKey(error: ApolloError): MessageKey {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === "FORBIDDEN") return "governance.refused.forbidden";
  if (code === "BAD_USER_INPUT") return "governance.refused.input";
  if (code === "CONFLICT") return "governance.refused.conflict";
  return "governance.refused.other";
}

/** Today on this device, as a date input's value. */
export const todayDate = () => new Date().toISOString().slice(0, 10);
