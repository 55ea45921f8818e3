import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId, table, type Cursor } from "@campus/subgraph";
import { EvaluationScheme } from "./evaluation-scheme.entity";
import { GrowthEvent } from "./growth-event.entity";
import type { GrowthDomain } from "./growth.enums";

/** Which of a person's events: all, or one domain and/or one term. */
export interface GrowthFilter {
  domain: GrowthDomain | null;
  term: string | null;
}

export interface GrowthPageKey extends GrowthFilter {
  personId: string;
  limit: number;
  after: Cursor | null;
}

/** `and ...` conditions on alias t for a filter, with their parameters. */
function filterSql(filter: GrowthFilter): { sql: string; params: unknown[] } {
  let sql = "";
  const params: unknown[] = [];
  if (filter.domain) {
    sql += " and t.domain::text = ?";
    params.push(filter.domain);
  }
  if (filter.term) {
    sql += " and t.term = ?";
    params.push(filter.term);
  }
  return { sql, params };
}

/** A uuid[] literal: knex would expand a JS array into one parameter per element. */
const uuidArray = (ids: readonly string[]) => `{${[...new Set(ids.filter(isId))].join(",")}}`;

/** Groups keys by everything but the person, so each group is one statement over many people. */
function byShape<K extends { personId: string }>(keys: readonly K[], shape: (key: K) => string): Map<string, { key: K; personIds: string[] }> {
  const groups = new Map<string, { key: K; personIds: string[] }>();
  for (const key of keys) {
    const group = groups.get(shape(key)) ?? { key, personIds: [] };
    group.personIds.push(key.personId);
    groups.set(shape(key), group);
  }
  return groups;
}

const filterShape = (key: GrowthFilter) => JSON.stringify([key.domain, key.term]);
const pageShape = (key: GrowthPageKey) => JSON.stringify([key.domain, key.term, key.limit, key.after]);

export function growthLoaders(em: EntityManager) {
  return {
    /**
     * Pages of growth records, newest first by (occurredOn, id), for all the people of a request
     * tick: one LATERAL statement per distinct filter and page (in practice one), read from the
     * (person_id, occurred_on, id) index. Like groupPageLoader, with the domain and term filters.
     */
    growthPage: new DataLoader<GrowthPageKey, GrowthEvent[], string>(
      async (keys) => {
        const pages = new Map<string, GrowthEvent[]>();
        for (const [shape, { key, personIds }] of byShape(keys, pageShape)) {
          const filter = filterSql(key);
          const params: unknown[] = [uuidArray(personIds), ...filter.params];
          let after = "";
          if (key.after) {
            after = " and (t.occurred_on, t.id) < (?::date, ?::uuid)";
            params.push(key.after.sortValue, key.after.id);
          }
          params.push(key.limit);
          const rows: Record<string, unknown>[] = await em.getConnection().execute(
            `select x.* from unnest(?::uuid[]) as g(id) cross join lateral ` +
              `(select t.* from ${table(em, GrowthEvent)} as t where t.person_id = g.id${filter.sql}${after} order by t.occurred_on desc, t.id desc limit ?) as x`,
            params,
          );
          for (const row of rows) {
            const at = `${shape}|${row.person_id as string}`;
            const page = pages.get(at) ?? [];
            page.push(em.map(GrowthEvent, row));
            pages.set(at, page);
          }
        }
        return keys.map((key) => pages.get(`${pageShape(key)}|${key.personId}`) ?? []);
      },
      { cacheKeyFn: (key) => JSON.stringify([key.personId, key.domain, key.term, key.limit, key.after]) },
    ),

    /** How many growth records each person has under a filter: one GROUP BY per distinct filter. */
    growthCount: new DataLoader<GrowthFilter & { personId: string }, number, string>(
      async (keys) => {
        const counts = new Map<string, number>();
        for (const [shape, { key, personIds }] of byShape(keys, filterShape)) {
          const filter = filterSql(key);
          const rows: { person_id: string; n: number }[] = await em
            .getConnection()
            .execute(`select t.person_id, count(*)::int as n from ${table(em, GrowthEvent)} as t where t.person_id = any(?::uuid[])${filter.sql} group by 1`, [
              uuidArray(personIds),
              ...filter.params,
            ]);
          for (const row of rows) counts.set(`${shape}|${row.person_id}`, row.n);
        }
        return keys.map((key) => counts.get(`${filterShape(key)}|${key.personId}`) ?? 0);
      },
      { cacheKeyFn: (key) => JSON.stringify([key.personId, key.domain, key.term]) },
    ),

    /**
     * Points per domain of each (person, term), for any number of people and terms in one
     * aggregate statement. Keys are "<personId>|<term>"; domains without events are absent.
     */
    termPoints: new DataLoader<string, Map<GrowthDomain, number>>(async (keys) => {
      const pairs = keys.map((key) => key.split("|") as [string, string]);
      const rows: { person_id: string; term: string; domain: GrowthDomain; points: number }[] = await em.getConnection().execute(
        `select t.person_id, t.term, t.domain::text as domain, sum(t.points)::float8 as points
         from ${table(em, GrowthEvent)} as t
         join unnest(?::uuid[], ?::text[]) as k(person_id, term) on t.person_id = k.person_id and t.term = k.term
         group by 1, 2, 3`,
        [`{${pairs.map(([id]) => id).join(",")}}`, `{${pairs.map(([, term]) => `"${term}"`).join(",")}}`],
      );
      const points = new Map<string, Map<GrowthDomain, number>>(keys.map((key) => [key, new Map()]));
      for (const row of rows) points.get(`${row.person_id}|${row.term}`)?.set(row.domain, row.points);
      return keys.map((key) => points.get(key)!);
    }),

    /** Each term's scheme, or null when it has none: one statement for all the terms of a tick. */
    evaluationScheme: new DataLoader<string, EvaluationScheme | null>(async (terms) => {
      const schemes = await em.find(EvaluationScheme, { term: { $in: [...terms] } });
      const byTerm = new Map(schemes.map((scheme) => [scheme.term, scheme]));
      return terms.map((term) => byTerm.get(term) ?? null);
    }),
  };
}
