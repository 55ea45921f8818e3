import { Migration } from "@mikro-orm/migrations";

export class Migration20261204151102 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "people"."governance_post_kind" as enum ('FLOOR_HEAD', 'DORM_HEAD', 'SAFETY_OFFICER');`,
    );
    this.addSql(
      `create table "people"."governance_post" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" "people"."governance_post_kind" not null, "holder_id" uuid not null, "grid_id" uuid null, "room_id" uuid null, "building_id" uuid null, "starts_on" date not null, "ends_on" date not null, "ended_on" date null, "ended_by_id" uuid null, "appointed_by_id" uuid not null, constraint "governance_post_pkey" primary key ("id"), constraint governance_post_in_grid_or_room check ("grid_id" is not null or "room_id" is not null));`,
    );
    this.addSql(
      `create index "governance_post_holder_id_index" on "people"."governance_post" ("holder_id");`,
    );
    this.addSql(
      `create index "governance_post_room_id_kind_index" on "people"."governance_post" ("room_id", "kind");`,
    );
    this.addSql(
      `create index "governance_post_grid_id_kind_index" on "people"."governance_post" ("grid_id", "kind");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "people"."governance_post" cascade;`);

    this.addSql(`drop type "people"."governance_post_kind";`);
  }
}
