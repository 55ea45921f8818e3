import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { groupCountLoader, groupPageLoader, pgArray, table } from "@campus/subgraph/data";
import { EvaluationScheme } from "./evaluation-scheme.entity";
import { GrowthEvent } from "./growth-event.entity";
import type { GrowthDomain } from "./growth.enums";

export function growthLoaders(em: EntityManager) {
  return {
    /** Pages of growth records, newest first by (occurredOn, id), with the domain and term filters. */
    growthPage: groupPageLoader(em, GrowthEvent, "personId", "occurredOn", "desc"),
    growthCount: groupCountLoader(em, GrowthEvent, "personId"),

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
        [pgArray(pairs.map(([id]) => id)), pgArray(pairs.map(([, term]) => term))],
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
