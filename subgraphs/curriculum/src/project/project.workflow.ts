import { badUserInput } from "@campus/subgraph";
import {
  AwardLevel,
  MilestoneStatus,
  ProjectOutcome,
  ProjectStatus,
  ReviewVerdict,
} from "./project.enums";

const { ACTIVE, CONCLUDED, ABANDONED } = ProjectStatus;

/**
 * A project's life, the one place its rules are written: approval starts it ACTIVE; from ACTIVE it
 * is concluded (结题, every milestone accepted, with an outcome) or abandoned (with a reason).
 * Concluded and abandoned are final.
 */
export const PROJECT_TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> =
  Object.freeze({
    [ACTIVE]: [CONCLUDED, ABANDONED],
    [CONCLUDED]: [],
    [ABANDONED]: [],
  });

/** BAD_USER_INPUT unless the project may move from `from` to `to`. */
export function assertProjectTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (!PROJECT_TRANSITIONS[from].includes(to))
    throw badUserInput(`this project is ${from}; it cannot become ${to}`, "projectId");
}

/** Why a conclusion with this outcome is refused, or null: an award names its level, nothing else does. */
export function outcomeRefusal(
  outcome: ProjectOutcome,
  awardLevel: AwardLevel | null,
): { message: string; field: string } | null {
  if (outcome === ProjectOutcome.AWARD && !awardLevel)
    return { message: "an AWARD outcome needs the award's level", field: "input.awardLevel" };
  if (outcome !== ProjectOutcome.AWARD && awardLevel)
    return { message: `a ${outcome} outcome has no award level`, field: "input.awardLevel" };
  return null;
}

/** Why the milestones do not allow conclusion, or null: there is one, and all are accepted. */
export function milestonesRefusal(statuses: readonly MilestoneStatus[]): string | null {
  if (!statuses.length) return "a project is concluded on its milestones; it has none";
  const open = statuses.filter((s) => s !== MilestoneStatus.ACCEPTED).length;
  return open ? `${open} milestone(s) are not accepted yet` : null;
}

/** Milestone states a team may submit work from. */
export const SUBMITTABLE: readonly MilestoneStatus[] = [
  MilestoneStatus.OPEN,
  MilestoneStatus.RETURNED,
];

/** The milestone's state after the mentor's verdict on a submission. */
export const AFTER_REVIEW: Readonly<Record<ReviewVerdict, MilestoneStatus>> = Object.freeze({
  [ReviewVerdict.ACCEPT]: MilestoneStatus.ACCEPTED,
  [ReviewVerdict.RETURN]: MilestoneStatus.RETURNED,
});
