import type { EntityManager } from "@mikro-orm/postgresql";
import { isId, isLocalDate, today } from "@campus/subgraph";
import { GrowthEvent } from "./growth-event.entity";
import type { GrowthEventRepository } from "./growth-event.repository";
import { GROWTH_DOMAINS, GrowthDomain } from "./growth.enums";
import {
  MAX_EVENT_POINTS,
  MAX_SOURCE_KEY_LENGTH,
  MAX_TITLE_LENGTH,
  type GrowthEventInput,
} from "./growth.input";
import { termOf } from "./growth.term";
import type { GrowthEventBatchReport, GrowthEventRowError } from "./term-evaluation.type";

/** The source of the facts this subgraph records from its own workflows. */
export const EVALUATION_SOURCE = "evaluation";

const KIND = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The first problem with a row, or null when it can be recorded. */
function problem(
  row: GrowthEventInput,
  campusToday: string,
): { field: string; message: string } | null {
  if (!isId(row.personId)) return { field: "personId", message: "personId is not an id" };
  if (!GROWTH_DOMAINS.includes(row.domain))
    return { field: "domain", message: `domain must be one of ${GROWTH_DOMAINS.join(", ")}` };
  if (typeof row.kind !== "string" || !KIND.test(row.kind))
    return {
      field: "kind",
      message: "kind must be a short code in capitals, digits and _, such as COURSE_COMPLETED",
    };
  const title = row.title?.trim() ?? "";
  if (!title) return { field: "title", message: "title must not be blank" };
  if (title.length > MAX_TITLE_LENGTH)
    return { field: "title", message: `title is longer than ${MAX_TITLE_LENGTH} characters` };
  if (!Number.isFinite(row.points) || Math.abs(row.points) > MAX_EVENT_POINTS)
    return {
      field: "points",
      message: `points must be between -${MAX_EVENT_POINTS} and ${MAX_EVENT_POINTS}`,
    };
  if (typeof row.occurredOn !== "string" || !isLocalDate(row.occurredOn))
    return { field: "occurredOn", message: "occurredOn must be a date written YYYY-MM-DD" };
  // Campus dates compare as strings: both are YYYY-MM-DD.
  if (row.occurredOn > campusToday)
    return { field: "occurredOn", message: "occurredOn is in the future" };
  const key = row.sourceKey?.trim() ?? "";
  if (!key) return { field: "sourceKey", message: "sourceKey must not be blank" };
  if (key.length > MAX_SOURCE_KEY_LENGTH)
    return {
      field: "sourceKey",
      message: `sourceKey is longer than ${MAX_SOURCE_KEY_LENGTH} characters`,
    };
  return null;
}

/**
 * Validates each row and records the good ones in one INSERT ... ON CONFLICT DO NOTHING: a row
 * whose (source, sourceKey) is already there, from an earlier call or earlier in this batch, is a
 * duplicate and changes nothing, so a sender may replay a batch safely. Runs in `em`'s
 * transaction when it has one. Access is the caller's business (see GrowthService.record).
 */
export async function recordGrowthEventRows(
  em: EntityManager,
  source: string,
  rows: readonly GrowthEventInput[],
  recordedById: string | null = null,
  now: Date = new Date(),
  /** Which person ids exist (asked of the graph); omitted for this subgraph's own facts, about its own rows' people. */
  knownPeople?: (ids: string[]) => Promise<Set<string>>,
): Promise<GrowthEventBatchReport> {
  const campusToday = today(now);
  const errors: GrowthEventRowError[] = [];
  const valid: { row: GrowthEventInput; index: number }[] = [];
  rows.forEach((row, index) => {
    const found = problem(row, campusToday);
    if (found) errors.push({ index, ...found });
    else valid.push({ row, index });
  });
  const known = knownPeople ? await knownPeople(valid.map((v) => v.row.personId)) : null;
  const good: GrowthEventInput[] = [];
  for (const { row, index } of valid) {
    if (!known || known.has(row.personId)) good.push(row);
    else errors.push({ index, field: "personId", message: `no person has the id ${row.personId}` });
  }
  errors.sort((a, b) => a.index - b.index);
  if (!good.length) return { recorded: 0, duplicates: 0, rows: errors };
  const batch = good.map((r) => ({
    person_id: r.personId,
    domain: r.domain,
    kind: r.kind,
    title: r.title.trim(),
    points: r.points,
    occurred_on: r.occurredOn,
    term: termOf(r.occurredOn),
    source_key: r.sourceKey.trim(),
  }));
  // One statement for the whole batch, in em's transaction when it has one.
  const inserted = await em
    .getRepository<GrowthEvent, GrowthEventRepository>(GrowthEvent)
    .insertBatch(source, recordedById, now, batch);
  return { recorded: inserted.length, duplicates: good.length - inserted.length, rows: errors };
}

/**
 * Records facts from this subgraph's own workflows under the source "evaluation"; `sourceKey`
 * should name the workflow row (e.g. `uptake:<id>`), so recording it twice is harmless.
 */
export function recordEvaluationGrowthEvents(
  em: EntityManager,
  rows: readonly GrowthEventInput[],
): Promise<GrowthEventBatchReport> {
  return recordGrowthEventRows(em, EVALUATION_SOURCE, rows);
}

/**
 * Points a resource taken up counts, by the resource's kind; kinds not listed count nowhere. Aid
 * is not an achievement, and mental-health education is left out on purpose: the growth record
 * is read by staff without MENTAL_HEALTH, and the entry would tell them of the help.
 */
const UPTAKE_DOMAINS: Readonly<Record<string, { domain: GrowthDomain; points: number }>> = {
  PARTY_LEAGUE_ACTIVITY: { domain: GrowthDomain.MORAL, points: 2 },
  TUTORING: { domain: GrowthDomain.INTELLECTUAL, points: 1 },
  CAREER_GUIDANCE: { domain: GrowthDomain.INTELLECTUAL, points: 1 },
};

/**
 * The growth fact for a student's uptake of a pushed resource, or null when that kind of resource
 * (aid, say) is not an achievement. Pass the result to recordEvaluationGrowthEvents.
 */
export function resourceUptakeGrowthEvent(uptake: {
  id: string;
  personId: string;
  resourceKind: string;
  resourceTitle: string;
  occurredOn: string;
}): GrowthEventInput | null {
  const counts = UPTAKE_DOMAINS[uptake.resourceKind];
  if (!counts) return null;
  return {
    personId: uptake.personId,
    domain: counts.domain,
    kind: "RESOURCE_UPTAKE",
    title: uptake.resourceTitle,
    points: counts.points,
    occurredOn: uptake.occurredOn,
    sourceKey: `uptake:${uptake.id}`,
  };
}
