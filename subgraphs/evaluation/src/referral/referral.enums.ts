import { graphqlEnum } from "@campus/subgraph/data";

/** The screening category a student is referred under, in rising concern. */
export enum MentalHealthCategory {
  GENERAL = "GENERAL",
  ATTENTION = "ATTENTION",
  PRIORITY = "PRIORITY",
  CRISIS = "CRISIS",
}
graphqlEnum(MentalHealthCategory, "MentalHealthCategory", {
  description: "一般 / 关注 / 重点关注 / 危机, in rising concern",
});

export enum ReferralStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
graphqlEnum(ReferralStatus, "ReferralStatus", { description: "进行中 / 已结束" });
