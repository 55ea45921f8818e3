import { Migration } from "@mikro-orm/migrations";

export class Migration20261204195722 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "curriculum"."competition_entry_status" as enum ('ENTERED', 'RESULT_RECORDED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create type "curriculum"."competition_result" as enum ('NONE', 'PARTICIPATION', 'THIRD_PRIZE', 'SECOND_PRIZE', 'FIRST_PRIZE', 'GRAND_PRIZE');`,
    );
    this.addSql(
      `create table "curriculum"."competition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "organiser" text not null, "level" "curriculum"."award_level" not null, "year" int not null, constraint "competition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."competition" add constraint "competition_name_year_unique" unique ("name", "year");`,
    );

    this.addSql(
      `create table "curriculum"."competition_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "competition_id" uuid not null, "project_id" uuid null, "title" text not null, "leader_id" uuid not null, "mentor_id" uuid not null, "status" "curriculum"."competition_entry_status" not null default 'ENTERED', "result" "curriculum"."competition_result" null, "result_note" text null, "result_by_id" uuid null, "result_at" timestamptz(3) null, "entered_at" timestamptz(3) not null, constraint "competition_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "competition_entry_mentor_id_index" on "curriculum"."competition_entry" ("mentor_id");`,
    );

    this.addSql(
      `create table "curriculum"."competition_entry_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entry_id" uuid not null, "from_status" "curriculum"."competition_entry_status" null, "to_status" "curriculum"."competition_entry_status" not null, "by_id" uuid null, "at" timestamptz(3) not null, constraint "competition_entry_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "competition_entry_transition_entry_id_at_index" on "curriculum"."competition_entry_transition" ("entry_id", "at");`,
    );

    this.addSql(
      `create table "curriculum"."competition_entry_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entry_id" uuid not null, "person_id" uuid not null, "role" "curriculum"."project_role" not null, constraint "competition_entry_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "competition_entry_member_person_id_index" on "curriculum"."competition_entry_member" ("person_id");`,
    );
    this.addSql(
      `alter table "curriculum"."competition_entry_member" add constraint "competition_entry_member_entry_id_person_id_unique" unique ("entry_id", "person_id");`,
    );

    this.addSql(
      `alter table "curriculum"."competition_entry" add constraint "competition_entry_competition_id_foreign" foreign key ("competition_id") references "curriculum"."competition" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "curriculum"."competition_entry" add constraint "competition_entry_project_id_foreign" foreign key ("project_id") references "curriculum"."project" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "curriculum"."competition_entry_transition" add constraint "competition_entry_transition_entry_id_foreign" foreign key ("entry_id") references "curriculum"."competition_entry" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."competition_entry_member" add constraint "competition_entry_member_entry_id_foreign" foreign key ("entry_id") references "curriculum"."competition_entry" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "curriculum"."competition_entry" drop constraint "competition_entry_competition_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."competition_entry_transition" drop constraint "competition_entry_transition_entry_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."competition_entry_member" drop constraint "competition_entry_member_entry_id_foreign";`,
    );

    this.addSql(`drop table if exists "curriculum"."competition" cascade;`);

    this.addSql(`drop table if exists "curriculum"."competition_entry" cascade;`);

    this.addSql(`drop table if exists "curriculum"."competition_entry_transition" cascade;`);

    this.addSql(`drop table if exists "curriculum"."competition_entry_member" cascade;`);

    this.addSql(`drop type "curriculum"."competition_entry_status";`);
    this.addSql(`drop type "curriculum"."competition_result";`);
  }
}
