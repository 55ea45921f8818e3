import { graphqlEnum } from "@campus/subgraph/data";

/** Why a member of staff is told about something in the app. */
export enum NotificationKind {
  ASSIGNED = "ASSIGNED",
  ESCALATED = "ESCALATED",
  TASK_FORCE = "TASK_FORCE",
  MEASURE_DUE_SOON = "MEASURE_DUE_SOON",
  MEASURE_OVERDUE = "MEASURE_OVERDUE",
}
graphqlEnum(NotificationKind, "NotificationKind", {
  description: "分派给我 / 升级督办给我 / 加入专班 / 我的措施即将到期 / 我的措施已逾期",
  values: {
    ASSIGNED: "A warning was assigned to the recipient.",
    ESCALATED: "A warning the recipient works was escalated past its due time.",
    TASK_FORCE: "The recipient was added to a case's task force.",
    MEASURE_DUE_SOON: "A measure the recipient is responsible for is due within 3 days.",
    MEASURE_OVERDUE: "A measure the recipient is responsible for is past its due date.",
  },
});
