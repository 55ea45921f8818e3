import { Migration } from "@mikro-orm/migrations";

export class Migration20261205185031 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "curriculum"."habit_kind" as enum ('STUDY_STYLE', 'FITNESS');`);
    this.addSql(
      `create type "curriculum"."reflection_status" as enum ('NOT_SUBMITTED', 'SUBMITTED', 'ACCEPTED', 'RETURNED');`,
    );
    this.addSql(
      `create table "curriculum"."habit_project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" "curriculum"."habit_kind" not null, "title" text not null, "description" text not null, "goal_check_ins" int not null, "per_week" int null, "starts_on" date not null, "ends_on" date not null, "audience" text null, "organiser_id" uuid not null, constraint "habit_project_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "habit_project_organiser_id_index" on "curriculum"."habit_project" ("organiser_id");`,
    );
    this.addSql(
      `create index "habit_project_starts_on_index" on "curriculum"."habit_project" ("starts_on");`,
    );

    this.addSql(
      `create table "curriculum"."habit_participation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "person_id" uuid not null, "joined_at" timestamptz(3) not null, "goal_met" boolean null, "result_check_ins" int null, "result_note" text null, "result_by_id" uuid null, "result_at" timestamptz(3) null, constraint "habit_participation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "habit_participation_person_id_index" on "curriculum"."habit_participation" ("person_id");`,
    );
    this.addSql(
      `alter table "curriculum"."habit_participation" add constraint "habit_participation_project_id_person_id_unique" unique ("project_id", "person_id");`,
    );

    this.addSql(
      `create table "curriculum"."habit_check_in" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "participation_id" uuid not null, "day" date not null, "at" timestamptz(3) not null, "note" text null, constraint "habit_check_in_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."habit_check_in" add constraint "habit_check_in_participation_id_day_unique" unique ("participation_id", "day");`,
    );

    this.addSql(
      `create table "curriculum"."practice_visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" text not null, "host_partner_id" uuid null, "host_name" text null, "guiding_problem" text not null, "places" text not null, "starts_at" timestamptz(3) not null, "ends_at" timestamptz(3) not null, "capacity" int not null, "organiser_id" uuid not null, constraint "practice_visit_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "practice_visit_organiser_id_index" on "curriculum"."practice_visit" ("organiser_id");`,
    );
    this.addSql(
      `create index "practice_visit_starts_at_index" on "curriculum"."practice_visit" ("starts_at");`,
    );

    this.addSql(
      `create table "curriculum"."practice_visit_sign_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "visit_id" uuid not null, "person_id" uuid not null, "signed_up_at" timestamptz(3) not null, "reflection" text null, "reflection_status" "curriculum"."reflection_status" not null default 'NOT_SUBMITTED', "review_comment" text null, constraint "practice_visit_sign_up_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "practice_visit_sign_up_person_id_index" on "curriculum"."practice_visit_sign_up" ("person_id");`,
    );
    this.addSql(
      `alter table "curriculum"."practice_visit_sign_up" add constraint "practice_visit_sign_up_visit_id_person_id_unique" unique ("visit_id", "person_id");`,
    );

    this.addSql(
      `create table "curriculum"."practice_reflection_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "sign_up_id" uuid not null, "from_status" "curriculum"."reflection_status" not null, "to_status" "curriculum"."reflection_status" not null, "comment" text null, "by_id" uuid null, "at" timestamptz(3) not null, constraint "practice_reflection_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "practice_reflection_transition_sign_up_id_at_index" on "curriculum"."practice_reflection_transition" ("sign_up_id", "at");`,
    );

    this.addSql(
      `alter table "curriculum"."habit_participation" add constraint "habit_participation_project_id_foreign" foreign key ("project_id") references "curriculum"."habit_project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."habit_check_in" add constraint "habit_check_in_participation_id_foreign" foreign key ("participation_id") references "curriculum"."habit_participation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."practice_visit" add constraint "practice_visit_host_partner_id_foreign" foreign key ("host_partner_id") references "curriculum"."partner_organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "curriculum"."practice_visit_sign_up" add constraint "practice_visit_sign_up_visit_id_foreign" foreign key ("visit_id") references "curriculum"."practice_visit" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."practice_reflection_transition" add constraint "practice_reflection_transition_sign_up_id_foreign" foreign key ("sign_up_id") references "curriculum"."practice_visit_sign_up" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "curriculum"."habit_participation" drop constraint "habit_participation_project_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."habit_check_in" drop constraint "habit_check_in_participation_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."practice_visit_sign_up" drop constraint "practice_visit_sign_up_visit_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."practice_reflection_transition" drop constraint "practice_reflection_transition_sign_up_id_foreign";`,
    );

    this.addSql(`drop table if exists "curriculum"."habit_project" cascade;`);

    this.addSql(`drop table if exists "curriculum"."habit_participation" cascade;`);

    this.addSql(`drop table if exists "curriculum"."habit_check_in" cascade;`);

    this.addSql(`drop table if exists "curriculum"."practice_visit" cascade;`);

    this.addSql(`drop table if exists "curriculum"."practice_visit_sign_up" cascade;`);

    this.addSql(`drop table if exists "curriculum"."practice_reflection_transition" cascade;`);

    this.addSql(`drop type "curriculum"."habit_kind";`);
    this.addSql(`drop type "curriculum"."reflection_status";`);
  }
}
