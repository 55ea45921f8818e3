import { Migration } from "@mikro-orm/migrations";

/** The job queue's run id, attempt and period on each logged run (issue 16). */
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "evaluation"."job_run" add column "queue_job_id" uuid null, add column "attempt" int not null default 1, add column "max_attempts" int not null default 1, add column "scheduled_for" timestamptz null;`,
    );
    this.addSql(
      `create index "job_run_queue_job_id_index" on "evaluation"."job_run" ("queue_job_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "evaluation"."job_run_queue_job_id_index";`);
    this.addSql(
      `alter table "evaluation"."job_run" drop column "queue_job_id", drop column "attempt", drop column "max_attempts", drop column "scheduled_for";`,
    );
  }
}
