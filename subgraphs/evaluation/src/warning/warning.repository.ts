import { EntityRepository, raw, type EntityData, type FilterQuery } from "@mikro-orm/postgresql";
import { CAMPUS_TIME_ZONE } from "@campus/subgraph";
import {
  column,
  enumTypeName,
  label,
  paginate,
  paginateOrdered,
  pgArray,
  selectRows,
  tableName,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { WarningEscalation } from "./warning-escalation.entity";
import { Notification } from "../notification/notification.entity";
import { NotificationKind } from "../notification/notification.enums";
import type { WarningQueueSummary } from "./warning-queue.type";
import { dueAtSql, nextTierSql } from "./warning.deadlines";
import { Warning } from "./warning.entity";
import { WarningCategory, WarningStatus } from "./warning.enums";

const { CLOSED } = WarningStatus;

/** The groups of students a batch of unit lists is over, joined to the warnings (alias w). */
const AMONG_JOIN = `join unnest(?::int[], ?::uuid[]) as m(grp, person_id) on m.person_id = w.person_id`;

/** A row of the grid counts: totals per grid (all three `by_` set), or one breakdown (its `by_` is 0). */
export interface GridWarningRow {
  grid: number;
  level: string | null;
  category: string | null;
  status: string | null;
  by_level: number;
  by_category: number;
  by_status: number;
  warnings: number;
  students: number;
  overdue: number;
}

export class WarningRepository extends EntityRepository<Warning> {
  /** Warnings matching `where`, by raisedAt, a page at a time. */
  page(where: FilterQuery<Warning>, args: PageArgs): Promise<Connection<Warning>> {
    return paginate(this.getEntityManager(), Warning, where, args, "raisedAt");
  }

  /** The work queue: warnings matching `where` that have a due time (not CLOSED), soonest due first. */
  duePage(where: FilterQuery<Warning>, args: PageArgs): Promise<Connection<Warning>> {
    return paginateOrdered(
      this.getEntityManager(),
      Warning,
      { $and: [where, { status: { $ne: CLOSED }, dueAt: { $ne: null } }] },
      args,
      "dueAt",
      "asc",
    );
  }

  /** The queue's head counts over the warnings matching `where`, in one statement. */
  async queueCounts(
    where: FilterQuery<Warning>,
    me: string | null,
    now: Date,
  ): Promise<WarningQueueSummary> {
    const open = `w.status <> 'CLOSED'`;
    const endOfToday = `((date_trunc('day', ?::timestamptz at time zone '${CAMPUS_TIME_ZONE}') + interval '1 day') at time zone '${CAMPUS_TIME_ZONE}')`;
    const row = await this.createQueryBuilder("w")
      .comment(label("evaluation.warningQueue"))
      .select([
        raw(`count(*) filter (where ${open})::int as "open"`),
        raw(`count(*) filter (where ${open} and w.assignee_id = ?::uuid)::int as "assignedToMe"`, [
          me,
        ]),
        raw(`count(*) filter (where ${open} and w.due_at <= ?::timestamptz)::int as "overdue"`, [
          now,
        ]),
        raw(
          `count(*) filter (where ${open} and w.due_at > ?::timestamptz and w.due_at < ${endOfToday})::int as "dueToday"`,
          [now, now],
        ),
      ])
      .where(where)
      .execute<WarningQueueSummary>("get", false);
    return row;
  }

  /**
   * Counts of warnings not yet closed for (grid, resident, counts MENTAL_HEALTH) triples given as
   * three parallel arrays: one statement, grouping sets giving the totals and each breakdown.
   */
  openCountsByGrid(
    grids: number[],
    people: string[],
    mental: boolean[],
  ): Promise<GridWarningRow[]> {
    const em = this.getEntityManager();
    return selectRows<GridWarningRow>(
      em,
      "evaluation.gridWarningCounts",
      `select m.grid, w.level, w.category, w.status, ` +
        `grouping(w.level)::int as by_level, grouping(w.category)::int as by_category, grouping(w.status)::int as by_status, ` +
        // Overdue: the current stage is past its due time (due_at is null only once CLOSED).
        `count(*)::int as warnings, count(distinct w.person_id)::int as students, count(*) filter (where w.?? < now())::int as overdue ` +
        `from unnest(?::int[], ?::uuid[], ?::boolean[]) as m(grid, person_id, mental_health) ` +
        `join ?? as w on w.person_id = m.person_id ` +
        `where w.status <> ? and (w.category <> ? or m.mental_health) ` +
        `group by grouping sets ((m.grid), (m.grid, w.level), (m.grid, w.category), (m.grid, w.status))`,
      [
        column(em, Warning, "dueAt" satisfies keyof Warning).name,
        pgArray(grids),
        pgArray(people),
        pgArray(mental),
        tableName(em, Warning),
        WarningStatus.CLOSED,
        WarningCategory.MENTAL_HEALTH,
      ],
    );
  }

  /**
   * Pages of the warnings matching `where` of many groups of students at once (the students of
   * several units, as parallel arrays of group index and student): each group's first `limit`
   * rows by (`sort`, id), with the group's index. One statement, `where` built by the ORM from the
   * same filter as the root list, so a unit's list holds exactly the list's rows of its students.
   */
  async pagesAmong(
    where: FilterQuery<Warning>,
    groups: number[],
    students: string[],
    sort: "raisedAt" | "dueAt",
    limit: number,
  ): Promise<{ group: number; warning: Warning }[]> {
    const em = this.getEntityManager();
    const knex = em.getKnex();
    const inner = this.createQueryBuilder("w").select("*").where(where).getKnexQuery();
    inner
      .joinRaw(AMONG_JOIN, [pgArray(groups), pgArray(students)])
      .select(
        knex.raw(`m.grp as "among_group"`),
        knex.raw(
          `row_number() over (partition by m.grp order by ?? asc, w.id asc) as "among_rank"`,
          [`w.${column(em, Warning, sort).name}`],
        ),
      );
    const { sql, bindings } = inner.toSQL();
    const rows = await selectRows<
      { among_group: number; among_rank: string } & EntityData<Warning>
    >(
      em,
      "evaluation.warningPagesAmong",
      `select * from (${sql}) as x where x.among_rank <= ? order by x.among_group, x.among_rank`,
      [...bindings, limit],
    );
    return rows.map(({ among_group, among_rank: _, ...row }) => ({
      group: among_group,
      warning: em.map(Warning, row),
    }));
  }

  /** How many warnings match `where` for each group of students (as in pagesAmong): one statement. */
  async countsAmong(
    where: FilterQuery<Warning>,
    groups: number[],
    students: string[],
  ): Promise<Map<number, number>> {
    const em = this.getEntityManager();
    const knex = em.getKnex();
    const inner = this.createQueryBuilder("w").select("*").where(where).getKnexQuery();
    inner
      .clearSelect()
      .joinRaw(AMONG_JOIN, [pgArray(groups), pgArray(students)])
      .select(knex.raw(`m.grp as "among_group"`), knex.raw(`count(*)::int as "n"`))
      .groupByRaw("m.grp");
    const { sql, bindings } = inner.toSQL();
    const rows = await selectRows<{ among_group: number; n: number }>(
      em,
      "evaluation.warningCountsAmong",
      sql,
      bindings,
    );
    return new Map(rows.map((row) => [row.among_group, row.n]));
  }

  /** The warning as it is now (not as this request has it), for a workflow step to check and change. */
  fresh(id: string): Promise<Warning | null> {
    return this.findOne({ id }, { refresh: true, comments: label("evaluation.warningForStep") });
  }

  /**
   * Moves every warning whose due time has passed by `at` one level up, records the missed due
   * time and restarts its stage's clock from `at`: one statement, the UPDATE ... RETURNING feeding
   * the INSERT of escalation rows; rows locked and re-checked (FOR UPDATE). Answers how many moved.
   */
  async escalateOverdue(at: Date): Promise<number> {
    const em = this.getEntityManager();
    const warnings = tableName(em, Warning);
    const rows = await selectRows<{ escalated: number }>(
      em,
      "evaluation.escalateOverdueWarnings",
      `with overdue as (
         select id, escalation_tier, due_at from ??
         where status <> 'CLOSED' and due_at <= ?::timestamptz
         for update
       ), moved as (
         update ?? as w
         set escalation_tier = ${nextTierSql("o.escalation_tier")}::??,
             due_at = ${dueAtSql("w.status", "w.level", "?::timestamptz")},
             updated_at = now()
         from overdue as o
         where w.id = o.id
         returning w.id, w.assignee_id, o.escalation_tier as from_tier, w.escalation_tier as to_tier, w.status as stage, o.due_at as missed
       ), recorded as (
         insert into ?? (id, warning_id, from_tier, to_tier, stage, at, due_at)
         select gen_random_uuid(), id, from_tier, to_tier, stage, ?::timestamptz, missed from moved
         on conflict (warning_id, due_at) do nothing
         returning 1
       ), noticed as (
         insert into ?? (id, created_at, updated_at, recipient_id, kind, at, warning_id)
         select gen_random_uuid(), now(), now(), assignee_id, ?::??, ?::timestamptz, id
         from moved where assignee_id is not null
         returning 1
       )
       select count(*)::int as escalated from moved`,
      [
        warnings,
        at,
        warnings,
        enumTypeName(em, Warning, "escalationTier"),
        at,
        tableName(em, WarningEscalation),
        at,
        // The one working it is told (ESCALATED), in the same statement.
        tableName(em, Notification),
        NotificationKind.ESCALATED,
        enumTypeName(em, Notification, "kind"),
        at,
      ],
    );
    return rows[0]?.escalated ?? 0;
  }
}
