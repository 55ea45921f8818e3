import { graphqlEnum } from "@campus/subgraph/data";

/** How a condition reduces a student's records of one indicator within the window to one number. */
export enum RuleAggregate {
  SUM = "SUM",
  COUNT = "COUNT",
  AVG = "AVG",
  MAX = "MAX",
  MIN = "MIN",
  LATEST = "LATEST",
}
graphqlEnum(RuleAggregate, "RuleAggregate", {
  description:
    "SUM, COUNT (of records), AVG, MAX, MIN, or LATEST (the value of the most recent observation) of the records in the window.",
});

export enum RuleOperator {
  GT = "GT",
  GTE = "GTE",
  LT = "LT",
  LTE = "LTE",
}
graphqlEnum(RuleOperator, "RuleOperator", {
  description: "How the aggregate compares with the threshold: >, ≥, <, ≤.",
});

/** The words and symbols descriptions and evidence are written with; the engine's SQL uses the same. */
export const AGGREGATE_LABELS: Readonly<Record<RuleAggregate, string>> = {
  SUM: "合计",
  COUNT: "记录条数",
  AVG: "平均",
  MAX: "最高",
  MIN: "最低",
  LATEST: "最近一次",
};

export const OPERATOR_SYMBOLS: Readonly<Record<RuleOperator, string>> = {
  GT: ">",
  GTE: "≥",
  LT: "<",
  LTE: "≤",
};
