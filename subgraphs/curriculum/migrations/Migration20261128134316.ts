import { Migration } from "@mikro-orm/migrations";

export class Migration20261128134316 extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists "curriculum";`);
    this.addSql(
      `create type "curriculum"."course_category" as enum ('FRESHMAN_FORMATION', 'PARTY_LECTURE', 'READING_CIRCLE', 'FORUM', 'SKILLS');`,
    );
    this.addSql(`create type "curriculum"."enrolment_status" as enum ('ENROLLED', 'CANCELLED');`);
    this.addSql(
      `create table "curriculum"."course" ("id" uuid not null, "code" varchar(32) not null, "title" varchar(200) not null, "category" "curriculum"."course_category" not null, "description" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "course_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."course" add constraint "course_code_unique" unique ("code");`,
    );
    this.addSql(`create index "course_category_index" on "curriculum"."course" ("category");`);

    this.addSql(
      `create table "curriculum"."course_session" ("id" uuid not null, "course_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "location" varchar(200) not null, "instructor_id" uuid null, "capacity" int not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "course_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "course_session_instructor_id_index" on "curriculum"."course_session" ("instructor_id");`,
    );
    this.addSql(
      `create index "course_session_course_id_starts_at_index" on "curriculum"."course_session" ("course_id", "starts_at");`,
    );

    this.addSql(
      `create table "curriculum"."enrolment" ("id" uuid not null, "session_id" uuid not null, "person_id" uuid not null, "status" "curriculum"."enrolment_status" not null default 'ENROLLED', "enrolled_at" timestamptz(3) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "enrolment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "enrolment_person_id_index" on "curriculum"."enrolment" ("person_id");`,
    );
    this.addSql(
      `create index "enrolment_session_id_enrolled_at_id_index" on "curriculum"."enrolment" ("session_id", "enrolled_at", "id");`,
    );
    this.addSql(
      `create unique index "enrolment_session_person_enrolled_unique" on "curriculum"."enrolment" ("session_id", "person_id") where "status" = 'ENROLLED';`,
    );

    this.addSql(
      `alter table "curriculum"."course_session" add constraint "course_session_course_id_foreign" foreign key ("course_id") references "curriculum"."course" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."enrolment" add constraint "enrolment_session_id_foreign" foreign key ("session_id") references "curriculum"."course_session" ("id") on update cascade;`,
    );
  }

  override down(): void {
    this.addSql(
      `alter table "curriculum"."course_session" drop constraint "course_session_course_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."enrolment" drop constraint "enrolment_session_id_foreign";`,
    );

    this.addSql(`drop table if exists "curriculum"."course" cascade;`);

    this.addSql(`drop table if exists "curriculum"."course_session" cascade;`);

    this.addSql(`drop table if exists "curriculum"."enrolment" cascade;`);

    this.addSql(`drop type "curriculum"."course_category";`);
    this.addSql(`drop type "curriculum"."enrolment_status";`);
  }
}
