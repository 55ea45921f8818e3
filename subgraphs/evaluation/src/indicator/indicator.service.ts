import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  existingPeople,
  forbidden,
  isId,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { enumTypeName } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { INDICATORS } from "./indicator.enums";
import { IndicatorBatch, type IngestionRowError } from "./indicator-batch.entity";
import {
  MAX_BATCH_RECORDS,
  type IndicatorRecordInput,
  type IngestIndicatorsInput,
  type IngestionReport,
} from "./indicator.input";
import type { IndicatorBatchRepository } from "./indicator-batch.repository";
import { IndicatorRecord } from "./indicator-record.entity";
import type { IndicatorRecordRepository } from "./indicator-record.repository";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Older observations are a client's mistake, not history worth warning on. */
const EARLIEST_DATE = "2000-01-01";

/** Why a record cannot be stored, or null when it can. Only the first fault of a record is reported. */
export function rowError(
  record: IndicatorRecordInput,
  index: number,
  campusToday: string,
): IngestionRowError | null {
  const fault = (field: string, message: string) => ({ index, field, message });
  if (!isId(record.personId)) return fault("personId", "personId is not an id");
  const kind = INDICATORS[record.kind];
  if (!kind) return fault("kind", `${record.kind} is not an indicator kind`);
  const { value } = record;
  if (!Number.isFinite(value) || value < kind.min || value > kind.max) {
    return fault(
      "value",
      `${record.kind} must be between ${kind.min} and ${kind.max}${kind.unit ? ` ${kind.unit}` : ""}, not ${value}`,
    );
  }
  if (kind.whole && !Number.isInteger(value))
    return fault("value", `${record.kind} is a whole number, not ${value}`);
  const date = record.observedOn;
  if (
    !DATE.test(date) ||
    Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
  ) {
    return fault("observedOn", `observedOn is not a date of the form YYYY-MM-DD: ${date}`);
  }
  if (date > campusToday)
    return fault(
      "observedOn",
      `observedOn ${date} is in the future (today on campus is ${campusToday})`,
    );
  if (date < EARLIEST_DATE)
    return fault("observedOn", `observedOn ${date} is before ${EARLIEST_DATE}`);
  return null;
}

/** The indicator_kind enum type, schema-qualified and quoted by the ORM, for SQL the engine generates. */
export function indicatorKindType(em: EntityManager): string {
  return em.getPlatform().quoteIdentifier(enumTypeName(em, IndicatorRecord, "kind"));
}

export class IndicatorService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Who delivers indicators: departmental apps registered for CARE (the purpose warnings serve), and
   * administrators loading data by hand. The source names the client, so keys of different clients
   * never collide.
   */
  private source(): string {
    const { access, caller } = this.ctx;
    // The platform relaying another subgraph's facts (curriculum's absences).
    if (this.ctx.system) return "gateway";
    if (access.hasRole("admin")) return "admin";
    if (access.hasRole("service") && caller.client && access.scope.clientPurposes?.includes("CARE"))
      return caller.client;
    throw forbidden(
      "indicators are delivered by service clients registered for CARE, or by administrators",
    );
  }

  /**
   * Stores a batch: valid records in one INSERT, rejected ones listed in the report. The batch row
   * is claimed first (ON CONFLICT DO NOTHING on (source, clientKey)), in the same transaction, so of
   * two deliveries of one key at the same time one writes and the other replays.
   */
  async ingest(input: IngestIndicatorsInput): Promise<IngestionReport> {
    const source = this.source();
    const clientKey = input.clientKey.trim();
    const stored = await this.ctx.em.findOne(IndicatorBatch, { source, clientKey });
    if (stored) return { batch: stored, replayed: true };
    if (input.records.length === 0)
      throw badUserInput("a batch needs at least one record", "records");
    if (input.records.length > MAX_BATCH_RECORDS)
      throw badUserInput(
        `a batch holds at most ${MAX_BATCH_RECORDS} records, not ${input.records.length}; split it`,
        "records",
      );

    const campusToday = today();
    const errors: IngestionRowError[] = [];
    const checked: { record: IndicatorRecordInput; index: number }[] = [];
    input.records.forEach((record, index) => {
      const error = rowError(record, index, campusToday);
      if (error) errors.push(error);
      else checked.push({ record, index });
    });
    // One existence check for the batch, through the graph; unreachable people refuses the whole
    // batch (SERVICE_UNAVAILABLE, retryable) rather than storing rows about nobody.
    const known = await existingPeople(
      this.ctx,
      checked.map((c) => c.record.personId),
    );
    const valid: IndicatorRecordInput[] = [];
    for (const { record, index } of checked) {
      if (known.has(record.personId)) valid.push(record);
      else
        errors.push({
          index,
          field: "personId",
          message: `no person has the id ${record.personId}`,
        });
    }
    errors.sort((a, b) => a.index - b.index);

    return this.ctx.em.transactional(async (tx) => {
      const batchId = randomUUID();
      const claimed = await tx
        .getRepository<IndicatorBatch, IndicatorBatchRepository>(IndicatorBatch)
        .claim({ id: batchId, clientKey, source, accepted: valid.length, errors });
      if (!claimed) {
        const other = await tx.findOneOrFail(IndicatorBatch, { source, clientKey });
        return { batch: other, replayed: true };
      }
      const records = tx.getRepository<IndicatorRecord, IndicatorRecordRepository>(IndicatorRecord);
      // A day's value replaces the source's earlier one; a 0 only takes it away.
      if (input.replaceDay && valid.length > 0) await records.clearDays(source, valid);
      const stored = input.replaceDay ? valid.filter((record) => record.value > 0) : valid;
      if (stored.length > 0) await records.insertBatch(source, batchId, stored);
      const batch = await tx.findOneOrFail(IndicatorBatch, { id: batchId });
      return { batch, replayed: false };
    });
  }
}
