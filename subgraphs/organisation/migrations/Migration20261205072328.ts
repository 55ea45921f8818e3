import { Migration } from "@mikro-orm/migrations";

export class Migration20261205072328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "organisation"."pairing_kind" as enum ('TEACHER_STUDENT', 'OFFICE_BRANCH', 'SCHOOL_BRANCH');`,
    );
    this.addSql(`create type "organisation"."pairing_state" as enum ('ACTIVE', 'ENDED');`);
    this.addSql(
      `create table "organisation"."pairing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" "organisation"."pairing_kind" not null, "unit_id" uuid not null, "branch_id" uuid not null, "teacher_id" uuid null, "student_id" uuid null, "starts_on" date not null, "ends_on" date not null, "plan" text not null, "state" "organisation"."pairing_state" not null default 'ACTIVE', "ended_at" timestamptz null, "ended_by_id" uuid null, "end_note" varchar(500) not null default '', "created_by_id" uuid null, constraint "pairing_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "pairing_unit_id_index" on "organisation"."pairing" ("unit_id");`);
    this.addSql(
      `create index "pairing_branch_id_index" on "organisation"."pairing" ("branch_id");`,
    );

    this.addSql(
      `create table "organisation"."pairing_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "pairing_id" uuid not null, "held_on" date not null, "term" varchar(11) not null, "title" varchar(200) not null, "summary" varchar(2000) not null, "participant_count" int not null, "recorded_by_id" uuid null, constraint "pairing_activity_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "pairing_activity_pairing_id_held_on_id_index" on "organisation"."pairing_activity" ("pairing_id", "held_on", "id");`,
    );

    this.addSql(
      `create table "organisation"."pairing_unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "pairing_id" uuid not null, "unit_id" uuid not null, constraint "pairing_unit_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "pairing_unit_unit_id_created_at_id_index" on "organisation"."pairing_unit" ("unit_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "organisation"."pairing_unit" add constraint "pairing_unit_pairing_id_unit_id_unique" unique ("pairing_id", "unit_id");`,
    );

    this.addSql(
      `alter table "organisation"."pairing" add constraint "pairing_unit_id_foreign" foreign key ("unit_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation"."pairing" add constraint "pairing_branch_id_foreign" foreign key ("branch_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."pairing_activity" add constraint "pairing_activity_pairing_id_foreign" foreign key ("pairing_id") references "organisation"."pairing" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation"."pairing_unit" add constraint "pairing_unit_pairing_id_foreign" foreign key ("pairing_id") references "organisation"."pairing" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organisation"."pairing_unit" add constraint "pairing_unit_unit_id_foreign" foreign key ("unit_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "organisation"."pairing_activity" drop constraint "pairing_activity_pairing_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."pairing_unit" drop constraint "pairing_unit_pairing_id_foreign";`,
    );

    this.addSql(`drop table if exists "organisation"."pairing" cascade;`);

    this.addSql(`drop table if exists "organisation"."pairing_activity" cascade;`);

    this.addSql(`drop table if exists "organisation"."pairing_unit" cascade;`);

    this.addSql(`drop type "organisation"."pairing_kind";`);
    this.addSql(`drop type "organisation"."pairing_state";`);
  }
}
