import { registerEnumType } from "type-graphql";

export enum WarningCategory {
  ACADEMIC = "ACADEMIC",
  BEHAVIOUR = "BEHAVIOUR",
  MENTAL_HEALTH = "MENTAL_HEALTH",
  FINANCIAL = "FINANCIAL",
  SAFETY = "SAFETY",
}
registerEnumType(WarningCategory, { name: "WarningCategory", description: "学业 / 行为 / 心理健康 / 经济 / 安全" });

export enum WarningLevel {
  YELLOW = "YELLOW",
  ORANGE = "ORANGE",
  RED = "RED",
}
registerEnumType(WarningLevel, { name: "WarningLevel", description: "黄色 / 橙色 / 红色预警, in rising severity" });

/** Where a warning stands in its workflow; the legal moves are in warning.workflow.ts. */
export enum WarningStatus {
  OPEN = "OPEN",
  ASSIGNED = "ASSIGNED",
  ASSESSED = "ASSESSED",
  INTERVENING = "INTERVENING",
  TRACKING = "TRACKING",
  CLOSED = "CLOSED",
}
registerEnumType(WarningStatus, { name: "WarningStatus", description: "开 / 已分派 / 已研判 / 干预中 / 追踪中 / 已关闭" });
