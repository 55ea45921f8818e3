import { Migration } from "@mikro-orm/migrations";

export class Migration20261205072309 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organisation"."residence_import_part" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "import_id" uuid not null, "first_row" int not null, "staged_by" varchar(200) not null, "header" jsonb not null, "rows" jsonb not null, constraint "residence_import_part_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "residence_import_part_created_at_index" on "organisation"."residence_import_part" ("created_at");`,
    );
    this.addSql(
      `alter table "organisation"."residence_import_part" add constraint "residence_import_part_import_id_first_row_unique" unique ("import_id", "first_row");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organisation"."residence_import_part" cascade;`);
  }
}
