import { EntityRepository } from "@mikro-orm/postgresql";
import { enumTypeName, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { WarningTransition } from "../warning/warning-transition.entity";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import type { CaseKind } from "../assistance-case/assistance-case.enums";
import { Warning } from "../warning/warning.entity";
import type { WarningCategory, WarningLevel } from "../warning/warning.enums";
import type { ResourceKind } from "./resource.enums";
import { Resource } from "./resource.entity";
import { ResourcePush } from "./resource-push.entity";
import { ResourceRule } from "./resource-rule.entity";

/** The words a push's reason is made of: "学业预警（橙色）", "帮扶个案（经济困难）". */
const LABELS = {
  category: {
    ACADEMIC: "学业预警",
    BEHAVIOUR: "行为预警",
    MENTAL_HEALTH: "心理健康预警",
    FINANCIAL: "经济预警",
    SAFETY: "安全预警",
  } satisfies Record<WarningCategory, string>,
  level: { YELLOW: "黄色", ORANGE: "橙色", RED: "红色" } satisfies Record<WarningLevel, string>,
  caseKind: {
    ECONOMIC: "经济困难",
    ACADEMIC: "学业困难",
    MENTAL_HEALTH: "心理困扰",
    FAMILY: "家庭困难",
    OTHER: "其他困难",
  } satisfies Record<CaseKind, string>,
};

/** One (resource kind, warning category, took it up) group of the outcome report. */
export interface OutcomeRow {
  kind: ResourceKind;
  category: WarningCategory;
  took_up: boolean;
  warnings: number;
  closed: number;
  median: number | null;
  mean: number | null;
}

export class ResourcePushRepository extends EntityRepository<ResourcePush> {
  /** Marks a push read (and taken up, with `uptake`), keeping the first times; answers the row's times as stored. */
  async touch(
    pushId: string,
    uptake: boolean,
    note: string | null,
  ): Promise<{ read_at: Date; uptake_at: Date | null; uptake_note: string | null } | undefined> {
    const em = this.getEntityManager();
    const rows = await selectRows<{
      read_at: Date;
      uptake_at: Date | null;
      uptake_note: string | null;
    }>(
      em,
      "evaluation.touchResourcePush",
      `update ?? set read_at = coalesce(read_at, now()),
         uptake_at = case when ?::boolean then coalesce(uptake_at, now()) else uptake_at end,
         uptake_note = case when ?::boolean then coalesce(?::text, uptake_note) else uptake_note end
       where id = ? returning read_at, uptake_at, uptake_note`,
      [tableName(em, ResourcePush), uptake, uptake, note, pushId],
    );
    return rows[0];
  }

  /** The matching statement of pushResourcesFor (resource-push.run.ts): one INSERT ... SELECT. Returns the new pushes. */
  async pushMatching(personIds: readonly string[] | undefined, asOf: Date): Promise<number> {
    const em = this.getEntityManager();
    const ids = personIds ? uuidArray(personIds) : null;
    const rule = tableName(em, ResourceRule);
    const resource = tableName(em, Resource);
    const rows = await selectRows<{ pushed: number }>(
      em,
      "evaluation.pushResources",
      `with p as (select ?::timestamptz as as_of, ?::uuid[] as ids, ?::jsonb as labels),
       matches (rule_id, resource_id, person_id, warning_id, warning_category, case_id, case_kind, reason, severity, since) as (
         select r.id, r.resource_id, w.person_id, w.id, w.category, null::uuid, null::??,
                (p.labels -> 'category' ->> w.category::text) || '（' || (p.labels -> 'level' ->> w.level::text) || '）',
                array_position(enum_range(null::??), w.level), w.raised_at
         from p, ?? r join ?? res on res.id = r.resource_id and res.active
         -- warning_level is declared YELLOW, ORANGE, RED: enum order is severity order.
         join ?? w on w.category = r.warning_category and w.level >= coalesce(r.min_level, 'YELLOW') and w.status <> 'CLOSED'
         where r.active and w.raised_at <= p.as_of and (p.ids is null or w.person_id = any(p.ids))
         union all
         select r.id, r.resource_id, c.person_id, null::uuid, null::??, c.id, c.kind,
                '帮扶个案（' || (p.labels -> 'caseKind' ->> c.kind::text) || '）', 0, c.opened_at
         from p, ?? r join ?? res on res.id = r.resource_id and res.active
         join ?? c on c.kind = r.case_kind and c.status <> 'CLOSED'
         where r.active and c.opened_at <= p.as_of and (p.ids is null or c.person_id = any(p.ids))
       ),
       chosen as (
         select distinct on (person_id, resource_id) * from matches
         order by person_id, resource_id, severity desc, since desc, rule_id
       ),
       pushed as (
         insert into ?? (id, resource_id, person_id, rule_id, warning_id, warning_category, assistance_case_id, case_kind, reason, pushed_at)
         select gen_random_uuid(), resource_id, person_id, rule_id, warning_id, warning_category, case_id, case_kind, reason, p.as_of
         from chosen, p
         on conflict (resource_id, person_id) do nothing
         returning 1
       )
       select count(*)::int as pushed from pushed`,
      [
        asOf,
        ids,
        JSON.stringify(LABELS),
        enumTypeName(em, AssistanceCase, "kind"),
        enumTypeName(em, Warning, "level"),
        rule,
        resource,
        tableName(em, Warning),
        enumTypeName(em, Warning, "category"),
        rule,
        resource,
        tableName(em, AssistanceCase),
        tableName(em, ResourcePush),
      ],
    );
    return rows[0]?.pushed ?? 0;
  }

  /**
   * The outcome report's figures for warnings raised in [from, to): one statement. `anyone` and
   * `mental` are the students whose warnings count (MENTAL_HEALTH ones by `mental`), as uuid[]
   * literals; null counts everyone.
   */
  outcomeRows(
    from: Date,
    to: Date,
    anyone: string | null,
    mental: string | null,
  ): Promise<OutcomeRow[]> {
    const em = this.getEntityManager();
    return selectRows<OutcomeRow>(
      em,
      "evaluation.resourceOutcomeReport",
      `with p as (select ?::timestamptz as from_at, ?::timestamptz as to_at, ?::uuid[] as anyone, ?::uuid[] as mental),
       raised as (
         select w.id, w.person_id, w.category, w.raised_at, w.status = 'CLOSED' as is_closed,
                -- When it closed: closedAt, or for rows from before it was kept, the CLOSED step of its history.
                case when w.status = 'CLOSED' then coalesce(w.closed_at, (select max(t.at) from ?? t where t.warning_id = w.id and t.to_status = 'CLOSED')) end as closed_at
         from ?? w, p
         where w.raised_at >= p.from_at and w.raised_at < p.to_at
           and case when w.category = 'MENTAL_HEALTH' then (p.mental is null or w.person_id = any(p.mental)) else (p.anyone is null or w.person_id = any(p.anyone)) end
       ),
       paired as (
         select r.kind, w.category, bool_or(x.uptake_at is not null) as took_up, w.is_closed, w.raised_at, w.closed_at
         from raised w join ?? x on x.person_id = w.person_id join ?? r on r.id = x.resource_id
         group by w.id, w.category, w.is_closed, w.raised_at, w.closed_at, r.kind
       ),
       timed as (select *, extract(epoch from closed_at - raised_at) / 86400 as days from paired)
       select kind, category, took_up, count(*)::int as warnings, (count(*) filter (where is_closed))::int as closed,
              percentile_cont(0.5) within group (order by days) as median, avg(days)::float8 as mean
       from timed group by kind, category, took_up order by kind, category, took_up`,
      [
        from,
        to,
        anyone,
        mental,
        tableName(em, WarningTransition),
        tableName(em, Warning),
        tableName(em, ResourcePush),
        tableName(em, Resource),
      ],
    );
  }
}
