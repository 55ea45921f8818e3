import type { EntityManager } from "@mikro-orm/postgresql";
import { table, uuidArray } from "@campus/subgraph/data";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { Warning } from "../warning/warning.entity";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { Resource } from "./resource.entity";
import { ResourcePush } from "./resource-push.entity";
import { ResourceRule } from "./resource-rule.entity";

/** The words a push's reason is made of: "学业预警（橙色）", "帮扶个案（经济困难）". */
const LABELS = {
  category: { ACADEMIC: "学业预警", BEHAVIOUR: "行为预警", MENTAL_HEALTH: "心理健康预警", FINANCIAL: "经济预警", SAFETY: "安全预警" } satisfies Record<WarningCategory, string>,
  level: { YELLOW: "黄色", ORANGE: "橙色", RED: "红色" } satisfies Record<WarningLevel, string>,
  caseKind: { ECONOMIC: "经济困难", ACADEMIC: "学业困难", MENTAL_HEALTH: "心理困扰", FAMILY: "家庭困难", OTHER: "其他困难" } satisfies Record<CaseKind, string>,
};

/**
 * Pushes every active resource to every student an active rule matches (an open warning of the
 * rule's category at or above its level, or an open case of its kind) as of `asOf`: one
 * INSERT ... SELECT however many students, never twice to the same student (unique index, ON
 * CONFLICT DO NOTHING). Of several matches the push names the most severe warning, the newest
 * first, else the newest case. `personIds` limits the run to those students: call it after
 * raising warnings or opening a case, so help arrives "in real time"; it runs in `em`'s
 * transaction when it has one. Returns the new pushes.
 */
export async function pushResourcesFor(em: EntityManager, personIds?: readonly string[], asOf: Date = new Date()): Promise<number> {
  if (personIds && personIds.length === 0) return 0;
  const ids = personIds ? uuidArray(personIds) : null;
  const schema = table(em, Warning).split(".")[0];
  const rule = table(em, ResourceRule);
  const resource = table(em, Resource);
  const rows: { pushed: number }[] = await em.getConnection().execute(
    `with p as (select ?::timestamptz as as_of, ?::uuid[] as ids, ?::jsonb as labels),
     matches (rule_id, resource_id, person_id, warning_id, warning_category, case_id, case_kind, reason, severity, since) as (
       select r.id, r.resource_id, w.person_id, w.id, w.category, null::uuid, null::${schema}."case_kind",
              (p.labels -> 'category' ->> w.category::text) || '（' || (p.labels -> 'level' ->> w.level::text) || '）',
              array_position(enum_range(null::${schema}."warning_level"), w.level), w.raised_at
       from p, ${rule} r join ${resource} res on res.id = r.resource_id and res.active
       -- warning_level is declared YELLOW, ORANGE, RED: enum order is severity order.
       join ${table(em, Warning)} w on w.category = r.warning_category and w.level >= coalesce(r.min_level, 'YELLOW') and w.status <> 'CLOSED'
       where r.active and w.raised_at <= p.as_of and (p.ids is null or w.person_id = any(p.ids))
       union all
       select r.id, r.resource_id, c.person_id, null::uuid, null::${schema}."warning_category", c.id, c.kind,
              '帮扶个案（' || (p.labels -> 'caseKind' ->> c.kind::text) || '）', 0, c.opened_at
       from p, ${rule} r join ${resource} res on res.id = r.resource_id and res.active
       join ${table(em, AssistanceCase)} c on c.kind = r.case_kind and c.status <> 'CLOSED'
       where r.active and c.opened_at <= p.as_of and (p.ids is null or c.person_id = any(p.ids))
     ),
     chosen as (
       select distinct on (person_id, resource_id) * from matches
       order by person_id, resource_id, severity desc, since desc, rule_id
     ),
     pushed as (
       insert into ${table(em, ResourcePush)} (id, resource_id, person_id, rule_id, warning_id, warning_category, assistance_case_id, case_kind, reason, pushed_at)
       select gen_random_uuid(), resource_id, person_id, rule_id, warning_id, warning_category, case_id, case_kind, reason, p.as_of
       from chosen, p
       on conflict (resource_id, person_id) do nothing
       returning 1
     )
     select count(*)::int as pushed from pushed`,
    [asOf, ids, JSON.stringify(LABELS)],
    "all",
    // Inside the caller's transaction when there is one, so it sees the warnings just raised.
    em.getTransactionContext(),
  );
  return rows[0]?.pushed ?? 0;
}
