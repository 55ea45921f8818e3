import { Migration } from "@mikro-orm/migrations";
import { outboxEventTableSql } from "@campus/subgraph/outbox";

export class Migration20261204150000 extends Migration {
  // The transactional outbox: growth facts for evaluation, written with their facts (verified volunteer hours, cadre posts, admission to the party).
  override async up(): Promise<void> {
    for (const sql of outboxEventTableSql("people")) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "people"."outbox_event" cascade;`);
  }
}
