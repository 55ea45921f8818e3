import { WarningStatus } from "./warning.enums";

const { OPEN, ASSIGNED, ASSESSED, INTERVENING, TRACKING, CLOSED } = WarningStatus;

/**
 * The warning workflow, the one place it is written down: 发现 → 分派 → 研判 → 干预 → 追踪 → 关闭,
 * one step at a time, with one way back: a relapse while tracking returns to intervention.
 * Nothing skips a step and nothing leaves CLOSED.
 */
export const WARNING_TRANSITIONS: Readonly<Record<WarningStatus, readonly WarningStatus[]>> =
  Object.freeze({
    [OPEN]: [ASSIGNED],
    [ASSIGNED]: [ASSESSED],
    [ASSESSED]: [INTERVENING],
    [INTERVENING]: [TRACKING],
    [TRACKING]: [CLOSED, INTERVENING],
    [CLOSED]: [],
  });

/** The statuses a warning in `from` may move to next. */
export function allowedTargets(from: WarningStatus): readonly WarningStatus[] {
  return WARNING_TRANSITIONS[from] ?? [];
}

export function canTransition(from: WarningStatus, to: WarningStatus): boolean {
  return allowedTargets(from).includes(to);
}

/** Why `from → to` is refused, for the error message; null when it is allowed. */
export function refusal(from: WarningStatus, to: WarningStatus): string | null {
  if (canTransition(from, to)) return null;
  const allowed = allowedTargets(from);
  const next = allowed.length
    ? `from ${from} it can go to ${allowed.join(" or ")}`
    : `${from} is final`;
  return `a warning cannot move from ${from} to ${to}: ${next}`;
}

/**
 * Steps that carry more than a status have their own mutation: assigning names who works the
 * warning, closing names how it ended. advanceWarning makes the steps in between.
 */
export function mutationFor(
  to: WarningStatus,
): "assignWarning" | "closeWarning" | "advanceWarning" {
  if (to === ASSIGNED) return "assignWarning";
  if (to === CLOSED) return "closeWarning";
  return "advanceWarning";
}
