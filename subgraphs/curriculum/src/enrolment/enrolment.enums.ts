import { graphqlEnum } from "@campus/subgraph/data";

export enum EnrolmentStatus {
  ENROLLED = "ENROLLED",
  /** On the session's waiting list (候补), enrolled in order when a place frees. */
  WAITING = "WAITING",
  CANCELLED = "CANCELLED",
}
graphqlEnum(EnrolmentStatus, "EnrolmentStatus", {
  description: "已报名 / 候补 / 已取消",
});

/** The statuses that hold a person's place or their turn: at most one such row per (session, person). */
export const ACTIVE_ENROLMENT = [EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING] as const;
