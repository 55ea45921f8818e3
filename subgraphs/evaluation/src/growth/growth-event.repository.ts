import { EntityRepository } from "@mikro-orm/postgresql";
import { enumTypeName, pgArray, selectRows, tableName } from "@campus/subgraph/data";
import { GrowthEvent } from "./growth-event.entity";
import type { GrowthDomain } from "./growth.enums";

/** A checked growth event as the batch insert takes it. */
export interface GrowthEventRow {
  person_id: string;
  domain: GrowthDomain;
  kind: string;
  title: string;
  points: number;
  occurred_on: string;
  term: string;
  source_key: string;
}

export class GrowthEventRepository extends EntityRepository<GrowthEvent> {
  /** Inserts a batch in one statement (the rows travel as one jsonb parameter); an event already recorded is skipped. Answers the new ids. */
  async insertBatch(
    source: string,
    recordedById: string | null,
    now: Date,
    batch: GrowthEventRow[],
  ): Promise<string[]> {
    const em = this.getEntityManager();
    const rows = await selectRows<{ id: string }>(
      em,
      "evaluation.recordGrowthEvents",
      `insert into ?? (id, person_id, domain, kind, title, points, occurred_on, term, source, source_key, recorded_by_id, recorded_at)
       select gen_random_uuid(), r.person_id, r.domain::??, r.kind, r.title, r.points, r.occurred_on, r.term, ?, r.source_key, ?::uuid, ?::timestamptz
       from jsonb_to_recordset(?::jsonb)
         as r(person_id uuid, domain text, kind text, title text, points float8, occurred_on date, term text, source_key text)
       on conflict (source, source_key) do nothing
       returning id`,
      [
        tableName(em, GrowthEvent),
        enumTypeName(em, GrowthEvent, "domain"),
        source,
        recordedById,
        now.toISOString(),
        JSON.stringify(batch),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** Points per domain of each (person, term) pair, in one aggregate statement. */
  termPoints(
    pairs: [personId: string, term: string][],
  ): Promise<{ person_id: string; term: string; domain: GrowthDomain; points: number }[]> {
    const em = this.getEntityManager();
    return selectRows(
      em,
      "evaluation.growthTermPoints",
      `select t.person_id, t.term, t.domain::text as domain, sum(t.points)::float8 as points
       from ?? as t
       join unnest(?::uuid[], ?::text[]) as k(person_id, term) on t.person_id = k.person_id and t.term = k.term
       group by 1, 2, 3`,
      [
        tableName(em, GrowthEvent),
        pgArray(pairs.map(([id]) => id)),
        pgArray(pairs.map(([, term]) => term)),
      ],
    );
  }
}
