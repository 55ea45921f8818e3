import { graphqlEnum } from "@campus/subgraph/data";

export enum ProjectStatus {
  ACTIVE = "ACTIVE",
  CONCLUDED = "CONCLUDED",
  ABANDONED = "ABANDONED",
}
graphqlEnum(ProjectStatus, "ProjectStatus", {
  description: "在研 / 已结题 / 已终止: ACTIVE → CONCLUDED (结题) or ABANDONED.",
});

export enum ProjectOutcome {
  REPORT = "REPORT",
  AWARD = "AWARD",
  PAPER = "PAPER",
  PATENT = "PATENT",
}
graphqlEnum(ProjectOutcome, "ProjectOutcome", {
  description: "结题成果: 研究报告 / 获奖 / 论文 / 专利",
});

export enum AwardLevel {
  SCHOOL = "SCHOOL",
  PROVINCIAL = "PROVINCIAL",
  NATIONAL = "NATIONAL",
  INTERNATIONAL = "INTERNATIONAL",
}
graphqlEnum(AwardLevel, "AwardLevel", { description: "校级 / 省部级 / 国家级 / 国际级" });

export enum ProjectRole {
  LEADER = "LEADER",
  MEMBER = "MEMBER",
}
graphqlEnum(ProjectRole, "ProjectRole", { description: "负责人 / 成员" });

export enum MilestoneStatus {
  OPEN = "OPEN",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  RETURNED = "RETURNED",
}
graphqlEnum(MilestoneStatus, "MilestoneStatus", {
  description:
    "待提交 / 待评审 / 已通过 / 已退回: OPEN or RETURNED → SUBMITTED (the team) → ACCEPTED or RETURNED (the mentor).",
});

export enum ReviewVerdict {
  ACCEPT = "ACCEPT",
  RETURN = "RETURN",
}
graphqlEnum(ReviewVerdict, "ReviewVerdict", { description: "通过 / 退回修改" });
