import { Migration } from "@mikro-orm/migrations";

export class Migration20261129141009 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "evaluation"."warning_escalation_tier" as enum ('COUNSELOR', 'COLLEGE', 'UNIVERSITY');`,
    );
    this.addSql(
      `create type "evaluation"."warning_outcome" as enum ('RESOLVED', 'IMPROVED', 'REFERRED_TO_CASE', 'REFERRED_TO_PSYCHOLOGY', 'NO_CONCERN', 'LEFT_UNIVERSITY');`,
    );

    this.addSql(
      `create table "evaluation"."warning_escalation" ("id" uuid not null, "warning_id" uuid not null, "from_tier" "evaluation"."warning_escalation_tier" not null, "to_tier" "evaluation"."warning_escalation_tier" not null, "stage" "evaluation"."warning_status" not null, "at" timestamptz not null, "due_at" timestamptz not null, constraint "warning_escalation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."warning_escalation" add constraint "warning_escalation_warning_id_due_at_unique" unique ("warning_id", "due_at");`,
    );

    this.addSql(
      `alter table "evaluation"."warning_escalation" add constraint "warning_escalation_warning_id_foreign" foreign key ("warning_id") references "evaluation"."warning" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."warning" add column "rule_id" uuid null, add column "rule_version_id" uuid null, add column "assignee_id" uuid null, add column "due_at" timestamptz null default now() + interval '4 hours', add column "escalation_tier" "evaluation"."warning_escalation_tier" not null default 'COUNSELOR', add column "outcome" "evaluation"."warning_outcome" null, add column "closed_at" timestamptz null;`,
    );
    this.addSql(
      `create index "warning_rule_version_id_index" on "evaluation"."warning" ("rule_version_id");`,
    );
    this.addSql(
      `create index "warning_assignee_id_index" on "evaluation"."warning" ("assignee_id");`,
    );
    this.addSql(
      `create index "warning_due_at_id_index" on "evaluation"."warning" ("due_at", "id");`,
    );
    this.addSql(
      `create unique index "warning_person_rule_open_unique" on "evaluation"."warning" ("person_id", "rule_id") where "status" <> 'CLOSED';`,
    );

    this.addSql(
      `alter table "evaluation"."warning_transition" add column "assignee_id" uuid null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation"."warning_escalation" cascade;`);

    this.addSql(`drop index "evaluation"."warning_rule_version_id_index";`);
    this.addSql(`drop index "evaluation"."warning_assignee_id_index";`);
    this.addSql(`drop index "evaluation"."warning_due_at_id_index";`);
    this.addSql(`drop index "evaluation"."warning_person_rule_open_unique";`);
    this.addSql(
      `alter table "evaluation"."warning" drop column "rule_id", drop column "rule_version_id", drop column "assignee_id", drop column "due_at", drop column "escalation_tier", drop column "outcome", drop column "closed_at";`,
    );

    this.addSql(`alter table "evaluation"."warning_transition" drop column "assignee_id";`);

    this.addSql(`drop type "evaluation"."warning_escalation_tier";`);
    this.addSql(`drop type "evaluation"."warning_outcome";`);
  }
}
