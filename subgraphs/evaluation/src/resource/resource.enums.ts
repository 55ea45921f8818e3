import { graphqlEnum } from "@campus/subgraph/data";

/** What kind of help a resource offers; the outcome report is broken down by it. */
export enum ResourceKind {
  TUTORING = "TUTORING",
  CAREER_GUIDANCE = "CAREER_GUIDANCE",
  MENTAL_HEALTH_EDUCATION = "MENTAL_HEALTH_EDUCATION",
  PARTY_LEAGUE_ACTIVITY = "PARTY_LEAGUE_ACTIVITY",
  FINANCIAL_AID = "FINANCIAL_AID",
}
graphqlEnum(ResourceKind, "ResourceKind", {
  description: "学业辅导 / 职业指导 / 心理健康教育 / 党团活动 / 资助",
});
