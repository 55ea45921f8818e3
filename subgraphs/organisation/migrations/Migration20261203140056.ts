import { Migration } from "@mikro-orm/migrations";

/**
 * Grids administered (issue 13, 1 branch : N grids): a grid's kind, closing, a branch that may be
 * not yet assigned, and the history of every change of branch.
 */
export class Migration20261203140056 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "organisation"."grid_kind" as enum ('FLOOR', 'WING', 'BUILDING');`);
    this.addSql(
      `create table "organisation"."grid_branch_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "grid_id" uuid not null, "from_branch_id" uuid null, "to_branch_id" uuid null, "changed_by_id" uuid null, constraint "grid_branch_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "grid_branch_change_grid_id_created_at_index" on "organisation"."grid_branch_change" ("grid_id", "created_at");`,
    );

    this.addSql(
      `alter table "organisation"."grid_branch_change" add constraint "grid_branch_change_grid_id_foreign" foreign key ("grid_id") references "organisation"."grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organisation"."grid_branch_change" add constraint "grid_branch_change_from_branch_id_foreign" foreign key ("from_branch_id") references "organisation"."org_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organisation"."grid_branch_change" add constraint "grid_branch_change_to_branch_id_foreign" foreign key ("to_branch_id") references "organisation"."org_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organisation"."grid" add column "kind" "organisation"."grid_kind" not null default 'FLOOR', add column "closed_on" date null, add column "closed_by_id" uuid null;`,
    );
    this.addSql(`alter table "organisation"."grid" alter column "branch_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organisation"."grid_branch_change" cascade;`);

    this.addSql(
      `alter table "organisation"."grid" drop column "kind", drop column "closed_on", drop column "closed_by_id";`,
    );

    this.addSql(`alter table "organisation"."grid" alter column "branch_id" set not null;`);

    this.addSql(`drop type "organisation"."grid_kind";`);
  }
}
