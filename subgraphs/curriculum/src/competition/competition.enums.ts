import { graphqlEnum } from "@campus/subgraph/data";

export enum CompetitionResult {
  NONE = "NONE",
  PARTICIPATION = "PARTICIPATION",
  THIRD_PRIZE = "THIRD_PRIZE",
  SECOND_PRIZE = "SECOND_PRIZE",
  FIRST_PRIZE = "FIRST_PRIZE",
  GRAND_PRIZE = "GRAND_PRIZE",
}
graphqlEnum(CompetitionResult, "CompetitionResult", {
  description: "竞赛成绩: 未获奖 / 参赛 / 三等奖 / 二等奖 / 一等奖 / 特等奖 (a prize is an award).",
});

/** The results that are prizes (获奖): they count for tier 3 and reach the growth record. */
export const PRIZES: readonly CompetitionResult[] = [
  CompetitionResult.THIRD_PRIZE,
  CompetitionResult.SECOND_PRIZE,
  CompetitionResult.FIRST_PRIZE,
  CompetitionResult.GRAND_PRIZE,
];

export enum CompetitionEntryStatus {
  ENTERED = "ENTERED",
  RESULT_RECORDED = "RESULT_RECORDED",
  WITHDRAWN = "WITHDRAWN",
}
graphqlEnum(CompetitionEntryStatus, "CompetitionEntryStatus", {
  description: "已报名 / 已录入成绩 / 已退赛: ENTERED → RESULT_RECORDED or WITHDRAWN.",
});
