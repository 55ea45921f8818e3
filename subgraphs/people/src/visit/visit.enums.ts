import { graphqlEnum } from "@campus/subgraph/data";

/** What kind of contact a visit record is. */
export enum VisitKind {
  /** 走访: a visit to a dormitory room. */
  DORM_VISIT = "DORM_VISIT",
  /** 谈心谈话: a one-to-one talk with a student. */
  TALK = "TALK",
}
graphqlEnum(VisitKind, "VisitKind", { description: "走访 (DORM_VISIT) / 谈心谈话 (TALK)." });
