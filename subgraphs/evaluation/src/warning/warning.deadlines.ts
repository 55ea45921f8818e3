import { EscalationTier, WarningLevel, WarningStatus } from "./warning.enums";

const HOUR = 3_600_000;
const DAY = 24;

/**
 * How long each stage of a warning may take, in hours, by level: the one place the policy is
 * written down. A stage's clock starts when the warning enters it (raised, or the step that moved
 * it there), and starts again when an overdue stage is escalated. A red warning is worked faster
 * than a yellow one at every stage but tracking, whose length is the observation period itself.
 *
 * | stage       | must be done by            | YELLOW | ORANGE | RED  |
 * |-------------|----------------------------|--------|--------|------|
 * | OPEN        | assigned (分派)             | 1 day  | 12 h   | 4 h  |
 * | ASSIGNED    | assessed (研判)             | 3 days | 2 days | 1 day|
 * | ASSESSED    | intervention begun (干预)    | 3 days | 3 days | 1 day|
 * | INTERVENING | moved to tracking (追踪)     | 14 days| 14 days| 7 days|
 * | TRACKING    | closed (关闭)               | 30 days| 30 days| 30 days|
 */
export const STAGE_HOURS: Readonly<
  Record<Exclude<WarningStatus, WarningStatus.CLOSED>, Readonly<Record<WarningLevel, number>>>
> = Object.freeze({
  [WarningStatus.OPEN]: { YELLOW: 1 * DAY, ORANGE: 12, RED: 4 },
  [WarningStatus.ASSIGNED]: { YELLOW: 3 * DAY, ORANGE: 2 * DAY, RED: 1 * DAY },
  [WarningStatus.ASSESSED]: { YELLOW: 3 * DAY, ORANGE: 3 * DAY, RED: 1 * DAY },
  [WarningStatus.INTERVENING]: { YELLOW: 14 * DAY, ORANGE: 14 * DAY, RED: 7 * DAY },
  [WarningStatus.TRACKING]: { YELLOW: 30 * DAY, ORANGE: 30 * DAY, RED: 30 * DAY },
});

/** When a warning entering `status` at `from` must be done with it; null for CLOSED, which is due for nothing. */
export function dueAtFor(status: WarningStatus, level: WarningLevel, from: Date): Date | null {
  if (status === WarningStatus.CLOSED) return null;
  return new Date(from.getTime() + STAGE_HOURS[status][level] * HOUR);
}

/**
 * The same policy as a SQL expression, for statements that set due times over many rows (the
 * escalation run, the rule engine's inserts). Arguments are SQL expressions: the status column,
 * the level column, and the moment the stage starts (a timestamptz). The policy's hours are
 * integers written into the SQL, never caller input.
 */
export function dueAtSql(status: string, level: string, from: string): string {
  const cases = Object.entries(STAGE_HOURS).flatMap(([stage, byLevel]) =>
    Object.entries(byLevel).map(
      ([lvl, hours]) =>
        `when ${status}::text = '${stage}' and ${level}::text = '${lvl}' then ${Number(hours)}`,
    ),
  );
  return `(${from} + make_interval(hours => case ${cases.join(" ")} end))`;
}

/**
 * The due time of a warning just raised (status OPEN), as SQL: what an INSERT of new warnings
 * (the rule engine's) writes into due_at, e.g. `dueAtOpenSql('r.level', 'now()')`.
 */
export function dueAtOpenSql(level: string, raisedAt: string): string {
  return dueAtSql(`'${WarningStatus.OPEN}'`, level, raisedAt);
}

/** The level a warning goes to when a due time passes; the university is the last. */
export const NEXT_TIER: Readonly<Record<EscalationTier, EscalationTier>> = Object.freeze({
  [EscalationTier.COUNSELOR]: EscalationTier.COLLEGE,
  [EscalationTier.COLLEGE]: EscalationTier.UNIVERSITY,
  [EscalationTier.UNIVERSITY]: EscalationTier.UNIVERSITY,
});

/** NEXT_TIER as a SQL expression over a tier column. */
export function nextTierSql(tier: string): string {
  const cases = Object.entries(NEXT_TIER).map(
    ([from, to]) => `when ${tier}::text = '${from}' then '${to}'`,
  );
  return `(case ${cases.join(" ")} end)`;
}
