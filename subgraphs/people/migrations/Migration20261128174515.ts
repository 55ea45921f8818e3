import { Migration } from "@mikro-orm/migrations";

export class Migration20261128174515 extends Migration {
  override up(): void {
    this.addSql(
      `create type "people"."staff_role" as enum ('COUNSELOR', 'CLASS_ADVISER', 'GRID_LEADER', 'BUILDING_LEADER', 'BRANCH_SECRETARY', 'COLLEGE_ADMIN', 'SCHOOL_ADMIN');`,
    );
    this.addSql(
      `create type "people"."assignment_target" as enum ('CLASS', 'GRID', 'BUILDING', 'BRANCH', 'UNIT');`,
    );
    this.addSql(
      `create table "people"."access_record" ("id" uuid not null, "reader_subject" text not null, "reader_person_id" uuid null, "reader_name" text not null, "client" text not null, "subject_id" uuid not null, "field" text not null, "purpose" text not null, "request_id" text not null, "read_at" timestamptz(3) not null, constraint "access_record_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "access_record_read_at_index" on "people"."access_record" ("read_at");`,
    );
    this.addSql(
      `create index "access_record_reader_person_id_read_at_index" on "people"."access_record" ("reader_person_id", "read_at");`,
    );
    this.addSql(
      `create index "access_record_subject_id_read_at_index" on "people"."access_record" ("subject_id", "read_at");`,
    );

    this.addSql(
      `create table "people"."service_client" ("id" uuid not null, "name" varchar(100) not null, "department" varchar(100) not null, "purposes" text[] not null, "secret_hash" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "revoked_at" timestamptz null, "revoked_by_id" uuid null, constraint "service_client_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "service_client_name_id_index" on "people"."service_client" ("name", "id");`,
    );

    this.addSql(
      `create table "people"."registered_operation" ("id" uuid not null, "client_id" uuid not null, "name" varchar(100) not null, "document" text not null, "sha256" varchar(64) not null, constraint "registered_operation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "people"."registered_operation" add constraint "registered_operation_client_id_name_unique" unique ("client_id", "name");`,
    );

    this.addSql(
      `create table "people"."staff_assignment" ("id" uuid not null, "person_id" uuid not null, "role" "people"."staff_role" not null, "target_kind" "people"."assignment_target" not null, "target_id" uuid not null, "starts_on" date not null, "ends_on" date null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "staff_assignment_pkey" primary key ("id"), constraint staff_assignment_ends_after_start check ("ends_on" >= "starts_on"));`,
    );
    this.addSql(
      `create index "staff_assignment_starts_on_id_index" on "people"."staff_assignment" ("starts_on", "id");`,
    );
    this.addSql(
      `create index "staff_assignment_target_id_index" on "people"."staff_assignment" ("target_id");`,
    );
    this.addSql(
      `create index "staff_assignment_person_id_starts_on_index" on "people"."staff_assignment" ("person_id", "starts_on");`,
    );

    this.addSql(
      `create table "people"."student_class" ("id" uuid not null, "name" varchar(100) not null, "school_id" uuid null, "cohort" smallint not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "student_class_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "student_class_school_id_index" on "people"."student_class" ("school_id");`,
    );

    this.addSql(
      `alter table "people"."registered_operation" add constraint "registered_operation_client_id_foreign" foreign key ("client_id") references "people"."service_client" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "people"."person" add column "class_id" uuid null, add column "phone" varchar(32) null, add column "family_annual_income" int null;`,
    );
    this.addSql(`create index "person_class_id_index" on "people"."person" ("class_id");`);
  }

  override down(): void {
    this.addSql(
      `alter table "people"."registered_operation" drop constraint "registered_operation_client_id_foreign";`,
    );

    this.addSql(`drop table if exists "people"."access_record" cascade;`);

    this.addSql(`drop table if exists "people"."service_client" cascade;`);

    this.addSql(`drop table if exists "people"."registered_operation" cascade;`);

    this.addSql(`drop table if exists "people"."staff_assignment" cascade;`);

    this.addSql(`drop table if exists "people"."student_class" cascade;`);

    this.addSql(`drop index "people"."person_class_id_index";`);
    this.addSql(
      `alter table "people"."person" drop column "class_id", drop column "phone", drop column "family_annual_income";`,
    );

    this.addSql(`drop type "people"."staff_role";`);
    this.addSql(`drop type "people"."assignment_target";`);
  }
}
