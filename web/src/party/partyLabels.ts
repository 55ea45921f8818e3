import type { PartyDecisionBasis, PartyStage, PartyStep } from "../generated/graphql";
import type { ActionProblem } from "../graphql/actionErrors";
import type { MessageKey } from "../i18n/zh";

/** 党员发展's words: each stage, step and decision basis, by its i18n key. */
export const STAGE_LABEL = {
  APPLICANT: "party.stage.APPLICANT",
  ACTIVIST: "party.stage.ACTIVIST",
  DEVELOPMENT_TARGET: "party.stage.DEVELOPMENT_TARGET",
  PROBATIONARY_MEMBER: "party.stage.PROBATIONARY_MEMBER",
  FULL_MEMBER: "party.stage.FULL_MEMBER",
  CANCELLED: "party.stage.CANCELLED",
} as const satisfies Record<PartyStage, MessageKey>;

export const STEP_LABEL = {
  BECOME_ACTIVIST: "party.step.BECOME_ACTIVIST",
  BECOME_DEVELOPMENT_TARGET: "party.step.BECOME_DEVELOPMENT_TARGET",
  ADMIT_PROBATIONARY: "party.step.ADMIT_PROBATIONARY",
  CONFIRM_FULL_MEMBER: "party.step.CONFIRM_FULL_MEMBER",
  EXTEND_PROBATION: "party.step.EXTEND_PROBATION",
  CANCEL_PROBATION: "party.step.CANCEL_PROBATION",
} as const satisfies Record<PartyStep, MessageKey>;

export const BASIS_LABEL = {
  BRANCH_COMMITTEE: "party.basis.BRANCH_COMMITTEE",
  BRANCH_GENERAL_MEETING: "party.basis.BRANCH_GENERAL_MEETING",
} as const satisfies Record<PartyDecisionBasis, MessageKey>;

/** The steps that start from each stage (the server's table, for offering only what can apply). */
export const STEPS_FROM: Readonly<Record<PartyStage, readonly PartyStep[]>> = {
  APPLICANT: ["BECOME_ACTIVIST"],
  ACTIVIST: ["BECOME_DEVELOPMENT_TARGET"],
  DEVELOPMENT_TARGET: ["ADMIT_PROBATIONARY"],
  PROBATIONARY_MEMBER: ["CONFIRM_FULL_MEMBER", "EXTEND_PROBATION", "CANCEL_PROBATION"],
  FULL_MEMBER: [],
  CANCELLED: [],
};

/** The server's refusal, in words for the page: who may act, or which rule stopped it. */
export function refusalKey(problem: ActionProblem): MessageKey {
  if (problem === "forbidden") return "party.refused.forbidden";
  if (problem === "badInput") return "party.refused.rule";
  return "party.refused.other";
}
