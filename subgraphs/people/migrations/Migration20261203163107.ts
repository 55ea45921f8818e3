import { Migration } from "@mikro-orm/migrations";

export class Migration20261203163107 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "people"."team_kind" as enum ('VOLUNTEER_CORPS', 'LECTURE_GROUP', 'SELF_GOVERNANCE', 'CLASS_COMMITTEE', 'STUDENT_ORGANISATION');`,
    );
    this.addSql(`create type "people"."team_role" as enum ('CADRE', 'MEMBER');`);
    this.addSql(
      `create type "people"."volunteer_service_status" as enum ('SUBMITTED', 'VERIFIED', 'REJECTED');`,
    );
    this.addSql(
      `create table "people"."team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(100) not null, "kind" "people"."team_kind" not null, "leader_id" uuid not null, constraint "team_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "people"."team" add constraint "team_name_unique" unique ("name");`);
    this.addSql(`create index "team_leader_id_index" on "people"."team" ("leader_id");`);

    this.addSql(
      `create table "people"."team_membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "team_id" uuid not null, "person_id" uuid not null, "role" "people"."team_role" not null, "joined_on" date not null, "left_on" date null, constraint "team_membership_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "team_membership_person_id_index" on "people"."team_membership" ("person_id");`,
    );
    this.addSql(
      `create index "team_membership_team_id_left_on_index" on "people"."team_membership" ("team_id", "left_on");`,
    );

    this.addSql(
      `create table "people"."volunteer_service" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "team_id" uuid not null, "person_id" uuid not null, "activity" varchar(100) not null, "place" varchar(100) null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "minutes" int not null, "term" varchar(11) not null, "status" "people"."volunteer_service_status" not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "reason" varchar(500) null, constraint "volunteer_service_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "volunteer_service_person_id_status_term_index" on "people"."volunteer_service" ("person_id", "status", "term");`,
    );
    this.addSql(
      `create index "volunteer_service_team_id_status_starts_at_index" on "people"."volunteer_service" ("team_id", "status", "starts_at");`,
    );
    this.addSql(
      `create index "volunteer_service_person_id_starts_at_index" on "people"."volunteer_service" ("person_id", "starts_at");`,
    );

    this.addSql(
      `create table "people"."volunteer_service_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "service_id" uuid not null, "service_version" int not null, "from_status" "people"."volunteer_service_status" null, "to_status" "people"."volunteer_service_status" not null, "by_person_id" uuid not null, "at" timestamptz not null, "note" varchar(500) null, constraint "volunteer_service_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "people"."volunteer_service_transition" add constraint "volunteer_service_transition_service_id_service_version_unique" unique ("service_id", "service_version");`,
    );

    this.addSql(
      `alter table "people"."team_membership" add constraint "team_membership_team_id_foreign" foreign key ("team_id") references "people"."team" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "people"."volunteer_service" add constraint "volunteer_service_team_id_foreign" foreign key ("team_id") references "people"."team" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "people"."volunteer_service_transition" add constraint "volunteer_service_transition_service_id_foreign" foreign key ("service_id") references "people"."volunteer_service" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "people"."team_membership" drop constraint "team_membership_team_id_foreign";`,
    );

    this.addSql(
      `alter table "people"."volunteer_service" drop constraint "volunteer_service_team_id_foreign";`,
    );

    this.addSql(
      `alter table "people"."volunteer_service_transition" drop constraint "volunteer_service_transition_service_id_foreign";`,
    );

    this.addSql(`drop table if exists "people"."team" cascade;`);

    this.addSql(`drop table if exists "people"."team_membership" cascade;`);

    this.addSql(`drop table if exists "people"."volunteer_service" cascade;`);

    this.addSql(`drop table if exists "people"."volunteer_service_transition" cascade;`);

    this.addSql(`drop type "people"."team_kind";`);
    this.addSql(`drop type "people"."team_role";`);
    this.addSql(`drop type "people"."volunteer_service_status";`);
  }
}
