import { Migration } from "@mikro-orm/migrations";

export class Migration20261128172142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "evaluation"."assistance_case_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(
      `create type "evaluation"."mental_health_category" as enum ('GENERAL', 'ATTENTION', 'PRIORITY', 'CRISIS');`,
    );
    this.addSql(`create type "evaluation"."referral_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(
      `create table "evaluation"."assistance_case" ("id" uuid not null, "person_id" uuid not null, "summary" text not null, "status" "evaluation"."assistance_case_status" not null default 'OPEN', "opened_at" timestamptz not null, "opened_by_id" uuid not null, "closed_at" timestamptz null, "closed_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "assistance_case_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "assistance_case_person_id_opened_at_index" on "evaluation"."assistance_case" ("person_id", "opened_at");`,
    );

    this.addSql(
      `create table "evaluation"."mental_health_referral" ("id" uuid not null, "person_id" uuid not null, "category" "evaluation"."mental_health_category" not null, "referred_to_id" uuid not null, "referred_by_id" uuid not null, "referred_at" timestamptz not null, "status" "evaluation"."referral_status" not null default 'OPEN', "note" text not null, "closed_at" timestamptz null, "closed_by_id" uuid null, "closing_note" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "mental_health_referral_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "mental_health_referral_referred_to_id_status_index" on "evaluation"."mental_health_referral" ("referred_to_id", "status");`,
    );
    this.addSql(
      `create index "mental_health_referral_person_id_referred_at_index" on "evaluation"."mental_health_referral" ("person_id", "referred_at");`,
    );

    this.addSql(
      `create table "evaluation"."task_force_member" ("id" uuid not null, "case_id" uuid not null, "member_id" uuid not null, "duty" text not null, "lead" boolean not null default false, "added_at" timestamptz not null, "added_by_id" uuid not null, constraint "task_force_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "task_force_member_member_id_index" on "evaluation"."task_force_member" ("member_id");`,
    );
    this.addSql(
      `alter table "evaluation"."task_force_member" add constraint "task_force_member_case_id_member_id_unique" unique ("case_id", "member_id");`,
    );

    this.addSql(
      `alter table "evaluation"."task_force_member" add constraint "task_force_member_case_id_foreign" foreign key ("case_id") references "evaluation"."assistance_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."warning" add column "evidence" jsonb not null default '[]';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "evaluation"."task_force_member" drop constraint "task_force_member_case_id_foreign";`,
    );

    this.addSql(`drop table if exists "evaluation"."assistance_case" cascade;`);

    this.addSql(`drop table if exists "evaluation"."mental_health_referral" cascade;`);

    this.addSql(`drop table if exists "evaluation"."task_force_member" cascade;`);

    this.addSql(`alter table "evaluation"."warning" drop column "evidence";`);

    this.addSql(`drop type "evaluation"."assistance_case_status";`);
    this.addSql(`drop type "evaluation"."mental_health_category";`);
    this.addSql(`drop type "evaluation"."referral_status";`);
  }
}
