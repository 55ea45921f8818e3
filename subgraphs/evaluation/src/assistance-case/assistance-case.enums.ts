import { graphqlEnum } from "@campus/subgraph/data";

/** Where the case's workflow stands; see assistance-case.workflow.ts for the steps and their guards. */
export enum AssistanceCaseStatus {
  DISCOVERED = "DISCOVERED",
  GRADED = "GRADED",
  ASSISTING = "ASSISTING",
  REVIEWED = "REVIEWED",
  CLOSED = "CLOSED",
}
graphqlEnum(AssistanceCaseStatus, "AssistanceCaseStatus", {
  description:
    "发现 → 定级 → 帮扶 → 复核 → 结案. Grading may be skipped for cases that are not ECONOMIC.",
  values: {
    DISCOVERED: "发现: opened, not yet graded or assisted.",
    GRADED: "定级: a difficulty grade has been confirmed.",
    ASSISTING: "帮扶: a task force with a lead carries out the plan.",
    REVIEWED:
      "复核: the assistance has been reviewed; closes with an outcome or goes back to ASSISTING.",
    CLOSED: "结案: closed with an outcome. Final.",
  },
});

/** How the case came to light (发现). */
export enum CaseSource {
  WARNING = "WARNING",
  SELF_APPLICATION = "SELF_APPLICATION",
  COUNSELOR = "COUNSELOR",
  PEER_REPORT = "PEER_REPORT",
}
graphqlEnum(CaseSource, "CaseSource", { description: "预警 / 本人申请 / 辅导员发现 / 同学反映" });

/** What kind of difficulty the case is about; ECONOMIC cases must be graded before assistance. */
export enum CaseKind {
  ECONOMIC = "ECONOMIC",
  ACADEMIC = "ACADEMIC",
  MENTAL_HEALTH = "MENTAL_HEALTH",
  FAMILY = "FAMILY",
  OTHER = "OTHER",
}
graphqlEnum(CaseKind, "CaseKind", { description: "经济 / 学业 / 心理 / 家庭 / 其他" });

/** 困难认定: the grade of economic difficulty. */
export enum DifficultyGrade {
  ESPECIALLY_DIFFICULT = "ESPECIALLY_DIFFICULT",
  DIFFICULT = "DIFFICULT",
  GENERALLY_DIFFICULT = "GENERALLY_DIFFICULT",
  NOT_DIFFICULT = "NOT_DIFFICULT",
}
graphqlEnum(DifficultyGrade, "DifficultyGrade", {
  description: "特别困难 / 困难 / 一般困难 / 不困难",
});

export enum CaseOutcome {
  RESOLVED = "RESOLVED",
  IMPROVED = "IMPROVED",
  TRANSFERRED = "TRANSFERRED",
  LEFT_UNIVERSITY = "LEFT_UNIVERSITY",
}
graphqlEnum(CaseOutcome, "CaseOutcome", { description: "已解决 / 有改善 / 已转介 / 已离校" });

/** A plan measure's progress; DONE and CANCELLED are final. */
export enum MeasureStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
graphqlEnum(MeasureStatus, "MeasureStatus", { description: "计划中 / 进行中 / 已完成 / 已取消" });

/** Who an overdue measure is escalated to (督办), rising with how long it has been overdue. */
export enum EscalationTier {
  COUNSELOR = "COUNSELOR",
  COLLEGE = "COLLEGE",
  UNIVERSITY = "UNIVERSITY",
}
graphqlEnum(EscalationTier, "EscalationTier", { description: "辅导员 / 学院(书院) / 学校" });

/** A change to a case's task force, as its history records it. */
export enum TaskForceChangeKind {
  JOINED = "JOINED",
  LEFT = "LEFT",
  MADE_LEAD = "MADE_LEAD",
  STEPPED_DOWN = "STEPPED_DOWN",
}
graphqlEnum(TaskForceChangeKind, "TaskForceChangeKind", {
  description: "加入 / 退出 / 任组长 / 卸任组长",
});
