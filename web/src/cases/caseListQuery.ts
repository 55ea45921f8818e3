/**
 * The case list's filters as they live in the address (`/cases?kind=ECONOMIC&openedFrom=...`), so
 * a dashboard figure can link to exactly the rows it counts, Back restores a view and a link shares
 * it. Days are campus days (Asia/Shanghai, UTC+8 all year): `openedFrom=2026-01-01` is
 * 2025-12-31T16:00:00Z, inclusive; `openedBefore` is exclusive.
 */
import type {
  AssistanceCaseFilter,
  AssistanceCaseStatus,
  CaseKind,
  DifficultyGrade,
  EscalationTier,
} from "../generated/graphql";

export const CASE_STATUSES: readonly AssistanceCaseStatus[] = [
  "DISCOVERED",
  "GRADED",
  "ASSISTING",
  "REVIEWED",
  "CLOSED",
];
export const CASE_KINDS: readonly CaseKind[] = [
  "ECONOMIC",
  "ACADEMIC",
  "MENTAL_HEALTH",
  "FAMILY",
  "OTHER",
];
export const DIFFICULTY_GRADES: readonly DifficultyGrade[] = [
  "ESPECIALLY_DIFFICULT",
  "DIFFICULT",
  "GENERALLY_DIFFICULT",
  "NOT_DIFFICULT",
];
export const ESCALATION_TIERS: readonly EscalationTier[] = ["COUNSELOR", "COLLEGE", "UNIVERSITY"];

/** The list's filters, each absent when not set. */
export interface CaseListQuery {
  mine?: boolean;
  status?: AssistanceCaseStatus;
  kind?: CaseKind;
  grade?: DifficultyGrade;
  graded?: boolean;
  reachedAssisting?: boolean;
  /** Campus days, `YYYY-MM-DD`. */
  openedFrom?: string;
  openedBefore?: string;
  /** The overdue board's tier. */
  tier?: EscalationTier;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A valid `YYYY-MM-DD` day, else undefined. */
export function campusDay(value: string | null | undefined): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00+08:00`);
  return Number.isNaN(date.getTime()) ? undefined : value;
}

/** Midnight opening a campus day, as an instant. */
export const campusMidnight = (day: string): string =>
  new Date(`${day}T00:00:00+08:00`).toISOString();

/** The campus day after `day`. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function oneOf<T extends string>(value: string | null, values: readonly T[]): T | undefined {
  return values.find((v) => v === value);
}

const flag = (value: string | null): boolean | undefined =>
  value === "true" ? true : value === "false" ? false : undefined;

export function readCaseListQuery(search: URLSearchParams): CaseListQuery {
  return {
    mine: search.get("mine") === "1" || undefined,
    status: oneOf(search.get("status"), CASE_STATUSES),
    kind: oneOf(search.get("kind"), CASE_KINDS),
    grade: oneOf(search.get("grade"), DIFFICULTY_GRADES),
    graded: flag(search.get("graded")),
    reachedAssisting: flag(search.get("reachedAssisting")),
    openedFrom: campusDay(search.get("openedFrom")),
    openedBefore: campusDay(search.get("openedBefore")),
    tier: oneOf(search.get("tier"), ESCALATION_TIERS),
  };
}

/** The list's API filter for the address's query (the overdue board's tier aside). */
export function caseFilterOf(query: CaseListQuery): AssistanceCaseFilter {
  return {
    ...(query.mine && { mine: true }),
    ...(query.status && { status: query.status }),
    ...(query.kind && { kind: query.kind }),
    ...(query.grade && { grade: query.grade }),
    ...(query.graded !== undefined && { graded: query.graded }),
    ...(query.reachedAssisting !== undefined && { reachedAssisting: query.reachedAssisting }),
    ...(query.openedFrom && { openedFrom: campusMidnight(query.openedFrom) }),
    ...(query.openedBefore && { openedBefore: campusMidnight(query.openedBefore) }),
  };
}

/** Whether the query narrows the list beyond the all/mine tabs. */
export const hasListFilters = (query: CaseListQuery): boolean =>
  Object.entries(query).some(
    ([key, value]) => key !== "mine" && key !== "tier" && value !== undefined,
  );

/** `/cases` with the query's filters, in a stable order. */
export function casesHref(query: CaseListQuery, hash?: string): string {
  const params = new URLSearchParams();
  if (query.mine) params.set("mine", "1");
  if (query.openedFrom) params.set("openedFrom", query.openedFrom);
  if (query.openedBefore) params.set("openedBefore", query.openedBefore);
  if (query.kind) params.set("kind", query.kind);
  if (query.status) params.set("status", query.status);
  if (query.grade) params.set("grade", query.grade);
  if (query.graded !== undefined) params.set("graded", String(query.graded));
  if (query.reachedAssisting !== undefined)
    params.set("reachedAssisting", String(query.reachedAssisting));
  if (query.tier) params.set("tier", query.tier);
  const search = params.size > 0 ? `?${params.toString()}` : "";
  return `/cases${search}${hash ? `#${hash}` : ""}`;
}
