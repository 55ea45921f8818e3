import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { groupConnectionLoader, label } from "@campus/subgraph/data";
import { EvaluationScheme } from "./evaluation-scheme.entity";
import { GrowthEvent } from "./growth-event.entity";
import type { GrowthEventRepository } from "./growth-event.repository";
import type { GrowthDomain } from "./growth.enums";

export function growthLoaders(em: EntityManager) {
  return {
    /**
     * Pages of growth records, newest first by (occurredOn, id), with the domain and term filters,
     * each with its total: one statement for all the people of a tick.
     */
    growthPage: groupConnectionLoader(em, GrowthEvent, "personId", "occurredOn", "desc"),

    /**
     * Points per domain of each (person, term), for any number of people and terms in one
     * aggregate statement. Keys are "<personId>|<term>"; domains without events are absent.
     */
    termPoints: new DataLoader<string, Map<GrowthDomain, number>>(async (keys) => {
      const pairs = keys.map((key) => key.split("|") as [string, string]);
      const rows = await em
        .getRepository<GrowthEvent, GrowthEventRepository>(GrowthEvent)
        .termPoints(pairs);
      const points = new Map<string, Map<GrowthDomain, number>>(
        keys.map((key) => [key, new Map()]),
      );
      for (const row of rows)
        points.get(`${row.person_id}|${row.term}`)?.set(row.domain, row.points);
      return keys.map((key) => points.get(key) ?? new Map<GrowthDomain, number>());
    }),

    /** Each term's scheme, or null when it has none: one statement for all the terms of a tick. */
    evaluationScheme: new DataLoader<string, EvaluationScheme | null>(async (terms) => {
      const schemes = await em.find(
        EvaluationScheme,
        { term: { $in: [...terms] } },
        { comments: label("evaluation.evaluationSchemes") },
      );
      const byTerm = new Map(schemes.map((scheme) => [scheme.term, scheme]));
      return terms.map((term) => byTerm.get(term) ?? null);
    }),
  };
}
