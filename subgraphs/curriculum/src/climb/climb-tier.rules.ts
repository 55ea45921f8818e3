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

/**
 * Why moving a student from `from` up to `to` is refused, or null. One tier at a time; tier 3
 * (placements in research teams) needs a concluded tier-2 project or an award. Moving down or
 * staying is a correction and needs only a basis.
 */
export function tierRefusal(
  from: number,
  to: number,
  projects: readonly ProjectFact[],
): string | null {
  if (to <= from) return null;
  if (to - from > 1)
    return `a student climbs one tier at a time: from tier ${from} only to ${from + 1}`;
  if (to === 3) {
    const earned = projects.some(
      (p) =>
        p.status === ProjectStatus.CONCLUDED && (p.tier >= 2 || p.outcome === ProjectOutcome.AWARD),
    );
    if (!earned)
      return "tier 3 needs a concluded tier-2 project or an award; this student has neither";
  }
  return null;
}
