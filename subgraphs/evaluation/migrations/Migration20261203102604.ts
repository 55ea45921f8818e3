import { Migration } from "@mikro-orm/migrations";

export class Migration20261203102604 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "evaluation"."job_run" ("id" uuid not null, "job" text not null, "trigger" text not null, "started_by_name" text not null, "started_by_id" uuid null, "started_at" timestamptz not null, "finished_at" timestamptz not null, "succeeded" boolean not null, "summary" text not null, constraint "job_run_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "job_run_job_started_at_index" on "evaluation"."job_run" ("job", "started_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation"."job_run" cascade;`);
  }
}
