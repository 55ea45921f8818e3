import { Migration } from "@mikro-orm/migrations";
import { pgArray } from "@campus/subgraph/data";
import { spellName } from "../src/person/person.pinyin";

type Execute = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/**
 * Fills in every person's stored pinyin from their name, 5,000 people to an update (the triples
 * travel as three array parameters). Exported for the test that checks the backfill.
 */
export async function spellEveryName(execute: Execute): Promise<void> {
  const rows = (await execute(`select "id", "name" from "people"."person" order by "id"`)) as {
    id: string;
    name: string;
  }[];
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    const spelled = batch.map((row) => spellName(row.name));
    await execute(
      `update "people"."person" as p set "name_pinyin" = s.pinyin, "name_initials" = s.initials
         from unnest(?::uuid[], ?::text[], ?::text[]) as s(id, pinyin, initials) where p.id = s.id`,
      [
        pgArray(batch.map((r) => r.id)),
        pgArray(spelled.map((s) => s.pinyin)),
        pgArray(spelled.map((s) => s.initials)),
      ],
    );
  }
}

/**
 * The roster's pinyin: each person's name in toneless pinyin and its initials, stored when the
 * person is written (Person's BeforeCreate/BeforeUpdate hook) and here filled in for everyone
 * already there, in batches of 5,000 (one update each, the pairs travelling as arrays).
 */
export class Migration20261203102000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(
      `alter table "people"."person" add column "name_pinyin" varchar(400) not null default '', add column "name_initials" varchar(100) not null default '';`,
    );
    await spellEveryName((sql, params) => this.execute(sql, params));
    await this.execute(
      `create index "person_name_pinyin_name_id_index" on "people"."person" ("name_pinyin" collate "C", "name", "id");`,
    );
    await this.execute(
      `create index "person_name_initials_index" on "people"."person" ("name_initials" text_pattern_ops);`,
    );
    await this.execute(
      `create index "person_name_pinyin_joined_index" on "people"."person" (replace("name_pinyin", ' ', '') text_pattern_ops);`,
    );
  }

  override down(): void {
    this.addSql(`drop index "people"."person_name_pinyin_joined_index";`);
    this.addSql(`drop index "people"."person_name_initials_index";`);
    this.addSql(`drop index "people"."person_name_pinyin_name_id_index";`);
    this.addSql(
      `alter table "people"."person" drop column "name_pinyin", drop column "name_initials";`,
    );
  }
}
