import { graphqlEnum } from "@campus/subgraph/data";

export enum EnrolmentStatus {
  ENROLLED = "ENROLLED",
  CANCELLED = "CANCELLED",
}
graphqlEnum(EnrolmentStatus, "EnrolmentStatus");
