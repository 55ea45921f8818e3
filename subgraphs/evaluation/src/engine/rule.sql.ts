import type { EntityManager } from "@mikro-orm/postgresql";
import { table } from "@campus/subgraph/data";
import { INDICATORS } from "../indicator/indicator.enums";
import { IndicatorRecord } from "../indicator/indicator-record.entity";
import { indicatorKindType } from "../indicator/indicator.service";
import {
  AGGREGATE_LABELS,
  OPERATOR_SYMBOLS,
  type RuleAggregate,
} from "../warning-rule/warning-rule.enums";

/** Positional parameters collected in the order their placeholders appear in the text. */
export class Params {
  readonly values: unknown[] = [];
  /** A placeholder for `value`, cast to `type`. */
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `?::${type}`;
  }
}

/** The words evidence is written with, as one jsonb parameter: the same as the rule descriptions. */
function names(): string {
  const indicator = Object.fromEntries(
    Object.entries(INDICATORS).map(([kind, k]) => [kind, k.label]),
  );
  return JSON.stringify({ indicator, aggregate: AGGREGATE_LABELS, operator: OPERATOR_SYMBOLS });
}

/** Two decimals at most, no trailing zeros: formatNumber in SQL. */
const shown = (expression: string) => `trim_scale(round((${expression})::numeric, 2))::text`;

/**
 * How each aggregate reduces one student's records (`r`) of a condition's indicator. LATEST is the
 * value of the most recent record (by observed_on, then created_at; a tie to the microsecond goes
 * to the larger value): the greatest [day, instant, value] array, found without sorting the
 * records; float8 holds a day number and a timestamp's epoch in microseconds exactly enough to
 * keep their order.
 */
const AGGREGATES: Readonly<Record<RuleAggregate, string>> = {
  SUM: "sum(r.value)",
  COUNT: "count(*)::float8",
  AVG: "sum(r.value) / count(*)", // what avg(float8) answers, without its sum of squares
  MAX: "max(r.value)",
  MIN: "min(r.value)",
  LATEST: `(max(array[(r.observed_on - date '2000-01-01')::float8, extract(epoch from r.created_at)::float8, r.value]))[3]`,
};

/**
 * The common table expressions that decide which students each rule version fires for on
 * `asOf` (a campus date), over the stored indicator history. `rules` is a query with columns
 * (rule_key, window_days, conditions jsonb), its parameters added to `params` already (it comes
 * first in the text). Yields
 * - `held`: each condition a student meets (rule_key, ord, wanted, indicator, aggregate, operator,
 *   threshold, window_days, person_id, value), `wanted` being the number of the rule's conditions;
 * - `fired`: the held rows of the (rule, student) pairs for whom every condition holds;
 * - `passing(rule_key, person_id)`: those pairs, one row each.
 * A student with no record of a condition's indicator in the window does not meet it: no data is
 * not a signal. Each condition reads its indicator's records in the window once, from the
 * (kind, person_id, observed_on) index in student order: the grouping needs no sort and no hash
 * table, and only what holds (a few per cent of the pairs) is kept, so no memory grows with the
 * history and nothing spills to disk. evidenceCte writes the evidence of the pairs that need it.
 */
export function firingCtes(em: EntityManager, params: Params, rules: string, asOf: string): string {
  const records = table(em, IndicatorRecord);
  const kind = indicatorKindType(em);
  const columns = [
    "rule_key",
    "ord",
    "wanted",
    "indicator",
    "aggregate",
    "operator",
    "threshold",
    "window_days",
  ]
    .map((column) => `cond.${column}`)
    .join(", ");
  // One branch per aggregate, each computing only its own over its own conditions' records (a
  // branch whose aggregate no condition uses reads nothing); its HAVING keeps what holds.
  const branches = Object.entries(AGGREGATES).map(
    ([aggregate, sql]) => `select ${columns}, m.person_id, m.value
    from cond cross join lateral (
      select r.person_id, ${sql} as value
      from ${records} r
      where r.kind = cond.indicator::${kind} and r.observed_on <= cond.until and r.observed_on > cond.since
      group by r.person_id
      having case cond.operator
          when 'GT' then ${sql} > cond.threshold when 'GTE' then ${sql} >= cond.threshold
          when 'LT' then ${sql} < cond.threshold else ${sql} <= cond.threshold
        end
    ) m
    where cond.aggregate = '${aggregate}'`,
  );
  return `
  rules as (${rules}),
  names as (select ${params.add(names(), "jsonb")} as n),
  cond as (
    select rules.rule_key, rules.window_days, c.ord, (c.value->>'indicator') as indicator, (c.value->>'aggregate') as aggregate,
           (c.value->>'operator') as operator, (c.value->>'threshold')::float8 as threshold,
           asof.day as until, asof.day - rules.window_days as since, count(*) over (partition by rules.rule_key) as wanted
    from rules cross join lateral jsonb_array_elements(rules.conditions) with ordinality as c(value, ord)
      cross join (select ${params.add(asOf, "date")} as day) asof
  ),
  held as (
    ${branches.join("\n    union all\n    ")}
  ),
  -- A (rule, student) pair fires when every one of the rule's conditions holds: as many held rows
  -- as conditions (one per condition at most). Counted over held, a few per cent of the pairs,
  -- with no join back to it.
  fired as (
    select * from (select h.*, count(*) over (partition by h.rule_key, h.person_id) as met from held h) h
    where h.met = h.wanted
  ),
  passing as (select distinct rule_key, person_id from fired)`;
}

/**
 * `evidence(rule_key, person_id, evidence, vals)` from `rows`, a CTE of `fired` rows (see
 * firingCtes; all of a pair's rows, or none): the measured values against the thresholds, as
 * WarningEvidence objects, and the values by indicator for the summary.
 */
export function evidenceCte(rows: string): string {
  return `evidence as (
    select h.rule_key, h.person_id,
      jsonb_agg(jsonb_build_object(
        'indicator', (names.n->'indicator'->>h.indicator) || (names.n->'aggregate'->>h.aggregate) || '（近' || h.window_days || '天）',
        'value', ${shown("h.value")},
        'threshold', (names.n->'operator'->>h.operator) || ' ' || ${shown("h.threshold")}
      ) order by h.ord) as evidence,
      jsonb_object_agg(h.indicator, ${shown("h.value")}) || jsonb_build_object('windowDays', max(h.window_days)::text) as vals
    from ${rows} h cross join names
    group by h.rule_key, h.person_id
  )`;
}

/** `template` with its {NAME} placeholders replaced by the values in the jsonb `vals` (unknown ones kept). */
export function filledTemplate(template: string, vals: string): string {
  return `(select string_agg(case when t.m[2] is not null then coalesce(${vals}->>t.m[2], t.m[1]) else t.m[3] end, '' order by t.ord)
     from regexp_matches(${template}, '(\\{([A-Za-z_]+)\\})|([^{]+|\\{)', 'g') with ordinality as t(m, ord))`;
}
