import { graphqlEnum } from "@campus/subgraph/data";

/** Where a student stands in party development (党员发展); CANCELLED ends it. */
export enum PartyStage {
  APPLICANT = "APPLICANT",
  ACTIVIST = "ACTIVIST",
  DEVELOPMENT_TARGET = "DEVELOPMENT_TARGET",
  PROBATIONARY_MEMBER = "PROBATIONARY_MEMBER",
  FULL_MEMBER = "FULL_MEMBER",
  CANCELLED = "CANCELLED",
}
graphqlEnum(PartyStage, "PartyStage", {
  description: "入党申请人 / 入党积极分子 / 发展对象 / 预备党员 / 正式党员 / 取消预备党员资格",
});

/** The steps of the pipeline; each has exactly one stage it starts from. */
export enum PartyStep {
  /** 确定为入党积极分子 */
  BECOME_ACTIVIST = "BECOME_ACTIVIST",
  /** 列为发展对象 */
  BECOME_DEVELOPMENT_TARGET = "BECOME_DEVELOPMENT_TARGET",
  /** 接收为预备党员 */
  ADMIT_PROBATIONARY = "ADMIT_PROBATIONARY",
  /** 预备党员转正 */
  CONFIRM_FULL_MEMBER = "CONFIRM_FULL_MEMBER",
  /** 延长预备期 (at most one year, once) */
  EXTEND_PROBATION = "EXTEND_PROBATION",
  /** 取消预备党员资格 */
  CANCEL_PROBATION = "CANCEL_PROBATION",
}
graphqlEnum(PartyStep, "PartyStep", {
  description:
    "确定为入党积极分子 / 列为发展对象 / 接收为预备党员 / 转为正式党员 / 延长预备期 / 取消预备党员资格",
});

/** Which body decided a step. */
export enum PartyDecisionBasis {
  /** 支部委员会 */
  BRANCH_COMMITTEE = "BRANCH_COMMITTEE",
  /** 支部大会 */
  BRANCH_GENERAL_MEETING = "BRANCH_GENERAL_MEETING",
}
graphqlEnum(PartyDecisionBasis, "PartyDecisionBasis", {
  description: "支部委员会决定 / 支部大会决议",
});

/** What a sponsor does for the student. */
export enum PartySponsorRole {
  /** 培养联系人, for an activist */
  CULTIVATION_CONTACT = "CULTIVATION_CONTACT",
  /** 入党介绍人, for a development target */
  INTRODUCER = "INTRODUCER",
}
graphqlEnum(PartySponsorRole, "PartySponsorRole", { description: "培养联系人 / 入党介绍人" });

/** The checks a development target passes before admission (and the activist's training). */
export enum PartyCheck {
  /** 入党积极分子培训 (结业) */
  TRAINING = "TRAINING",
  /** 政治审查 */
  POLITICAL_REVIEW = "POLITICAL_REVIEW",
  /** 公示 (completed without objection) */
  PUBLIC_NOTICE = "PUBLIC_NOTICE",
}
graphqlEnum(PartyCheck, "PartyCheck", { description: "培训结业 / 政治审查 / 公示" });
