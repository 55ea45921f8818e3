import type { EntityManager } from "@mikro-orm/postgresql";
import { table } from "@campus/subgraph/data";
import { INDICATORS } from "../indicator/indicator.enums";
import { IndicatorRecord } from "../indicator/indicator-record.entity";
import { indicatorKindType } from "../indicator/indicator.service";
import { AGGREGATE_LABELS, OPERATOR_SYMBOLS } from "../warning-rule/warning-rule.enums";

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
 * The common table expressions that decide which students each rule version fires for on
 * `asOf` (a campus date), over the stored indicator history. `rules` is a query with columns
 * (rule_key, window_days, conditions jsonb), its parameters added to `params` already (it comes
 * first in the text). Yields `fired(rule_key, person_id, evidence, vals)`:
 * one row per rule and student for whom every condition holds, with the evidence (the measured
 * values against the thresholds, as WarningEvidence objects) and the values by indicator for the
 * summary. A student with no record of a condition's indicator in the window does not meet it: no
 * data is not a signal. The whole thing is one pass over the records, whatever the number of
 * students or rules.
 */
export function firingCtes(em: EntityManager, params: Params, rules: string, asOf: string): string {
  const records = table(em, IndicatorRecord);
  const kind = indicatorKindType(em);
  return `
  rules as (${rules}),
  names as (select ${params.add(names(), "jsonb")} as n),
  cond as (
    select rules.rule_key, rules.window_days, c.ord, (c.value->>'indicator') as indicator, (c.value->>'aggregate') as aggregate,
           (c.value->>'operator') as operator, (c.value->>'threshold')::float8 as threshold
    from rules cross join lateral jsonb_array_elements(rules.conditions) with ordinality as c(value, ord)
  ),
  wanted as (select rule_key, count(*) as n from cond group by rule_key),
  measured as (
    select cond.rule_key, cond.ord, r.person_id,
      case cond.aggregate
        when 'SUM' then sum(r.value) when 'COUNT' then count(*)::float8 when 'AVG' then avg(r.value)
        when 'MAX' then max(r.value) when 'MIN' then min(r.value)
        else (array_agg(r.value order by r.observed_on desc, r.created_at desc))[1]
      end as value
    from cond join ${records} r
      on r.kind = cond.indicator::${kind}
     and r.observed_on <= ${params.add(asOf, "date")}
     and r.observed_on > ${params.add(asOf, "date")} - cond.window_days
    group by cond.rule_key, cond.ord, cond.aggregate, r.person_id
  ),
  checked as (
    select m.rule_key, m.ord, m.person_id, m.value, cond.indicator, cond.aggregate, cond.operator, cond.threshold, cond.window_days,
      case cond.operator
        when 'GT' then m.value > cond.threshold when 'GTE' then m.value >= cond.threshold
        when 'LT' then m.value < cond.threshold else m.value <= cond.threshold
      end as holds
    from measured m join cond on cond.rule_key = m.rule_key and cond.ord = m.ord
  ),
  -- Which (rule, student) pairs meet every condition, decided before any evidence is written:
  -- most measured pairs do not fire, and building their evidence would be wasted work.
  passing as (
    select c.rule_key, c.person_id
    from checked c join wanted w on w.rule_key = c.rule_key
    group by c.rule_key, c.person_id, w.n
    having bool_and(c.holds) and count(*) = w.n
  ),
  fired as (
    select c.rule_key, c.person_id,
      jsonb_agg(jsonb_build_object(
        'indicator', (names.n->'indicator'->>c.indicator) || (names.n->'aggregate'->>c.aggregate) || '（近' || c.window_days || '天）',
        'value', ${shown("c.value")},
        'threshold', (names.n->'operator'->>c.operator) || ' ' || ${shown("c.threshold")}
      ) order by c.ord) as evidence,
      jsonb_object_agg(c.indicator, ${shown("c.value")}) || jsonb_build_object('windowDays', max(c.window_days)::text) as vals
    from checked c join passing p on p.rule_key = c.rule_key and p.person_id = c.person_id cross join names
    group by c.rule_key, c.person_id
  )`;
}

/** `template` with its {NAME} placeholders replaced by the values in the jsonb `vals` (unknown ones kept). */
export function filledTemplate(template: string, vals: string): string {
  return `(select string_agg(case when t.m[2] is not null then coalesce(${vals}->>t.m[2], t.m[1]) else t.m[3] end, '' order by t.ord)
     from regexp_matches(${template}, '(\\{([A-Za-z_]+)\\})|([^{]+|\\{)', 'g') with ordinality as t(m, ord))`;
}
