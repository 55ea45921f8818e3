import { graphqlEnum } from "@campus/subgraph/data";

export enum HabitKind {
  STUDY_STYLE = "STUDY_STYLE",
  FITNESS = "FITNESS",
}
graphqlEnum(HabitKind, "HabitKind", {
  description:
    "攀登计划第一层: 学业学风提升 (STUDY_STYLE, study-style improvement) / 体能习惯养成 (FITNESS, fitness habits).",
});
