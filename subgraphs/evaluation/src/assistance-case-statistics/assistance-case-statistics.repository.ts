import type { EntityManager } from "@mikro-orm/postgresql";
import { CAMPUS_TIME_ZONE } from "@campus/subgraph";
import { enumTypeName, pgArray, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseStatus, CaseKind } from "../assistance-case/assistance-case.enums";
import {
  OPEN_MEASURE_STATUSES,
  TIERS_BY_LATENESS,
} from "../assistance-case/assistance-case.workflow";
import type { CaseRowScope } from "../assistance-case/case-access";
import { CaseMeasure } from "../assistance-case/case-measure.entity";
import { TaskForceMember } from "../assistance-case/task-force-member.entity";

/** A piece of SQL and its `?` / `??` parameters, in order. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/**
 * Which figures each counted case goes into. `units` answers `(unit int)`: one row per set of
 * figures; `cases` answers `(unit int, ...)` plus every column of the `in_range` CTE (the cases
 * the caller may see, opened in the range), one row per case and set of figures it counts in;
 * `overdue` is a join on the case aliased `c` of the overdue measures that brings `u.unit`, the
 * set of figures the measure counts in. The caller's whole scope is one set (WHOLE_SCOPE); units
 * are one set each (unitsOf), every figure, year and suppression flag then per unit.
 */
export interface CountedCases {
  units: SqlPart;
  cases: SqlPart;
  overdue: SqlPart;
}

export const WHOLE_SCOPE: CountedCases = {
  units: { sql: `select 0 as unit`, params: [] },
  cases: { sql: `select 0 as unit, r.* from in_range as r`, params: [] },
  overdue: { sql: `cross join (select 0 as unit) as u`, params: [] },
};

/**
 * Units as sets of figures: unit `i` (0 to count - 1) counts the cases of the students paired with
 * it in (`units`[k], `students`[k]: ids already checked), through unnest, so any number of units
 * is one statement.
 */
export function unitsOf(count: number, units: number[], students: string[]): CountedCases {
  // pgArray, not uuidArray: a student of two units is paired twice, so repeats must stay.
  const members = [pgArray(units), pgArray(students)];
  return {
    units: {
      sql: `select * from generate_series(0, ?::int - 1) as s(unit)`,
      params: [count],
    },
    cases: {
      sql: `select u.unit, r.* from unnest(?::int[], ?::uuid[]) as u(unit, person_id) join in_range as r on r.person_id = u.person_id`,
      params: members,
    },
    overdue: {
      sql: `join unnest(?::int[], ?::uuid[]) as u(unit, person_id) on u.person_id = c.person_id`,
      params: members,
    },
  };
}

/** What is counted, decided by the service: the case row rule and the students each purpose holds for. */
export interface CaseFiguresQuery {
  scope: CaseRowScope;
  /** Students the caller holds CARE for ("all", or ids): outside them, small cells are suppressed. */
  care: "all" | readonly string[];
  /** Students the caller holds FINANCIAL for: only their cases count by grade. */
  financial: "all" | readonly string[];
  from: Date;
  to: Date;
  /** The campus date measures are overdue by. */
  today: string;
}

/**
 * One row of the answer. `dimension` says which breakdown (`total`, `year`, `kind`, `grade`,
 * `status`, or `overdue` for the measures by tier) and `key` its value; `care` is whether the
 * caller holds CARE for every student of the cell (true for an empty one). For `overdue`, the
 * count is in `opened`.
 */
export interface CaseFiguresRow {
  dimension: "total" | "year" | "kind" | "grade" | "status" | "overdue";
  key: string | null;
  unit: number;
  students: number;
  opened: number;
  graded: number;
  assisted: number;
  closed: number;
  care: boolean;
}

/**
 * Figures over assistance cases. The statistics read across cases, task forces and measures, so
 * they belong to no one entity's repository: SQL here, policy (suppression, validation) in the
 * service.
 */
export class AssistanceCaseStatisticsRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Every figure of the statistics in one statement, however many cases: the cases the caller may
   * see (the assistanceCases row rule, task forces included, in SQL), opened in [from, to), in
   * grouping sets for the total and each breakdown; every campus year of the range from
   * generate_series, zeros included; and the measures overdue today by the tier their lateness has
   * reached.
   */
  figures(query: CaseFiguresQuery, counted: CountedCases = WHOLE_SCOPE): Promise<CaseFiguresRow[]> {
    const em = this.em;
    const params: unknown[] = [];
    /** Appends a part's parameters and answers its text, so text and parameters stay in order. */
    const part = (p: SqlPart): string => {
      params.push(...p.params);
      return p.sql;
    };
    /** Appends values for the `?` / `??` just written. */
    const bind = (...values: unknown[]) => void params.push(...values);

    const closed = AssistanceCaseStatus.CLOSED;
    const reachedAssisting = [
      AssistanceCaseStatus.ASSISTING,
      AssistanceCaseStatus.REVIEWED,
      AssistanceCaseStatus.CLOSED,
    ];

    let text = `with in_range as (select c.id, c.person_id, c.kind::text as kind, c.status::text as status, `;
    // The grade counts only where the caller holds FINANCIAL; `graded` whoever holds it.
    text += `case when ?::boolean or c.person_id = any(?::uuid[]) then c.confirmed_grade::text end as grade, `;
    bind(...anyOf(query.financial));
    text += `c.confirmed_grade is not null as graded, `;
    text += `(?::boolean or c.person_id = any(?::uuid[])) as care, `;
    bind(...anyOf(query.care));
    text += `extract(year from c.opened_at at time zone ?)::int as year `;
    bind(CAMPUS_TIME_ZONE);
    text += `from ?? as c where `;
    bind(tableName(em, AssistanceCase));
    text += part(visibleCase("c", query.scope, em));
    text += ` and c.opened_at >= ?::timestamptz and c.opened_at < ?::timestamptz), `;
    bind(query.from, query.to);
    text += `units as (${part(counted.units)}), counted as (${part(counted.cases)}), `;
    text +=
      `cells as (select unit, year, kind, grade, status, ` +
      `grouping(year)::int as by_year, grouping(kind)::int as by_kind, grouping(grade)::int as by_grade, grouping(status)::int as by_status, ` +
      `count(distinct person_id)::int as students, count(*)::int as opened, ` +
      `count(*) filter (where graded)::int as graded, ` +
      `count(*) filter (where status = any(?::text[]))::int as assisted, ` +
      `count(*) filter (where status = ?)::int as closed, ` +
      `bool_and(care) as care ` +
      `from counted group by grouping sets ((unit), (unit, year), (unit, kind), (unit, grade), (unit, status))), `;
    bind(pgArray(reachedAssisting), closed);
    // [from, to): the last year is that of the last instant before `to`, on campus.
    text +=
      `years as (select y.year from generate_series(` +
      `extract(year from ?::timestamptz at time zone ?)::int, ` +
      `extract(year from (?::timestamptz - interval '1 microsecond') at time zone ?)::int) as y(year)), `;
    bind(query.from, CAMPUS_TIME_ZONE, query.to, CAMPUS_TIME_ZONE);
    // Lateness in days on campus; each overdue measure at the highest tier it has reached.
    const tiers = TIERS_BY_LATENESS.map(() => `when ?::date - m.due_on >= ? then ?`).join(" ");
    text += `overdue as (select u.unit, case ${tiers} end as tier, count(*)::int as measures `;
    for (const { tier, days } of TIERS_BY_LATENESS) bind(query.today, days, tier);
    text += `from ?? as m join ?? as c on c.id = m.case_id `;
    bind(tableName(em, CaseMeasure), tableName(em, AssistanceCase));
    text += `${part(counted.overdue)} `;
    text += `where m.status = any(?::text[]::??[]) and m.due_on < ?::date and c.status <> ? `;
    bind(
      pgArray(OPEN_MEASURE_STATUSES),
      enumTypeName(em, CaseMeasure, "status"),
      query.today,
      closed,
    );
    text += `and ${part(visibleCase("c", query.scope, em))} group by 1, 2) `;
    text +=
      `select case when by_kind = 0 then 'kind' when by_grade = 0 then 'grade' when by_status = 0 then 'status' else 'total' end as dimension, ` +
      `coalesce(kind, grade, status) as key, unit, students, opened, graded, assisted, closed, care ` +
      `from cells where by_year = 1 and not (by_grade = 0 and grade is null) ` +
      `union all ` +
      `select 'year', y.year::text, u.unit, coalesce(c.students, 0), coalesce(c.opened, 0), coalesce(c.graded, 0), ` +
      `coalesce(c.assisted, 0), coalesce(c.closed, 0), coalesce(c.care, true) ` +
      `from units as u cross join years as y left join cells as c on c.by_year = 0 and c.unit = u.unit and c.year = y.year ` +
      `union all ` +
      `select 'overdue', tier, unit, 0, measures, 0, 0, 0, true from overdue where tier is not null ` +
      `order by 1, 3, 2`;
    return selectRows<CaseFiguresRow>(em, "evaluation.assistanceCaseStatistics", text, params);
  }
}

/**
 * The assistanceCases row rule (CaseAccess: its `rowScope`, as `visibleWhere` applies it to the
 * list) as a condition on the case aliased `c`: a case of any kind but MENTAL_HEALTH of a student
 * seen through a role other than task_force_member (or the caller's own); a MENTAL_HEALTH case of
 * a student the caller holds MENTAL_HEALTH for; or one the caller serves on among the students
 * their task-force role covers, whatever its kind.
 */
function visibleCase(c: string, scope: CaseRowScope, em: EntityManager): SqlPart {
  if (scope.students === "all" && scope.mentalHealth === "all") return { sql: `true`, params: [] };
  const served = scope.taskForce
    ? {
        sql:
          ` or (${c}.person_id = any(?::uuid[]) and exists ` +
          `(select 1 from ?? as tf where tf.case_id = ${c}.id and tf.member_id = ?))`,
        params: [
          uuidArray(scope.taskForce.studentIds),
          tableName(em, TaskForceMember),
          scope.taskForce.memberId,
        ],
      }
    : { sql: "", params: [] };
  return {
    sql:
      `((${c}.kind::text <> ? and (?::boolean or ${c}.person_id = any(?::uuid[]))) ` +
      `or (${c}.kind::text = ? and (?::boolean or ${c}.person_id = any(?::uuid[])))${served.sql})`,
    params: [
      CaseKind.MENTAL_HEALTH,
      ...anyOf(scope.students),
      CaseKind.MENTAL_HEALTH,
      ...anyOf(scope.mentalHealth),
      ...served.params,
    ],
  };
}

/** The parameters of `(?::boolean or x = any(?::uuid[]))`: every student, or these. */
function anyOf(ids: "all" | readonly string[]): [boolean, string] {
  return ids === "all" ? [true, "{}"] : [false, uuidArray(ids)];
}
