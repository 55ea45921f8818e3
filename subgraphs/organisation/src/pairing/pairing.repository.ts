import type { EntityManager } from "@mikro-orm/postgresql";
import { column, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { PairingActivity } from "./pairing.entity";

/** One pairing's activities in one academic term. */
export interface TermCountRow {
  pairing_id: string;
  term: string;
  activities: number;
  participants: number;
}

/** The SQL of pairings: the units a caller governs, and activities counted per term. */
export class PairingRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The units a secretary of `branchIds` and an administrator of the residential colleges
   * `collegeIds` govern: those units, the general branches linked to those colleges, and every
   * unit below any of them. One recursive statement.
   */
  async governedUnits(branchIds: string[], collegeIds: string[]): Promise<Set<string>> {
    const org = tableName(this.em, OrgUnit);
    const parent = column(this.em, OrgUnit, "parent").name;
    const college = column(this.em, OrgUnit, "college").name;
    const rows = await selectRows<{ id: string }>(
      this.em,
      "organisation.pairingGovernedUnits",
      `with recursive below(id) as (
         select id from ?? where id = any(?::uuid[]) or ?? = any(?::uuid[])
         union select u.id from ?? u join below b on u.?? = b.id
       ) select id from below`,
      [org, uuidArray([...branchIds, ...collegeIds]), college, uuidArray(collegeIds), org, parent],
    );
    return new Set(rows.map((r) => r.id));
  }

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
