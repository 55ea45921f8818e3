import { graphqlEnum } from "@campus/subgraph/data";

/** 三张清单: the three linked lists a work item sits on. */
export enum WorkItemList {
  PROBLEM = "PROBLEM",
  MEASURE = "MEASURE",
  RESPONSIBILITY = "RESPONSIBILITY",
}
graphqlEnum(WorkItemList, "WorkItemList", {
  description:
    "难题 / 举措 / 责任: a problem, a measure taken for it, a responsibility carrying it out",
});

/**
 * 五级工作体系, declared from the top (PostgreSQL sorts the native enum in this order too):
 * 党委常委会 → 校长办公会 → 领导专题研究 → 牵头部门 → 责任单位.
 */
export enum WorkLevel {
  STANDING_COMMITTEE = "STANDING_COMMITTEE",
  PRESIDENT_OFFICE = "PRESIDENT_OFFICE",
  LEADER_STUDY = "LEADER_STUDY",
  LEAD_DEPARTMENT = "LEAD_DEPARTMENT",
  RESPONSIBLE_UNIT = "RESPONSIBLE_UNIT",
}
graphqlEnum(WorkLevel, "WorkLevel", {
  description:
    "五级工作体系, from the top: 党委常委会 / 校长办公会 / 领导专题研究 / 牵头部门 / 责任单位",
});

/** A work item's status: OPEN → IN_PROGRESS → DONE, or CANCELLED (governance.rules.ts). */
export enum WorkItemStatus {
  OPEN = "OPEN",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
graphqlEnum(WorkItemStatus, "WorkItemStatus", { description: "未开始 / 推进中 / 已完成 / 已撤销" });

/** 两级书记例会: which of the two levels a secretaries' meeting is held at. */
export enum MeetingLevel {
  COLLEGE = "COLLEGE",
  BRANCH = "BRANCH",
}
graphqlEnum(MeetingLevel, "MeetingLevel", {
  description:
    "二级单位党组织书记例会 (a general branch, school or residential college) / 基层党支部书记例会",
});
