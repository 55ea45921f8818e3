import { Migration } from "@mikro-orm/migrations";

export class Migration20261128133025 extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists "people";`);
    this.addSql(`create type "people"."person_kind" as enum ('STUDENT', 'STAFF');`);
    this.addSql(
      `create type "people"."degree_level" as enum ('UNDERGRADUATE', 'MASTER', 'DOCTORAL');`,
    );
    this.addSql(
      `create type "people"."political_status" as enum ('MASSES', 'LEAGUE_MEMBER', 'APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY_MEMBER', 'FULL_MEMBER');`,
    );
    this.addSql(
      `create table "people"."person" ("id" uuid not null, "name" varchar(100) not null, "kind" "people"."person_kind" not null, "number" varchar(32) not null, "cohort" smallint null, "degree_level" "people"."degree_level" null, "political_status" "people"."political_status" not null default 'MASSES', "school_id" uuid null, "college_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "people"."person" add constraint "person_number_unique" unique ("number");`,
    );
    this.addSql(`create index "person_school_id_index" on "people"."person" ("school_id");`);
    this.addSql(`create index "person_college_id_index" on "people"."person" ("college_id");`);
    this.addSql(`create index "person_name_id_index" on "people"."person" ("name", "id");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "people"."person" cascade;`);

    this.addSql(`drop type "people"."person_kind";`);
    this.addSql(`drop type "people"."degree_level";`);
    this.addSql(`drop type "people"."political_status";`);
  }
}
