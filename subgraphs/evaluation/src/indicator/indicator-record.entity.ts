import { randomUUID } from "node:crypto";
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { IndicatorKind } from "./indicator.enums";
import { IndicatorBatch } from "./indicator-batch.entity";
import { IndicatorRecordRepository } from "./indicator-record.repository";

/**
 * One observation about a student from a departmental app (grades, attendance, dormitory access,
 * campus card, counselling). Never updated: the warning engine and backtests read the history as it
 * was delivered. Not exposed on its own; warnings carry the aggregated values as evidence.
 */
@Entity({ tableName: "indicator_record", repository: () => IndicatorRecordRepository })
// The engine reads each condition's indicator over a date window in student order, and the values
// from the index alone (rule.sql.ts): no sort, no hash table, no heap visit once the table is vacuumed.
@Index({
  name: "indicator_record_kind_person_id_observed_on_index",
  expression: `create index "indicator_record_kind_person_id_observed_on_index" on "evaluation"."indicator_record" ("kind", "person_id", "observed_on") include ("value", "created_at")`,
})
@Index({ properties: ["personId", "kind", "observedOn"] })
export class IndicatorRecord {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** The student observed; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Enum({ items: () => IndicatorKind, nativeEnumName: "indicator_kind" })
  kind!: IndicatorKind;

  /** In the unit of the kind (see IndicatorKind). */
  @Property({ type: "double" })
  value!: number;

  @Property({ type: "date" })
  observedOn!: string;

  /** Who delivered it: the service client (service:<id>) or 'admin'. */
  @Property({ type: "string", length: 64 })
  source!: string;

  @ManyToOne({ entity: () => IndicatorBatch, ref: true, deleteRule: "cascade" })
  batch!: Ref<IndicatorBatch>;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();
}
