import { graphqlEnum } from "@campus/subgraph/data";

export enum SessionStatus {
  SCHEDULED = "SCHEDULED",
  CANCELLED = "CANCELLED",
}
graphqlEnum(SessionStatus, "SessionStatus", {
  description:
    "已排期 / 已取消: a cancelled session keeps its enrolments and shows why it was cancelled.",
});
