import { graphqlEnum } from "@campus/subgraph/data";

export enum ReflectionStatus {
  NOT_SUBMITTED = "NOT_SUBMITTED",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  RETURNED = "RETURNED",
}
graphqlEnum(ReflectionStatus, "ReflectionStatus", {
  description:
    "见习心得: 未提交 / 已提交 / 已通过 / 已退回: NOT_SUBMITTED → SUBMITTED → ACCEPTED or RETURNED; a returned one is submitted again.",
});

export enum ReflectionVerdict {
  ACCEPT = "ACCEPT",
  RETURN = "RETURN",
}
graphqlEnum(ReflectionVerdict, "ReflectionVerdict", {
  description: "The organiser accepts a reflection or returns it with a comment.",
});
