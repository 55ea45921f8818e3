import { EntityRepository } from "@mikro-orm/postgresql";
import { enumTypeName, pgArray, runStatement, tableName } from "@campus/subgraph/data";
import { IndicatorRecord } from "./indicator-record.entity";
import type { IndicatorRecordInput } from "./indicator.input";

export class IndicatorRecordRepository extends EntityRepository<IndicatorRecord> {
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
