import { badUserInput } from "@campus/subgraph";
import { ChallengeStatus, ChallengeStep } from "./challenge.enums";

const { DRAFT, PUBLISHED, CLOSED, WITHDRAWN } = ChallengeStatus;

/** Each step of a challenge's life: the states it may start from and where it leads. */
export const CHALLENGE_STEPS: Readonly<
  Record<ChallengeStep, { from: readonly ChallengeStatus[]; to: ChallengeStatus }>
> = Object.freeze({
  [ChallengeStep.PUBLISH]: { from: [DRAFT], to: PUBLISHED },
  [ChallengeStep.CLOSE]: { from: [PUBLISHED], to: CLOSED },
  [ChallengeStep.WITHDRAW]: { from: [DRAFT, PUBLISHED], to: WITHDRAWN },
});

/** The state `step` leads to from `status`; BAD_USER_INPUT naming the states it needs otherwise. */
export function challengeStep(status: ChallengeStatus, step: ChallengeStep): ChallengeStatus {
  const rule = CHALLENGE_STEPS[step];
  if (!rule.from.includes(status))
    throw badUserInput(
      `this challenge is ${status}; ${step} needs one that is ${rule.from.join(" or ")}`,
      "step",
    );
  return rule.to;
}

/** The largest team a challenge may ask for, and the most teams it may take. */
export const MAX_TEAM_SIZE = 15;
export const MAX_TEAMS_WANTED = 20;
/** Most claims one challenge takes in all (pending and decided): its poster reads them all. */
export const MAX_CLAIMS = 50;

/** Why a team of `size` (leader included) does not fit the challenge's bounds, or null. */
export function teamSizeRefusal(size: number, min: number, max: number): string | null {
  if (size < min || size > max)
    return `the challenge takes teams of ${min} to ${max} students (leader included), not ${size}`;
  return null;
}

/** Projects made from challenges are tier-2 work of the climb plan (专业认知与批判思维). */
export const CHALLENGE_PROJECT_TIER = 2;
