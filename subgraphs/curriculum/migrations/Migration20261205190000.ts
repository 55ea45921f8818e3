import { Migration } from "@mikro-orm/migrations";

/** Placements of tier-3 students (安置) and their history. */
export class Migration20261205190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "curriculum"."placement_kind" as enum ('RESEARCH_TEAM', 'INTERNSHIP');`,
    );
    this.addSql(
      `create type "curriculum"."placement_status" as enum ('PROPOSED', 'RECOMMENDED', 'ACCEPTED', 'EVALUATED', 'DECLINED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create type "curriculum"."placement_grade" as enum ('EXCELLENT', 'GOOD', 'PASS', 'FAIL');`,
    );
    this.addSql(
      `create table "curriculum"."placement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "student_id" uuid not null, "kind" "curriculum"."placement_kind" not null, "partner_id" uuid null, "team_name" text null, "topic" text not null, "supervisor_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "status" "curriculum"."placement_status" not null default 'PROPOSED', "recommendation" text null, "grade" "curriculum"."placement_grade" null, "evaluation" text null, "evaluated_by_id" uuid null, "evaluated_at" timestamptz(3) null, "proposed_by_id" uuid null, "proposed_at" timestamptz(3) not null, constraint "placement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "placement_student_id_index" on "curriculum"."placement" ("student_id");`,
    );
    this.addSql(
      `create index "placement_supervisor_id_index" on "curriculum"."placement" ("supervisor_id");`,
    );
    this.addSql(
      `create table "curriculum"."placement_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "placement_id" uuid not null, "from_status" "curriculum"."placement_status" null, "to_status" "curriculum"."placement_status" not null, "by_id" uuid null, "at" timestamptz(3) not null, "note" text null, constraint "placement_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "placement_transition_placement_id_at_index" on "curriculum"."placement_transition" ("placement_id", "at");`,
    );
    this.addSql(
      `alter table "curriculum"."placement" add constraint "placement_partner_id_foreign" foreign key ("partner_id") references "curriculum"."partner_organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "curriculum"."placement_transition" add constraint "placement_transition_placement_id_foreign" foreign key ("placement_id") references "curriculum"."placement" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "curriculum"."placement_transition" drop constraint "placement_transition_placement_id_foreign";`,
    );
    this.addSql(`drop table if exists "curriculum"."placement" cascade;`);
    this.addSql(`drop table if exists "curriculum"."placement_transition" cascade;`);
    this.addSql(`drop type "curriculum"."placement_kind";`);
    this.addSql(`drop type "curriculum"."placement_status";`);
    this.addSql(`drop type "curriculum"."placement_grade";`);
  }
}
