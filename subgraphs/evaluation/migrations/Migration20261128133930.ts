import { Migration } from "@mikro-orm/migrations";

export class Migration20261128133930 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "evaluation";`);
    this.addSql(
      `create type "evaluation"."warning_category" as enum ('ACADEMIC', 'BEHAVIOUR', 'MENTAL_HEALTH', 'FINANCIAL', 'SAFETY');`,
    );
    this.addSql(`create type "evaluation"."warning_level" as enum ('YELLOW', 'ORANGE', 'RED');`);
    this.addSql(
      `create type "evaluation"."warning_status" as enum ('OPEN', 'ASSIGNED', 'ASSESSED', 'INTERVENING', 'TRACKING', 'CLOSED');`,
    );
    this.addSql(
      `create table "evaluation"."warning" ("id" uuid not null, "person_id" uuid not null, "category" "evaluation"."warning_category" not null, "level" "evaluation"."warning_level" not null, "status" "evaluation"."warning_status" not null default 'OPEN', "summary" text not null, "raised_at" timestamptz not null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "warning_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "warning_status_raised_at_id_index" on "evaluation"."warning" ("status", "raised_at", "id");`,
    );
    this.addSql(
      `create index "warning_raised_at_id_index" on "evaluation"."warning" ("raised_at", "id");`,
    );
    this.addSql(
      `create index "warning_person_id_raised_at_index" on "evaluation"."warning" ("person_id", "raised_at");`,
    );

    this.addSql(
      `create table "evaluation"."warning_transition" ("id" uuid not null, "warning_id" uuid not null, "warning_version" int not null, "from_status" "evaluation"."warning_status" not null, "to_status" "evaluation"."warning_status" not null, "by_person_id" uuid not null, "at" timestamptz not null, "note" text null, constraint "warning_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."warning_transition" add constraint "warning_transition_warning_id_warning_version_unique" unique ("warning_id", "warning_version");`,
    );

    this.addSql(
      `alter table "evaluation"."warning_transition" add constraint "warning_transition_warning_id_foreign" foreign key ("warning_id") references "evaluation"."warning" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "evaluation"."warning_transition" drop constraint "warning_transition_warning_id_foreign";`,
    );

    this.addSql(`drop table if exists "evaluation"."warning" cascade;`);

    this.addSql(`drop table if exists "evaluation"."warning_transition" cascade;`);

    this.addSql(`drop type "evaluation"."warning_category";`);
    this.addSql(`drop type "evaluation"."warning_level";`);
    this.addSql(`drop type "evaluation"."warning_status";`);
  }
}
