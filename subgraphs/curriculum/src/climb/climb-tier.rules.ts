import { CompetitionResult, PRIZES } from "../competition/competition.enums";
import { ProjectOutcome, ProjectStatus } from "../project/project.enums";

/** The tiers of the climb plan; a student with no record stands on the first. */
export const TIERS = [1, 2, 3] as const;
export const FIRST_TIER = 1;

/** What the rules need to know of one of the student's projects. */
export interface ProjectFact {
  id: string;
  tier: number;
  status: ProjectStatus;
  outcome: ProjectOutcome | null;
}

/** What the rules need to know of one of the student's competition entries with a result. */
export interface CompetitionAwardFact {
  entryId: string;
  result: CompetitionResult;
}

/** What the rules need to know of the student's tier-1 and tier-2 practice. */
export interface PracticeFacts {
  /** Habit projects (学业学风提升 / 体能习惯养成) whose recorded result is goal met. */
  habitGoalsMet: number;
  /** Practice-visit reflections (实践见习心得) the organiser accepted. */
  acceptedReflections: number;
}

export const NO_PRACTICE: PracticeFacts = Object.freeze({
  habitGoalsMet: 0,
  acceptedReflections: 0,
});

/**
 * Why moving a student from `from` up to `to` is refused, or null. One tier at a time; tier 2
 * (professional cognition) needs a habit project's goal met, an accepted practice-visit reflection,
 * any climb-plan project or a recorded competition result; tier 3
 * (placements in research teams) needs a concluded tier-2 project, a project concluded with an award, or a competition prize
 * (third prize or better; taking part is not one). Moving down or
 * staying is a correction and needs only a basis.
 */
export function tierRefusal(
  from: number,
  to: number,
  projects: readonly ProjectFact[],
  competitionResults: readonly CompetitionAwardFact[] = [],
  practice: PracticeFacts = NO_PRACTICE,
): string | null {
  if (to <= from) return null;
  if (to - from > 1)
    return `a student climbs one tier at a time: from tier ${from} only to ${from + 1}`;
  if (to === 2) {
    const grounded =
      practice.habitGoalsMet > 0 ||
      practice.acceptedReflections > 0 ||
      projects.length > 0 ||
      competitionResults.length > 0;
    if (!grounded)
      return "tier 2 needs a habit project's goal met, an accepted practice-visit reflection, a climb-plan project or a competition result; this student has none";
  }
  if (to === 3) {
    const earned = projects.some(
      (p) =>
        p.status === ProjectStatus.CONCLUDED && (p.tier >= 2 || p.outcome === ProjectOutcome.AWARD),
    );
    const prized = competitionResults.some((c) => PRIZES.includes(c.result));
    if (!earned && !prized)
      return "tier 3 needs a concluded tier-2 project, a project's award or a competition prize (third prize or better); this student has none";
  }
  return null;
}
