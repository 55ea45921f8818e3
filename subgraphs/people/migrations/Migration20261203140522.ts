import { Migration } from "@mikro-orm/migrations";

export class Migration20261203140522 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "people"."party_stage" as enum ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY_MEMBER', 'FULL_MEMBER', 'CANCELLED');`,
    );
    this.addSql(
      `create type "people"."party_sponsor_role" as enum ('CULTIVATION_CONTACT', 'INTRODUCER');`,
    );
    this.addSql(
      `create type "people"."party_step" as enum ('BECOME_ACTIVIST', 'BECOME_DEVELOPMENT_TARGET', 'ADMIT_PROBATIONARY', 'CONFIRM_FULL_MEMBER', 'EXTEND_PROBATION', 'CANCEL_PROBATION');`,
    );
    this.addSql(
      `create type "people"."party_decision_basis" as enum ('BRANCH_COMMITTEE', 'BRANCH_GENERAL_MEETING');`,
    );
    this.addSql(
      `create table "people"."party_development" ("id" uuid not null, "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" uuid not null, "branch_id" uuid not null, "stage" "people"."party_stage" not null, "former_status" "people"."political_status" not null, "applied_on" date not null, "activist_since" date null, "development_target_since" date null, "probation_since" date null, "probation_ends_on" date null, "full_member_since" date null, "training_passed_on" date null, "political_review_passed_on" date null, "public_notice_completed_on" date null, "thought_report_due_on" date null, "created_at" timestamptz not null default now(), constraint "party_development_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "people"."party_development" add constraint "party_development_person_id_unique" unique ("person_id");`,
    );
    this.addSql(
      `create index "party_development_thought_report_due_on_index" on "people"."party_development" ("thought_report_due_on");`,
    );
    this.addSql(
      `create index "party_development_branch_id_stage_index" on "people"."party_development" ("branch_id", "stage");`,
    );

    this.addSql(
      `create table "people"."party_sponsor" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "development_id" uuid not null, "role" "people"."party_sponsor_role" not null, "person_id" uuid not null, "since" date not null, constraint "party_sponsor_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "party_sponsor_person_id_role_index" on "people"."party_sponsor" ("person_id", "role");`,
    );
    this.addSql(
      `alter table "people"."party_sponsor" add constraint "party_sponsor_development_id_role_person_id_unique" unique ("development_id", "role", "person_id");`,
    );

    this.addSql(
      `create table "people"."party_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "development_id" uuid not null, "step" "people"."party_step" null, "from_stage" "people"."party_stage" null, "to_stage" "people"."party_stage" not null, "effective_on" date not null, "basis" "people"."party_decision_basis" null, "basis_reference" varchar(200) null, "note" varchar(2000) null, "probation_ends_on" date null, "recorded_by_id" uuid null, constraint "party_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "party_transition_development_id_effective_on_index" on "people"."party_transition" ("development_id", "effective_on");`,
    );

    this.addSql(
      `create table "people"."thought_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "development_id" uuid not null, "submitted_on" date not null, "stage" "people"."party_stage" not null, "summary" varchar(2000) null, "recorded_by_id" uuid null, constraint "thought_report_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "thought_report_development_id_submitted_on_index" on "people"."thought_report" ("development_id", "submitted_on");`,
    );

    this.addSql(
      `alter table "people"."party_sponsor" add constraint "party_sponsor_development_id_foreign" foreign key ("development_id") references "people"."party_development" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "people"."party_transition" add constraint "party_transition_development_id_foreign" foreign key ("development_id") references "people"."party_development" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "people"."thought_report" add constraint "thought_report_development_id_foreign" foreign key ("development_id") references "people"."party_development" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "people"."party_sponsor" drop constraint "party_sponsor_development_id_foreign";`,
    );

    this.addSql(
      `alter table "people"."party_transition" drop constraint "party_transition_development_id_foreign";`,
    );

    this.addSql(
      `alter table "people"."thought_report" drop constraint "thought_report_development_id_foreign";`,
    );

    this.addSql(`drop table if exists "people"."party_development" cascade;`);

    this.addSql(`drop table if exists "people"."party_sponsor" cascade;`);

    this.addSql(`drop table if exists "people"."party_transition" cascade;`);

    this.addSql(`drop table if exists "people"."thought_report" cascade;`);

    this.addSql(`drop type "people"."party_stage";`);
    this.addSql(`drop type "people"."party_sponsor_role";`);
    this.addSql(`drop type "people"."party_step";`);
    this.addSql(`drop type "people"."party_decision_basis";`);
  }
}
