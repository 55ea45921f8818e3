import { Migration } from "@mikro-orm/migrations";

export class Migration20261204145510 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "people"."volunteer_activity_state" as enum ('OPEN', 'CANCELLED');`);
    this.addSql(
      `create type "people"."volunteer_sign_up_state" as enum ('SIGNED_UP', 'CHECKED_IN', 'CANCELLED');`,
    );
    this.addSql(
      `create table "people"."volunteer_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "team_id" uuid not null, "title" varchar(100) not null, "place" varchar(100) null, "grid_id" uuid null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "slots" int not null, "open_to_all_students" boolean not null, "term" varchar(11) not null, "state" "people"."volunteer_activity_state" not null, "created_by_id" uuid not null, "cancelled_at" timestamptz null, "cancelled_by_id" uuid null, constraint "volunteer_activity_pkey" primary key ("id"), constraint volunteer_activity_slots check ("slots" > 0), constraint volunteer_activity_ends_after_start check ("ends_at" > "starts_at"));`,
    );
    this.addSql(
      `create index "volunteer_activity_state_ends_at_index" on "people"."volunteer_activity" ("state", "ends_at");`,
    );
    this.addSql(
      `create index "volunteer_activity_team_id_starts_at_index" on "people"."volunteer_activity" ("team_id", "starts_at");`,
    );

    this.addSql(
      `create table "people"."volunteer_sign_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "activity_id" uuid not null, "person_id" uuid not null, "state" "people"."volunteer_sign_up_state" not null, "signed_up_at" timestamptz not null, "cancelled_at" timestamptz null, "checked_in_at" timestamptz null, "checked_in_by_id" uuid null, "service_id" uuid null, constraint "volunteer_sign_up_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "volunteer_sign_up_person_id_state_index" on "people"."volunteer_sign_up" ("person_id", "state");`,
    );
    this.addSql(
      `alter table "people"."volunteer_sign_up" add constraint "volunteer_sign_up_activity_id_person_id_unique" unique ("activity_id", "person_id");`,
    );

    this.addSql(
      `alter table "people"."volunteer_activity" add constraint "volunteer_activity_team_id_foreign" foreign key ("team_id") references "people"."team" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "people"."volunteer_sign_up" add constraint "volunteer_sign_up_activity_id_foreign" foreign key ("activity_id") references "people"."volunteer_activity" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "people"."volunteer_sign_up" add constraint "volunteer_sign_up_service_id_foreign" foreign key ("service_id") references "people"."volunteer_service" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "people"."volunteer_sign_up" drop constraint "volunteer_sign_up_activity_id_foreign";`,
    );

    this.addSql(`drop table if exists "people"."volunteer_activity" cascade;`);

    this.addSql(`drop table if exists "people"."volunteer_sign_up" cascade;`);

    this.addSql(`drop type "people"."volunteer_activity_state";`);
    this.addSql(`drop type "people"."volunteer_sign_up_state";`);
  }
}
