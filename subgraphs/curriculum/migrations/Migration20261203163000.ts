import { Migration } from "@mikro-orm/migrations";
import { outboxEventTableSql } from "@campus/subgraph/outbox";

export class Migration20261203163000 extends Migration {
  // The transactional outbox: events for other subgraphs, written with their facts (attendance, completion).
  override async up(): Promise<void> {
    for (const sql of outboxEventTableSql("curriculum")) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "curriculum"."outbox_event" cascade;`);
  }
}
