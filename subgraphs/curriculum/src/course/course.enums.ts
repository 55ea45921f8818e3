import { graphqlEnum } from "@campus/subgraph/data";

export enum CourseCategory {
  FRESHMAN_FORMATION = "FRESHMAN_FORMATION",
  PARTY_LECTURE = "PARTY_LECTURE",
  READING_CIRCLE = "READING_CIRCLE",
  FORUM = "FORUM",
  SKILLS = "SKILLS",
}
graphqlEnum(CourseCategory, "CourseCategory", {
  description: "新生养成教育 / 党课 / 原著品读会 / 讲坛 / 能力提升",
});
