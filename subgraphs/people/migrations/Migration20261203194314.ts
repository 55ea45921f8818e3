import { Migration } from "@mikro-orm/migrations";

// The three staff lines (三支队伍下沉): their duties, the duty roster (值班) and dorm visits and talks (走访, 谈心谈话).
export class Migration20261203194314 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "people"."duty_place" as enum ('GRID', 'BUILDING');`);
    this.addSql(`create type "people"."visit_kind" as enum ('DORM_VISIT', 'TALK');`);
    this.addSql(
      `create table "people"."duty_shift" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "role" "people"."staff_role" not null, "place_kind" "people"."duty_place" not null, "place_id" uuid not null, "weekday" smallint not null, "start_minute" smallint not null, "end_minute" smallint not null, "valid_from" date not null, "valid_until" date null, "created_by_id" uuid null, "ended_by_id" uuid null, constraint "duty_shift_pkey" primary key ("id"), constraint duty_shift_valid_until_after_from check ("valid_until" >= "valid_from"), constraint duty_shift_minutes check ("start_minute" >= 0 and "end_minute" <= 1440), constraint duty_shift_weekday check ("weekday" >= 1 and "weekday" <= 7), constraint duty_shift_ends_after_start check ("end_minute" > "start_minute"));`,
    );
    this.addSql(
      `create index "duty_shift_person_id_weekday_index" on "people"."duty_shift" ("person_id", "weekday");`,
    );
    this.addSql(
      `create index "duty_shift_place_id_weekday_index" on "people"."duty_shift" ("place_id", "weekday");`,
    );

    this.addSql(
      `create table "people"."visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "by_person_id" uuid not null, "kind" "people"."visit_kind" not null, "visited_on" date not null, "term" varchar(11) not null, "student_id" uuid null, "room_id" uuid null, "grid_id" uuid null, "building_id" uuid null, "notes" text not null, "warning_id" uuid null, "case_id" uuid null, constraint "visit_pkey" primary key ("id"), constraint visit_names_student_or_room check ("student_id" is not null or "room_id" is not null));`,
    );
    this.addSql(`create index "visit_grid_id_term_index" on "people"."visit" ("grid_id", "term");`);
    this.addSql(
      `create index "visit_by_person_id_visited_on_index" on "people"."visit" ("by_person_id", "visited_on");`,
    );
    this.addSql(
      `create index "visit_student_id_visited_on_index" on "people"."visit" ("student_id", "visited_on");`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'MENTOR' after 'SCHOOL_ADMIN';`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'PSYCHOLOGY_TEACHER' after 'MENTOR';`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'ORGANISER' after 'PSYCHOLOGY_TEACHER';`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'ACADEMIC_AFFAIRS' after 'ORGANISER';`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'OFFICE_CADRE' after 'ACADEMIC_AFFAIRS';`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'LOGISTICS' after 'OFFICE_CADRE';`,
    );

    this.addSql(
      `alter type "people"."staff_role" add value if not exists 'SECURITY' after 'LOGISTICS';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "people"."duty_shift" cascade;`);

    this.addSql(`drop table if exists "people"."visit" cascade;`);

    this.addSql(`drop type "people"."duty_place";`);
    this.addSql(`drop type "people"."visit_kind";`);

    // An enum value cannot be dropped: the lines' assignments go, and the type is made again without them.
    this.addSql(
      `delete from "people"."staff_assignment" where "role"::text in ('MENTOR', 'PSYCHOLOGY_TEACHER', 'ORGANISER', 'ACADEMIC_AFFAIRS', 'OFFICE_CADRE', 'LOGISTICS', 'SECURITY');`,
    );
    this.addSql(`alter type "people"."staff_role" rename to "staff_role_old";`);
    this.addSql(
      `create type "people"."staff_role" as enum ('COUNSELOR', 'CLASS_ADVISER', 'GRID_LEADER', 'BUILDING_LEADER', 'BRANCH_SECRETARY', 'COLLEGE_ADMIN', 'SCHOOL_ADMIN');`,
    );
    this.addSql(
      `alter table "people"."staff_assignment" alter column "role" type "people"."staff_role" using "role"::text::"people"."staff_role";`,
    );
    this.addSql(`drop type "people"."staff_role_old";`);
  }
}
