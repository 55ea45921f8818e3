import { Migration } from "@mikro-orm/migrations";

/**
 * Name and number search at any position: a GIN index over each name's characters, and pg_trgm's
 * trigram GIN index over numbers (the extension ships with PostgreSQL's contrib, in the embedded
 * server too; installed in public, where a schema reset of people leaves it).
 */
export class Migration20261203170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(
      `create index "person_name_chars_index" on "people"."person" using gin (string_to_array("name", null));`,
    );
    this.addSql(
      `create index "person_number_trgm_index" on "people"."person" using gin ("number" public.gin_trgm_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "people"."person_number_trgm_index";`);
    this.addSql(`drop index "people"."person_name_chars_index";`);
  }
}
