import { graphqlEnum } from "@campus/subgraph/data";

/** The three kinds of pairing (结对共建) the community runs. */
export enum PairingKind {
  /** 师生结对: a teachers' branch with a students' branch, naming a teacher and a student if wished. */
  TEACHER_STUDENT = "TEACHER_STUDENT",
  /** 机关—支部: an office of the party organisation (the committee or a general branch) with a branch. */
  OFFICE_BRANCH = "OFFICE_BRANCH",
  /** 院—支部: an academic school (学院) with a branch. */
  SCHOOL_BRANCH = "SCHOOL_BRANCH",
}
graphqlEnum(PairingKind, "PairingKind", {
  description: "师生结对 / 机关—支部结对 / 学院—支部结对",
});

/** A pairing runs (ACTIVE) until those who govern one of its units end it (ENDED), once. */
export enum PairingState {
  ACTIVE = "ACTIVE",
  ENDED = "ENDED",
}
graphqlEnum(PairingState, "PairingState", { description: "共建中 / 已结束" });
