import { EntityRepository } from "@mikro-orm/postgresql";
import { selectRows, tableName } from "@campus/subgraph/data";
import { IndicatorBatch, type IngestionRowError } from "./indicator-batch.entity";

export class IndicatorBatchRepository extends EntityRepository<IndicatorBatch> {
  /** Claims a client's key for a new batch; false when another delivery of the key holds it. */
  async claim(batch: {
    id: string;
    clientKey: string;
    source: string;
    accepted: number;
    errors: IngestionRowError[];
  }): Promise<boolean> {
    const em = this.getEntityManager();
    const claimed = await selectRows<{ id: string }>(
      em,
      "evaluation.claimIndicatorBatch",
      `insert into ?? (id, client_key, source, received_at, accepted, rejected, rows)
       values (?, ?, ?, now(), ?, ?, ?::jsonb) on conflict (source, client_key) do nothing returning id`,
      [
        tableName(em, IndicatorBatch),
        batch.id,
        batch.clientKey,
        batch.source,
        batch.accepted,
        batch.errors.length,
        JSON.stringify(batch.errors),
      ],
    );
    return claimed.length > 0;
  }
}
