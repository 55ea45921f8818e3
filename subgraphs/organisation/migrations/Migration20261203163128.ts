import { Migration } from "@mikro-orm/migrations";

/**
 * Party work in the grids (issue 13): party-member posts (党员示范岗) in a grid or a room for a
 * term, responsibility areas (责任区) over rooms and grids, vanguard teams (党员先锋队) with their
 * members, tasks and each task's steps.
 */
export class Migration20261203163128 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "organisation"."vanguard_task_state" as enum ('OPEN', 'DONE');`);
    this.addSql(
      `create table "organisation"."responsibility_area" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "branch_id" uuid not null, "member_id" uuid not null, "name" varchar(100) not null, "ended_on" date null, "ended_by_id" uuid null, "created_by_id" uuid null, constraint "responsibility_area_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "responsibility_area_branch_id_index" on "organisation"."responsibility_area" ("branch_id");`,
    );
    this.addSql(
      `create index "responsibility_area_member_id_index" on "organisation"."responsibility_area" ("member_id");`,
    );

    this.addSql(
      `create table "organisation"."responsibility_area_place" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "area_id" uuid not null, "room_id" uuid null, "grid_id" uuid null, constraint "responsibility_area_place_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "responsibility_area_place_area_id_index" on "organisation"."responsibility_area_place" ("area_id");`,
    );
    this.addSql(
      `create index "responsibility_area_place_room_id_index" on "organisation"."responsibility_area_place" ("room_id");`,
    );
    this.addSql(
      `create index "responsibility_area_place_grid_id_index" on "organisation"."responsibility_area_place" ("grid_id");`,
    );

    this.addSql(
      `create table "organisation"."party_post" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "holder_id" uuid not null, "title" varchar(100) not null, "duties" varchar(1000) not null, "grid_id" uuid null, "room_id" uuid null, "starts_on" date not null, "ends_on" date not null, "ended_on" date null, "ended_by_id" uuid null, "created_by_id" uuid null, constraint "party_post_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "party_post_holder_id_index" on "organisation"."party_post" ("holder_id");`,
    );
    this.addSql(
      `create index "party_post_grid_id_index" on "organisation"."party_post" ("grid_id");`,
    );
    this.addSql(
      `create index "party_post_room_id_index" on "organisation"."party_post" ("room_id");`,
    );

    this.addSql(
      `create table "organisation"."vanguard_team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "branch_id" uuid not null, "name" varchar(100) not null, "purpose" varchar(500) not null, "created_by_id" uuid null, constraint "vanguard_team_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "vanguard_team_branch_id_index" on "organisation"."vanguard_team" ("branch_id");`,
    );

    this.addSql(
      `create table "organisation"."vanguard_task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "team_id" uuid not null, "title" varchar(200) not null, "due_on" date null, "state" "organisation"."vanguard_task_state" not null default 'OPEN', "created_by_id" uuid null, constraint "vanguard_task_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "vanguard_task_team_id_created_at_index" on "organisation"."vanguard_task" ("team_id", "created_at");`,
    );

    this.addSql(
      `create table "organisation"."vanguard_task_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "task_id" uuid not null, "from_state" "organisation"."vanguard_task_state" null, "to_state" "organisation"."vanguard_task_state" not null, "by_id" uuid null, "note" varchar(500) not null, constraint "vanguard_task_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "vanguard_task_transition_task_id_created_at_index" on "organisation"."vanguard_task_transition" ("task_id", "created_at");`,
    );

    this.addSql(
      `create table "organisation"."vanguard_team_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "team_id" uuid not null, "person_id" uuid not null, constraint "vanguard_team_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "vanguard_team_member_person_id_index" on "organisation"."vanguard_team_member" ("person_id");`,
    );
    this.addSql(
      `alter table "organisation"."vanguard_team_member" add constraint "vanguard_team_member_team_id_person_id_unique" unique ("team_id", "person_id");`,
    );

    this.addSql(
      `alter table "organisation"."responsibility_area" add constraint "responsibility_area_branch_id_foreign" foreign key ("branch_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."responsibility_area_place" add constraint "responsibility_area_place_area_id_foreign" foreign key ("area_id") references "organisation"."responsibility_area" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organisation"."responsibility_area_place" add constraint "responsibility_area_place_room_id_foreign" foreign key ("room_id") references "organisation"."room" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation"."responsibility_area_place" add constraint "responsibility_area_place_grid_id_foreign" foreign key ("grid_id") references "organisation"."grid" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."party_post" add constraint "party_post_grid_id_foreign" foreign key ("grid_id") references "organisation"."grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation"."party_post" add constraint "party_post_room_id_foreign" foreign key ("room_id") references "organisation"."room" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_team" add constraint "vanguard_team_branch_id_foreign" foreign key ("branch_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_task" add constraint "vanguard_task_team_id_foreign" foreign key ("team_id") references "organisation"."vanguard_team" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_task_transition" add constraint "vanguard_task_transition_task_id_foreign" foreign key ("task_id") references "organisation"."vanguard_task" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_team_member" add constraint "vanguard_team_member_team_id_foreign" foreign key ("team_id") references "organisation"."vanguard_team" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "organisation"."responsibility_area_place" drop constraint "responsibility_area_place_area_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_task" drop constraint "vanguard_task_team_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_team_member" drop constraint "vanguard_team_member_team_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."vanguard_task_transition" drop constraint "vanguard_task_transition_task_id_foreign";`,
    );

    this.addSql(`drop table if exists "organisation"."responsibility_area" cascade;`);

    this.addSql(`drop table if exists "organisation"."responsibility_area_place" cascade;`);

    this.addSql(`drop table if exists "organisation"."party_post" cascade;`);

    this.addSql(`drop table if exists "organisation"."vanguard_team" cascade;`);

    this.addSql(`drop table if exists "organisation"."vanguard_task" cascade;`);

    this.addSql(`drop table if exists "organisation"."vanguard_task_transition" cascade;`);

    this.addSql(`drop table if exists "organisation"."vanguard_team_member" cascade;`);

    this.addSql(`drop type "organisation"."vanguard_task_state";`);
  }
}
