import { PoliticalStatus } from "../person/person.enums";
import { PartyDecisionBasis, PartyStage, PartyStep } from "./party-development.enums";

/**
 * The party development pipeline as a table: for each step, the stage it starts from, the stage it
 * leads to, and the bodies that may decide it (admission, conversion, extension and cancellation
 * are decisions of the branch general meeting; the two earlier steps the branch committee may take).
 */
export const STEPS: Readonly<
  Record<PartyStep, { from: PartyStage; to: PartyStage; bases: readonly PartyDecisionBasis[] }>
> = {
  [PartyStep.BECOME_ACTIVIST]: {
    from: PartyStage.APPLICANT,
    to: PartyStage.ACTIVIST,
    bases: [PartyDecisionBasis.BRANCH_COMMITTEE, PartyDecisionBasis.BRANCH_GENERAL_MEETING],
  },
  [PartyStep.BECOME_DEVELOPMENT_TARGET]: {
    from: PartyStage.ACTIVIST,
    to: PartyStage.DEVELOPMENT_TARGET,
    bases: [PartyDecisionBasis.BRANCH_COMMITTEE, PartyDecisionBasis.BRANCH_GENERAL_MEETING],
  },
  [PartyStep.ADMIT_PROBATIONARY]: {
    from: PartyStage.DEVELOPMENT_TARGET,
    to: PartyStage.PROBATIONARY_MEMBER,
    bases: [PartyDecisionBasis.BRANCH_GENERAL_MEETING],
  },
  [PartyStep.CONFIRM_FULL_MEMBER]: {
    from: PartyStage.PROBATIONARY_MEMBER,
    to: PartyStage.FULL_MEMBER,
    bases: [PartyDecisionBasis.BRANCH_GENERAL_MEETING],
  },
  [PartyStep.EXTEND_PROBATION]: {
    from: PartyStage.PROBATIONARY_MEMBER,
    to: PartyStage.PROBATIONARY_MEMBER,
    bases: [PartyDecisionBasis.BRANCH_GENERAL_MEETING],
  },
  [PartyStep.CANCEL_PROBATION]: {
    from: PartyStage.PROBATIONARY_MEMBER,
    to: PartyStage.CANCELLED,
    bases: [PartyDecisionBasis.BRANCH_GENERAL_MEETING],
  },
};

/** The political status (政治面貌) each stage gives; CANCELLED gives back the status held before. */
export function statusOf(stage: PartyStage, before: PoliticalStatus): PoliticalStatus {
  switch (stage) {
    case PartyStage.APPLICANT:
      return PoliticalStatus.APPLICANT;
    case PartyStage.ACTIVIST:
      return PoliticalStatus.ACTIVIST;
    case PartyStage.DEVELOPMENT_TARGET:
      return PoliticalStatus.DEVELOPMENT_TARGET;
    case PartyStage.PROBATIONARY_MEMBER:
      return PoliticalStatus.PROBATIONARY_MEMBER;
    case PartyStage.FULL_MEMBER:
      return PoliticalStatus.FULL_MEMBER;
    case PartyStage.CANCELLED:
      return before;
  }
}

/** Stages that owe a thought report (思想汇报) each period. */
export const REPORTING_STAGES: readonly PartyStage[] = [
  PartyStage.ACTIVIST,
  PartyStage.DEVELOPMENT_TARGET,
  PartyStage.PROBATIONARY_MEMBER,
];
/** A thought report is due this many months after the last one (or the stage's start): a quarter. */
export const REPORT_PERIOD_MONTHS = 3;
/** Years as an activist before becoming a development target; the probation's length. */
export const ACTIVIST_YEARS = 1;
export const PROBATION_YEARS = 1;
/** An extension of probation: at most a year, once. */
export const MAX_EXTENSION_MONTHS = 12;
/** Probations ending and activists reaching their year within this many days are "due next". */
export const DUE_WITHIN_DAYS = 30;

/**
 * A YYYY-MM-DD date moved by whole months (and days), in the calendar: 2025-01-31 + 1 month is
 * 2025-02-28 (the month's last day, not 2025-03-03), and 2024-02-29 + 12 months is 2025-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
