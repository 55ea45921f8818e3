import { Migration } from "@mikro-orm/migrations";

export class Migration20261203102050 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "evaluation"."notification_kind" as enum ('ASSIGNED', 'ESCALATED', 'TASK_FORCE', 'MEASURE_DUE_SOON', 'MEASURE_OVERDUE');`,
    );
    this.addSql(
      `create table "evaluation"."notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "recipient_id" uuid not null, "kind" "evaluation"."notification_kind" not null, "at" timestamptz not null, "by_person_id" uuid null, "warning_id" uuid null, "case_id" uuid null, "measure_id" uuid null, "measure_due_on" date null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "notification_measure_once" on "evaluation"."notification" ("recipient_id", "kind", "measure_id", "measure_due_on") where "measure_id" is not null;`,
    );
    this.addSql(
      `create index "notification_recipient_id_at_id_index" on "evaluation"."notification" ("recipient_id", "at", "id");`,
    );

    this.addSql(
      `create table "evaluation"."talk_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "warning_id" uuid null, "case_id" uuid null, "talked_at" timestamptz not null, "by_person_id" uuid not null, "summary" text not null, constraint "talk_record_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "talk_record_case_id_talked_at_index" on "evaluation"."talk_record" ("case_id", "talked_at");`,
    );
    this.addSql(
      `create index "talk_record_warning_id_talked_at_index" on "evaluation"."talk_record" ("warning_id", "talked_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation"."notification" cascade;`);

    this.addSql(`drop table if exists "evaluation"."talk_record" cascade;`);

    this.addSql(`drop type "evaluation"."notification_kind";`);
  }
}
