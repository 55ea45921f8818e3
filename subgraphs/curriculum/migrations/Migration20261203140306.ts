import { Migration } from "@mikro-orm/migrations";

export class Migration20261203140306 extends Migration {
  // Check-in (签到): a code per session, attendance per place with every change kept, and a course's completion threshold.
  override async up(): Promise<void> {
    this.addSql(
      `create type "curriculum"."attendance_status" as enum ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED');`,
    );
    this.addSql(`create type "curriculum"."attendance_source" as enum ('CHECK_IN', 'MARK');`);
    this.addSql(
      `create table "curriculum"."check_in_window" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "code" varchar(6) not null, "opens_at" timestamptz(3) not null, "closes_at" timestamptz(3) not null, "opened_by_id" uuid null, constraint "check_in_window_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."check_in_window" add constraint "check_in_window_session_id_unique" unique ("session_id");`,
    );

    this.addSql(
      `create table "curriculum"."attendance" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "enrolment_id" uuid not null, "status" "curriculum"."attendance_status" not null, "checked_in_at" timestamptz(3) null, "changed_at" timestamptz(3) not null, "changed_by_id" uuid null, "note" text null, constraint "attendance_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."attendance" add constraint "attendance_enrolment_id_unique" unique ("enrolment_id");`,
    );

    this.addSql(
      `create table "curriculum"."attendance_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "attendance_id" uuid not null, "from_status" "curriculum"."attendance_status" null, "to_status" "curriculum"."attendance_status" not null, "source" "curriculum"."attendance_source" not null, "changed_by_id" uuid null, "changed_at" timestamptz(3) not null, "note" text null, constraint "attendance_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "attendance_change_attendance_id_changed_at_index" on "curriculum"."attendance_change" ("attendance_id", "changed_at");`,
    );

    this.addSql(
      `alter table "curriculum"."check_in_window" add constraint "check_in_window_session_id_foreign" foreign key ("session_id") references "curriculum"."course_session" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."attendance" add constraint "attendance_enrolment_id_foreign" foreign key ("enrolment_id") references "curriculum"."enrolment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."attendance_change" add constraint "attendance_change_attendance_id_foreign" foreign key ("attendance_id") references "curriculum"."attendance" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."course" add column "completion_threshold" double precision not null default 0.6666666666666666;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "curriculum"."attendance_change" drop constraint "attendance_change_attendance_id_foreign";`,
    );

    this.addSql(`drop table if exists "curriculum"."check_in_window" cascade;`);

    this.addSql(`drop table if exists "curriculum"."attendance" cascade;`);

    this.addSql(`drop table if exists "curriculum"."attendance_change" cascade;`);

    this.addSql(`alter table "curriculum"."course" drop column "completion_threshold";`);

    this.addSql(`drop type "curriculum"."attendance_status";`);
    this.addSql(`drop type "curriculum"."attendance_source";`);
  }
}
