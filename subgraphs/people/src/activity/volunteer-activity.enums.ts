import { graphqlEnum } from "@campus/subgraph/data";

/**
 * Where an activity stands. Whether it is over is a matter of time (`endsAt`), not a state: an
 * OPEN activity whose end has passed is done, and its sign-ups can still be checked in.
 */
export enum VolunteerActivityState {
  /** 招募中 / 进行中 */
  OPEN = "OPEN",
  /** 已取消 */
  CANCELLED = "CANCELLED",
}
graphqlEnum(VolunteerActivityState, "VolunteerActivityState", {
  description: "招募中 / 已取消 (an open activity past its end is done)",
});

/** Where a student's sign-up stands. */
export enum VolunteerSignUpState {
  /** 已报名 */
  SIGNED_UP = "SIGNED_UP",
  /** 已签到: present, their hours recorded for the leader's verification */
  CHECKED_IN = "CHECKED_IN",
  /** 已取消报名 */
  CANCELLED = "CANCELLED",
}
graphqlEnum(VolunteerSignUpState, "VolunteerSignUpState", {
  description: "已报名 / 已签到 / 已取消",
});

/** Sign-ups that hold one of the activity's slots. */
export const HOLDS_SLOT: readonly VolunteerSignUpState[] = [
  VolunteerSignUpState.SIGNED_UP,
  VolunteerSignUpState.CHECKED_IN,
];
