import {
  AssistanceCaseStatus,
  CaseKind,
  EscalationTier,
  MeasureStatus,
} from "./assistance-case.enums";

const { DISCOVERED, GRADED, ASSISTING, REVIEWED, CLOSED } = AssistanceCaseStatus;

/**
 * The case workflow, the one place it is written down: 发现 → 定级 → 帮扶 → 复核 → 结案.
 * Guards (checked by the service, facts passed in as CaseFacts):
 * - → GRADED (confirmGrade): a grade confirmed by a second person.
 * - DISCOVERED → ASSISTING (startAssistance) skips grading: only for cases that are not ECONOMIC,
 *   and only with a note saying why; the step is recorded like any other.
 * - → ASSISTING: a task-force lead and at least one plan measure that is not CANCELLED.
 * - → REVIEWED (reviewAssistanceCase): a review note.
 * - REVIEWED → ASSISTING: the review found more to do; with a note.
 * - → CLOSED (closeAssistanceCase): only from REVIEWED, with an outcome. Final.
 */
export const CASE_TRANSITIONS: Readonly<
  Record<AssistanceCaseStatus, readonly AssistanceCaseStatus[]>
> = Object.freeze({
  [DISCOVERED]: [GRADED, ASSISTING],
  [GRADED]: [ASSISTING],
  [ASSISTING]: [REVIEWED],
  [REVIEWED]: [CLOSED, ASSISTING],
  [CLOSED]: [],
});

/** What the guards look at, read by the service inside the transaction. */
export interface CaseFacts {
  kind: CaseKind;
  confirmedGrade: boolean;
  hasLead: boolean;
  activeMeasures: number;
  note: string | null;
  outcome: boolean;
}

/** Why `from → to` is refused, with the input field to blame; null when it is allowed. */
export function caseRefusal(
  from: AssistanceCaseStatus,
  to: AssistanceCaseStatus,
  facts: CaseFacts,
): { message: string; field: string } | null {
  const allowed = CASE_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    const next = allowed.length
      ? `from ${from} it can go to ${allowed.join(" or ")}`
      : `${from} is final`;
    return { message: `a case cannot move from ${from} to ${to}: ${next}`, field: "caseId" };
  }
  if (to === GRADED && !facts.confirmedGrade)
    return { message: "a case is GRADED only with a confirmed grade", field: "grade" };
  if (to === ASSISTING) {
    if (from === DISCOVERED && facts.kind === CaseKind.ECONOMIC)
      return {
        message: "an ECONOMIC case must be graded (confirmGrade) before assistance starts",
        field: "caseId",
      };
    if ((from === DISCOVERED || from === REVIEWED) && !facts.note)
      return { message: `moving from ${from} to ASSISTING needs a note saying why`, field: "note" };
    if (!facts.hasLead)
      return {
        message:
          "assistance needs a task-force lead (addTaskForceMember with lead, or setTaskForceLead)",
        field: "caseId",
      };
    if (facts.activeMeasures === 0)
      return {
        message:
          "assistance needs at least one plan measure that is not cancelled (addCaseMeasure)",
        field: "caseId",
      };
  }
  if (to === REVIEWED && !facts.note) return { message: "a review needs a note", field: "note" };
  if (to === CLOSED && !facts.outcome)
    return { message: "closing needs an outcome", field: "outcome" };
  return null;
}

/** Plan measures: started, done or cancelled; DONE and CANCELLED are final. */
export const MEASURE_TRANSITIONS: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> =
  Object.freeze({
    [MeasureStatus.PLANNED]: [
      MeasureStatus.IN_PROGRESS,
      MeasureStatus.DONE,
      MeasureStatus.CANCELLED,
    ],
    [MeasureStatus.IN_PROGRESS]: [MeasureStatus.DONE, MeasureStatus.CANCELLED],
    [MeasureStatus.DONE]: [],
    [MeasureStatus.CANCELLED]: [],
  });

export function measureRefusal(from: MeasureStatus, to: MeasureStatus): string | null {
  const allowed = MEASURE_TRANSITIONS[from];
  if (allowed.includes(to)) return null;
  return `a measure cannot move from ${from} to ${to}: ${allowed.length ? `from ${from} it can go to ${allowed.join(" or ")}` : `${from} is final`}`;
}

/** Measures that still count as work to do (and can be overdue). */
export const OPEN_MEASURE_STATUSES: readonly MeasureStatus[] = [
  MeasureStatus.PLANNED,
  MeasureStatus.IN_PROGRESS,
];

/** 督办: days past the due date at which an overdue measure reaches each tier. */
export const ESCALATION_AFTER_DAYS = { COUNSELOR: 1, COLLEGE: 7, UNIVERSITY: 14 } as const;

/** The tiers from the highest down, each with the days past due it takes: the order lateness is judged in. */
export const TIERS_BY_LATENESS: readonly { tier: EscalationTier; days: number }[] = (
  Object.entries(ESCALATION_AFTER_DAYS) as [EscalationTier, number][]
)
  .map(([tier, days]) => ({ tier, days }))
  .sort((a, b) => b.days - a.days);

/**
 * The due dates whose lateness on `today` (a campus date) has reached `tier` and no higher:
 * dueOn <= onOrBefore, and dueOn > after unless after is null (the highest tier).
 */
export function dueOnOfTier(
  tier: EscalationTier,
  today: string,
): { onOrBefore: string; after: string | null } {
  const i = TIERS_BY_LATENESS.findIndex((t) => t.tier === tier);
  const higher = TIERS_BY_LATENESS[i - 1];
  return {
    onOrBefore: daysBefore(today, ESCALATION_AFTER_DAYS[tier]),
    after: higher ? daysBefore(today, higher.days) : null,
  };
}

/** The YYYY-MM-DD date `days` days before `date`. */
function daysBefore(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}
