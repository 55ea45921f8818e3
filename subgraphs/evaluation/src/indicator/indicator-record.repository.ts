import { EntityRepository } from "@mikro-orm/postgresql";
import { enumTypeName, pgArray, runStatement, tableName } from "@campus/subgraph/data";
import { IndicatorRecord } from "./indicator-record.entity";
import type { IndicatorRecordInput } from "./indicator.input";

export class IndicatorRecordRepository extends EntityRepository<IndicatorRecord> {
  /** Removes what `source` recorded for each record's student, kind and day (a day's value replaced). */
  async clearDays(source: string, records: IndicatorRecordInput[]): Promise<void> {
    const em = this.getEntityManager();
    await runStatement(
      em,
      "evaluation.clearIndicatorDays",
      `delete from ?? t using unnest(?::uuid[], ?::text[], ?::date[]) as r(person_id, kind, observed_on)
        where t.source = ? and t.person_id = r.person_id and t.kind::text = r.kind
          and t.observed_on = r.observed_on`,
      [
        tableName(em, IndicatorRecord),
        pgArray(records.map((r) => r.personId)),
        pgArray(records.map((r) => r.kind)),
        pgArray(records.map((r) => r.observedOn)),
        source,
      ],
    );
  }

  /** Inserts a batch's valid records in one statement: four arrays, unnested into rows. */
  async insertBatch(source: string, batchId: string, valid: IndicatorRecordInput[]): Promise<void> {
    const em = this.getEntityManager();
    await runStatement(
      em,
      "evaluation.ingestIndicatorRecords",
      `insert into ?? (id, person_id, kind, value, observed_on, source, batch_id)
       select gen_random_uuid(), r.person_id, r.kind::??, r.value, r.observed_on, ?, ?
       from unnest(?::uuid[], ?::text[], ?::float8[], ?::date[]) as r(person_id, kind, value, observed_on)`,
      [
        tableName(em, IndicatorRecord),
        enumTypeName(em, IndicatorRecord, "kind"),
        source,
        batchId,
        pgArray(valid.map((r) => r.personId)),
        pgArray(valid.map((r) => r.kind)),
        pgArray(valid.map((r) => r.value)),
        pgArray(valid.map((r) => r.observedOn)),
      ],
    );
  }
}
