import { Migration } from "@mikro-orm/migrations";

/** 同学反映: students' reports about a classmate, triaged by the staff who look after them (issue 12). */
export class Migration20261203165937 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "evaluation"."peer_report_status" as enum ('SUBMITTED', 'FOLLOWING_UP', 'CLOSED');`,
    );
    this.addSql(
      `create type "evaluation"."peer_report_outcome" as enum ('NO_CONCERN', 'RESOLVED', 'CASE_OPENED');`,
    );
    this.addSql(
      `create table "evaluation"."peer_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid not null, "reporter_id" uuid not null, "anonymous" boolean not null, "category" "evaluation"."warning_category" not null, "concern" text not null, "submitted_at" timestamptz not null, "status" "evaluation"."peer_report_status" not null default 'SUBMITTED', "outcome" "evaluation"."peer_report_outcome" null, "followed_up_at" timestamptz null, "followed_up_by_id" uuid null, "follow_up_note" text null, "closed_at" timestamptz null, "closed_by_id" uuid null, "closing_note" text null, "case_id" uuid null, constraint "peer_report_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "peer_report_status_submitted_at_index" on "evaluation"."peer_report" ("status", "submitted_at");`,
    );
    this.addSql(
      `create index "peer_report_reporter_id_submitted_at_index" on "evaluation"."peer_report" ("reporter_id", "submitted_at");`,
    );
    this.addSql(
      `create index "peer_report_person_id_submitted_at_index" on "evaluation"."peer_report" ("person_id", "submitted_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation"."peer_report" cascade;`);

    this.addSql(`drop type "evaluation"."peer_report_status";`);
    this.addSql(`drop type "evaluation"."peer_report_outcome";`);
  }
}
