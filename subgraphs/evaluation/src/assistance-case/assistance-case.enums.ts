import { registerEnumType } from "type-graphql";

export enum AssistanceCaseStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(AssistanceCaseStatus, { name: "AssistanceCaseStatus", description: "帮扶中 / 已结案" });
