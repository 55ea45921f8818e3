import { Migration } from "@mikro-orm/migrations";

export class Migration20261203193753 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "organisation"."org_unit_change_kind" as enum ('CREATED', 'RENAMED', 'MOVED', 'CLOSED');`,
    );
    this.addSql(
      `create table "organisation"."org_unit_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "change" "organisation"."org_unit_change_kind" not null, "name" varchar(200) not null, "parent_id" uuid null, "changed_on" date not null, "changed_by_id" uuid null, constraint "org_unit_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "org_unit_change_unit_id_created_at_index" on "organisation"."org_unit_change" ("unit_id", "created_at");`,
    );

    this.addSql(
      `alter table "organisation"."org_unit_change" add constraint "org_unit_change_unit_id_foreign" foreign key ("unit_id") references "organisation"."org_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organisation"."org_unit_change" add constraint "org_unit_change_parent_id_foreign" foreign key ("parent_id") references "organisation"."org_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organisation"."org_unit" add column "college_id" uuid null, add column "purpose" varchar(500) null, add column "starts_on" date null, add column "ends_on" date null, add column "team_id" uuid null, add column "closed_on" date null;`,
    );
    this.addSql(
      `alter table "organisation"."org_unit" add constraint "org_unit_college_id_foreign" foreign key ("college_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `create index "org_unit_college_id_index" on "organisation"."org_unit" ("college_id");`,
    );

    this.addSql(`alter table "organisation"."room" add column "out_of_use_on" date null;`);

    // Units that stood before history was kept: each starts with its name and parent of today.
    this.addSql(
      `insert into "organisation"."org_unit_change" ("id", "unit_id", "change", "name", "parent_id", "changed_on") select gen_random_uuid(), "id", 'CREATED', "name", "parent_id", "created_at"::date from "organisation"."org_unit";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organisation"."org_unit_change" cascade;`);

    this.addSql(
      `alter table "organisation"."org_unit" drop constraint "org_unit_college_id_foreign";`,
    );

    this.addSql(`drop index "organisation"."org_unit_college_id_index";`);
    this.addSql(
      `alter table "organisation"."org_unit" drop column "college_id", drop column "purpose", drop column "starts_on", drop column "ends_on", drop column "team_id", drop column "closed_on";`,
    );

    this.addSql(`alter table "organisation"."room" drop column "out_of_use_on";`);

    this.addSql(`drop type "organisation"."org_unit_change_kind";`);
  }
}
