/**
 * A habit project's goal, apart from the database: N check-ins over the period and, when a weekly
 * target is set, that many in every full week of the period (weeks counted from its first day).
 */

export interface HabitGoal {
  startsOn: string;
  endsOn: string;
  goalCheckIns: number;
  perWeek: number | null;
}

const DAY_MS = 86_400_000;

/** A habit project runs a term or a school year: at most 366 days, so at most 366 check-ins each. */
export const MAX_PERIOD_DAYS = 366;

/** Days from `from` to `to` (YYYY-MM-DD), 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Days in the period, both ends included. */
export function periodDays(goal: Pick<HabitGoal, "startsOn" | "endsOn">): number {
  return daysBetween(goal.startsOn, goal.endsOn) + 1;
}

/** Why a goal cannot be set this way, or null. */
export function goalRefusal(goal: HabitGoal): { message: string; field: string } | null {
  if (goal.endsOn < goal.startsOn)
    return { message: "the period ends before it starts", field: "input.endsOn" };
  const days = periodDays(goal);
  if (days > MAX_PERIOD_DAYS)
    return {
      message: `a habit project runs at most ${MAX_PERIOD_DAYS} days; this period has ${days}`,
      field: "input.endsOn",
    };
  if (goal.goalCheckIns > days)
    return {
      message: `one check-in a day: a period of ${days} days takes at most ${days} check-ins`,
      field: "input.goalCheckIns",
    };
  if (goal.perWeek !== null && days < 7)
    return { message: "a weekly target needs a period of a week or more", field: "input.perWeek" };
  return null;
}

/** Whether the days checked in (each once, inside the period) meet the goal. */
export function goalMet(goal: HabitGoal, days: readonly string[]): boolean {
  const inside = [...new Set(days)].filter((d) => d >= goal.startsOn && d <= goal.endsOn);
  if (inside.length < goal.goalCheckIns) return false;
  if (goal.perWeek === null) return true;
  const fullWeeks = Math.floor(periodDays(goal) / 7);
  const perWeek = new Array<number>(fullWeeks).fill(0);
  for (const day of inside) {
    const week = Math.floor(daysBetween(goal.startsOn, day) / 7);
    if (week < fullWeeks) perWeek[week] += 1;
  }
  return perWeek.every((n) => n >= (goal.perWeek ?? 0));
}
