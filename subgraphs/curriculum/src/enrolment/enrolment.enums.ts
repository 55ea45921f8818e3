import { registerEnumType } from "type-graphql";

export enum EnrolmentStatus {
  ENROLLED = "ENROLLED",
  CANCELLED = "CANCELLED",
}
registerEnumType(EnrolmentStatus, { name: "EnrolmentStatus" });
