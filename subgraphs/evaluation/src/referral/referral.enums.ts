import { registerEnumType } from "type-graphql";

/** The screening category a student is referred under, in rising concern. */
export enum MentalHealthCategory {
  GENERAL = "GENERAL",
  ATTENTION = "ATTENTION",
  PRIORITY = "PRIORITY",
  CRISIS = "CRISIS",
}
registerEnumType(MentalHealthCategory, { name: "MentalHealthCategory", description: "一般 / 关注 / 重点关注 / 危机, in rising concern" });

export enum ReferralStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(ReferralStatus, { name: "ReferralStatus", description: "进行中 / 已结束" });
