import { Migration } from "@mikro-orm/migrations";

export class Migration20261128140623 extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists "organisation";`);
    this.addSql(
      `create type "organisation"."org_unit_kind" as enum ('PARTY_COMMITTEE', 'GENERAL_BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'SCHOOL', 'RESIDENTIAL_COLLEGE');`,
    );
    this.addSql(
      `create table "organisation"."campus" ("id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "campus_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "organisation"."org_unit" ("id" uuid not null, "name" varchar(200) not null, "kind" "organisation"."org_unit_kind" not null, "parent_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "org_unit_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "org_unit_parent_id_index" on "organisation"."org_unit" ("parent_id");`,
    );
    this.addSql(
      `create index "org_unit_kind_name_id_index" on "organisation"."org_unit" ("kind", "name", "id");`,
    );

    this.addSql(
      `create table "organisation"."building" ("id" uuid not null, "name" varchar(200) not null, "campus_id" uuid not null, "floors" smallint not null, "college_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "building_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "building_college_id_index" on "organisation"."building" ("college_id");`,
    );
    this.addSql(
      `create index "building_campus_id_name_index" on "organisation"."building" ("campus_id", "name");`,
    );

    this.addSql(
      `create table "organisation"."grid" ("id" uuid not null, "name" varchar(200) not null, "building_id" uuid not null, "branch_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "grid_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_building_id_index" on "organisation"."grid" ("building_id");`);
    this.addSql(`create index "grid_branch_id_index" on "organisation"."grid" ("branch_id");`);
    this.addSql(`create index "grid_name_id_index" on "organisation"."grid" ("name", "id");`);

    this.addSql(
      `create table "organisation"."room" ("id" uuid not null, "building_id" uuid not null, "grid_id" uuid null, "number" varchar(16) not null, "floor" smallint not null, "capacity" smallint not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "room_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "room_grid_id_floor_number_index" on "organisation"."room" ("grid_id", "floor", "number");`,
    );
    this.addSql(
      `alter table "organisation"."room" add constraint "room_building_id_number_unique" unique ("building_id", "number");`,
    );

    this.addSql(
      `create table "organisation"."residence" ("id" uuid not null, "person_id" uuid not null, "room_id" uuid not null, "bed" varchar(16) not null, "moved_in_on" date not null, "moved_out_on" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "residence_pkey" primary key ("id"), constraint residence_moved_out_after_in check ("moved_out_on" >= "moved_in_on"));`,
    );
    this.addSql(
      `create index "residence_person_id_index" on "organisation"."residence" ("person_id");`,
    );
    this.addSql(
      `create index "residence_room_id_index" on "organisation"."residence" ("room_id");`,
    );
    this.addSql(
      `create unique index "residence_person_open_unique" on "organisation"."residence" ("person_id") where "moved_out_on" is null;`,
    );
    this.addSql(
      `create unique index "residence_room_bed_open_unique" on "organisation"."residence" ("room_id", "bed") where "moved_out_on" is null;`,
    );

    this.addSql(
      `alter table "organisation"."org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."building" add constraint "building_campus_id_foreign" foreign key ("campus_id") references "organisation"."campus" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organisation"."building" add constraint "building_college_id_foreign" foreign key ("college_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."grid" add constraint "grid_building_id_foreign" foreign key ("building_id") references "organisation"."building" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organisation"."grid" add constraint "grid_branch_id_foreign" foreign key ("branch_id") references "organisation"."org_unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "organisation"."room" add constraint "room_building_id_foreign" foreign key ("building_id") references "organisation"."building" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organisation"."room" add constraint "room_grid_id_foreign" foreign key ("grid_id") references "organisation"."grid" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."residence" add constraint "residence_room_id_foreign" foreign key ("room_id") references "organisation"."room" ("id") on update cascade;`,
    );
  }

  override down(): void {
    this.addSql(
      `alter table "organisation"."building" drop constraint "building_campus_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."org_unit" drop constraint "org_unit_parent_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."building" drop constraint "building_college_id_foreign";`,
    );

    this.addSql(`alter table "organisation"."grid" drop constraint "grid_branch_id_foreign";`);

    this.addSql(`alter table "organisation"."grid" drop constraint "grid_building_id_foreign";`);

    this.addSql(`alter table "organisation"."room" drop constraint "room_building_id_foreign";`);

    this.addSql(`alter table "organisation"."room" drop constraint "room_grid_id_foreign";`);

    this.addSql(
      `alter table "organisation"."residence" drop constraint "residence_room_id_foreign";`,
    );

    this.addSql(`drop table if exists "organisation"."campus" cascade;`);

    this.addSql(`drop table if exists "organisation"."org_unit" cascade;`);

    this.addSql(`drop table if exists "organisation"."building" cascade;`);

    this.addSql(`drop table if exists "organisation"."grid" cascade;`);

    this.addSql(`drop table if exists "organisation"."room" cascade;`);

    this.addSql(`drop table if exists "organisation"."residence" cascade;`);

    this.addSql(`drop type "organisation"."org_unit_kind";`);
  }
}
