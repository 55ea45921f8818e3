import type { EntityManager } from "@mikro-orm/postgresql";
import { column, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { PairingActivity } from "./pairing.entity";

/** One pairing's activities in one academic term. */
export interface TermCountRow {
  pairing_id: string;
  term: string;
  activities: number;
  participants: number;
}

/** The SQL of pairings: activities counted per term. */
export class PairingRepository {
  constructor(private readonly em: EntityManager) {}

  /** Activities and participants per pairing and term, latest term first: one statement for all the pairings. */
  termCounts(pairingIds: readonly string[]): Promise<TermCountRow[]> {
    const em = this.em;
    return selectRows<TermCountRow>(
      em,
      "organisation.pairingActivitiesByTerm",
      `select t.?? as pairing_id, t.term, count(*)::int as activities,
              coalesce(sum(t.??), 0)::int as participants
         from ?? t where t.?? = any(?::uuid[])
        group by 1, 2 order by 1, 2 desc`,
      [
        column(em, PairingActivity, "pairing").name,
        column(em, PairingActivity, "participantCount").name,
        tableName(em, PairingActivity),
        column(em, PairingActivity, "pairing").name,
        uuidArray(pairingIds),
      ],
    );
  }
}
