import { Migration } from "@mikro-orm/migrations";

export class Migration20261203073332 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "evaluation"."indicator_record_kind_observed_on_person_id_index";`);

    this.addSql(
      `create index "indicator_record_kind_person_id_observed_on_index" on "evaluation"."indicator_record" ("kind", "person_id", "observed_on") include ("value", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "evaluation"."indicator_record_kind_person_id_observed_on_index";`);

    this.addSql(
      `create index "indicator_record_kind_observed_on_person_id_index" on "evaluation"."indicator_record" ("kind", "observed_on", "person_id");`,
    );
  }
}
