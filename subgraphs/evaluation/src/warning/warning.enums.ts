import { graphqlEnum } from "@campus/subgraph/data";

export enum WarningCategory {
  ACADEMIC = "ACADEMIC",
  BEHAVIOUR = "BEHAVIOUR",
  MENTAL_HEALTH = "MENTAL_HEALTH",
  FINANCIAL = "FINANCIAL",
  SAFETY = "SAFETY",
}
graphqlEnum(WarningCategory, "WarningCategory", {
  description: "学业 / 行为 / 心理健康 / 经济 / 安全",
});

export enum WarningLevel {
  YELLOW = "YELLOW",
  ORANGE = "ORANGE",
  RED = "RED",
}
graphqlEnum(WarningLevel, "WarningLevel", {
  description: "黄色 / 橙色 / 红色预警, in rising severity",
});

/** Where a warning stands in its workflow; the legal moves are in warning.workflow.ts. */
export enum WarningStatus {
  OPEN = "OPEN",
  ASSIGNED = "ASSIGNED",
  ASSESSED = "ASSESSED",
  INTERVENING = "INTERVENING",
  TRACKING = "TRACKING",
  CLOSED = "CLOSED",
}
graphqlEnum(WarningStatus, "WarningStatus", {
  description: "开 / 已分派 / 已研判 / 干预中 / 追踪中 / 已关闭",
});

/**
 * Who a warning is answerable to: the counselor first; when a stage's due time passes, the next
 * level of the organisation (the residential college's or school's administrators), then the
 * university's. Their scopes already cover the student, so escalation changes no access. One
 * GraphQL enum serves both kinds of supervision (督办), overdue warnings and overdue case
 * measures, so it is declared once, with the case measures.
 */
export { EscalationTier } from "../assistance-case/assistance-case.enums";

/** How a warning ended; required to close one. */
export enum WarningOutcome {
  RESOLVED = "RESOLVED",
  IMPROVED = "IMPROVED",
  REFERRED_TO_CASE = "REFERRED_TO_CASE",
  REFERRED_TO_PSYCHOLOGY = "REFERRED_TO_PSYCHOLOGY",
  NO_CONCERN = "NO_CONCERN",
  LEFT_UNIVERSITY = "LEFT_UNIVERSITY",
}
graphqlEnum(WarningOutcome, "WarningOutcome", {
  description: "已解决 / 有改善 / 转帮扶个案 / 转心理中心 / 经研判无风险 / 已离校",
});

export enum WarningOrder {
  RAISED_AT = "RAISED_AT",
  DUE_AT = "DUE_AT",
}
graphqlEnum(WarningOrder, "WarningOrder", {
  description: "How a warning list is ordered",
  values: {
    RAISED_AT: "Oldest raised first.",
    DUE_AT:
      "Soonest due first (overdue ones lead): the work queue. Lists only warnings that are not CLOSED, since a closed warning is due for nothing.",
  },
});

/** What a caller may do to a warning now (Warning.availableActions), each a mutation. */
export enum WarningAction {
  ASSIGN = "ASSIGN",
  ASSESS = "ASSESS",
  INTERVENE = "INTERVENE",
  TRACK = "TRACK",
  CLOSE = "CLOSE",
  REFER_TO_PSYCHOLOGY = "REFER_TO_PSYCHOLOGY",
  RECORD_TALK = "RECORD_TALK",
}
graphqlEnum(WarningAction, "WarningAction", {
  description:
    "分派 (assignWarning, assignWarnings) / 研判 (advanceWarning to ASSESSED, with a note) / 干预 / 追踪 (advanceWarning) / 关闭 (closeWarning) / 转介心理 (referToPsychology) / 谈心谈话记录 (recordTalk)",
});
