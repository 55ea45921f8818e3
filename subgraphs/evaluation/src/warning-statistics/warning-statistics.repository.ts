import type { EntityManager } from "@mikro-orm/postgresql";
import { CAMPUS_TIME_ZONE } from "@campus/subgraph";
import { pgArray, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { Warning } from "../warning/warning.entity";
import { WarningCategory, WarningStatus } from "../warning/warning.enums";
import { WarningTransition } from "../warning/warning-transition.entity";

/** Students as the statement takes them: everyone ("all"), or these ids. */
export type Students = "all" | readonly string[];

/**
 * The warnings a cell of the statement counts: the caller's visible warnings (the `warnings` row
 * rule: `anyone` for every category but MENTAL_HEALTH, `mentalHealth` for that one), with `care`
 * the students the caller holds CARE for.
 */
export interface VisibleWarnings {
  anyone: Students;
  mentalHealth: Students;
  care: Students;
}

/** One question: a range, over the caller's visible warnings, or over these members' only. */
export interface StatisticsQuestion {
  from: Date;
  to: Date;
  /** null: the caller's visible warnings (the statement's `visible`); else (student, counts MENTAL_HEALTH, holds CARE) rows. */
  members: readonly { id: string; mentalHealth: boolean; care: boolean }[] | null;
}

/**
 * A row of the statistics statement, for question `cell`: a month (`month` set), a category or a
 * level (its `by_` is 0), or the totals (all three unset).
 */
export interface StatisticsRow {
  cell: number;
  month: string | null;
  category: string | null;
  level: string | null;
  by_category: number;
  by_level: number;
  students: number;
  raised: number;
  handled: number;
  closed: number;
  overdue: number;
  /** Some student of the cell is one the caller does not hold CARE for. */
  outside_care: boolean | null;
  median_hours: number | null;
  mean_hours: number | null;
}

/** [everyone?, ids] for a `(?::boolean or x = any(?::uuid[]))` test. */
function anyOf(students: Students): [boolean, string] {
  return students === "all" ? [true, "{}"] : [false, uuidArray(students)];
}

/**
 * The statistics statement reads warnings and their history, by questions of several shapes, so
 * it is a repository of its own: SQL here, policy in WarningStatisticsService.
 */
export class WarningStatisticsRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Every question's figures in ONE statement, however many questions (units) and warnings: the
   * questions travel as arrays (index, from, to, visible), the members of unit questions as
   * (index, student, counts MENTAL_HEALTH, holds CARE) arrays through unnest; grouping sets give
   * the totals, categories and levels at once, and generate_series every month of each range in
   * campus time, left-joined to its figures so empty months are rows of zeros.
   */
  figures(
    questions: readonly StatisticsQuestion[],
    visible: VisibleWarnings,
    now: Date,
  ): Promise<StatisticsRow[]> {
    const em = this.em;
    const cells: number[] = [];
    const froms: string[] = [];
    const tos: string[] = [];
    const isVisible: boolean[] = [];
    const memberCells: number[] = [];
    const memberIds: string[] = [];
    const memberMental: boolean[] = [];
    const memberCare: boolean[] = [];
    questions.forEach((question, cell) => {
      cells.push(cell);
      froms.push(question.from.toISOString());
      tos.push(question.to.toISOString());
      isVisible.push(question.members === null);
      for (const member of question.members ?? []) {
        memberCells.push(cell);
        memberIds.push(member.id);
        memberMental.push(member.mentalHealth);
        memberCare.push(member.care);
      }
    });
    const zone = `'${CAMPUS_TIME_ZONE}'`;
    const closedStatus = `'${WarningStatus.CLOSED}'`;
    const mentalCategory = `'${WarningCategory.MENTAL_HEALTH}'`;
    const warningColumns = `w.id, w.person_id, w.category, w.level, w.status, w.due_at, w.raised_at, w.closed_at`;
    return selectRows<StatisticsRow>(
      em,
      "evaluation.warningStatistics",
      `with k as (
         select * from unnest(?::int[], ?::timestamptz[], ?::timestamptz[], ?::boolean[]) as k(cell, from_at, to_at, visible)
       ),
       m as (
         select * from unnest(?::int[], ?::uuid[], ?::boolean[], ?::boolean[]) as m(cell, person_id, mental_health, care)
       ),
       counted as (
         -- The caller's visible warnings: the row rule of WarningService.visibleWhere.
         select k.cell, ${warningColumns}, (?::boolean or w.person_id = any(?::uuid[])) as care
           from k join ?? as w on w.raised_at >= k.from_at and w.raised_at < k.to_at
          where k.visible
            and case when w.category = ${mentalCategory} then (?::boolean or w.person_id = any(?::uuid[]))
                     else (?::boolean or w.person_id = any(?::uuid[])) end
         union all
         -- A unit's members' warnings; the members are already those the caller sees.
         select k.cell, ${warningColumns}, m.care
           from k join m on m.cell = k.cell
           join ?? as w on w.person_id = m.person_id and w.raised_at >= k.from_at and w.raised_at < k.to_at
          where not k.visible and (w.category <> ${mentalCategory} or m.mental_health)
       ),
       timed as (
         select c.cell, c.person_id, c.category, c.level, c.status, c.due_at, c.care,
                to_char(c.raised_at at time zone ${zone}, 'YYYY-MM') as month,
                -- When it closed: closedAt, or for rows from before it was kept, the CLOSED step of its history.
                case when c.status = ${closedStatus} then
                  extract(epoch from coalesce(c.closed_at,
                    (select max(t.at) from ?? as t where t.warning_id = c.id and t.to_status = ${closedStatus})) - c.raised_at)::float8 / 3600
                end as hours
           from counted as c
       ),
       figures as (
         select cell, month, category::text as category, level::text as level,
                grouping(month)::int as by_month, grouping(category)::int as by_category, grouping(level)::int as by_level,
                count(distinct person_id)::int as students,
                count(*)::int as raised,
                (count(*) filter (where status <> 'OPEN'))::int as handled,
                (count(*) filter (where status = ${closedStatus}))::int as closed,
                (count(*) filter (where status <> ${closedStatus} and due_at <= ?::timestamptz))::int as overdue,
                bool_or(not care) as outside_care,
                percentile_cont(0.5) within group (order by hours) as median_hours,
                avg(hours) as mean_hours
           from timed
          group by grouping sets ((cell), (cell, month), (cell, category), (cell, level))
       ),
       months as (
         select k.cell, to_char(s, 'YYYY-MM') as month
           from k cross join lateral generate_series(
             date_trunc('month', k.from_at at time zone ${zone}),
             date_trunc('month', (k.to_at - interval '1 microsecond') at time zone ${zone}),
             interval '1 month') as s
       )
       select cell, null::text as month, category, level, by_category, by_level, students, raised, handled,
              closed, overdue, outside_care, median_hours, mean_hours
         from figures where by_month = 1
       union all
       select mo.cell, mo.month, null, null, 1, 1, coalesce(f.students, 0), coalesce(f.raised, 0),
              coalesce(f.handled, 0), coalesce(f.closed, 0), coalesce(f.overdue, 0), f.outside_care,
              f.median_hours, f.mean_hours
         from months as mo left join figures as f on f.cell = mo.cell and f.month = mo.month and f.by_month = 0
       order by 1, 2`,
      [
        pgArray(cells),
        pgArray(froms),
        pgArray(tos),
        pgArray(isVisible),
        pgArray(memberCells),
        pgArray(memberIds),
        pgArray(memberMental),
        pgArray(memberCare),
        ...anyOf(visible.care),
        tableName(em, Warning),
        ...anyOf(visible.mentalHealth),
        ...anyOf(visible.anyone),
        tableName(em, Warning),
        tableName(em, WarningTransition),
        now,
      ],
    );
  }
}
