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

/**
 * Why moving a student from `from` up to `to` is refused, or null. One tier at a time; tier 3
 * (placements in research teams) needs a concluded tier-2 project, a project concluded with an award, or a competition prize
 * (third prize or better; taking part is not one). Moving down or
 * staying is a correction and needs only a basis.
 */
export function tierRefusal(
  from: number,
  to: number,
  projects: readonly ProjectFact[],
  competitionResults: readonly CompetitionAwardFact[] = [],
): string | null {
  if (to <= from) return null;
  if (to - from > 1)
    return `a student climbs one tier at a time: from tier ${from} only to ${from + 1}`;
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
