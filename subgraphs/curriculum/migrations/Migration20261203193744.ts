import { Migration } from "@mikro-orm/migrations";

export class Migration20261203193744 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "curriculum"."partner_kind" as enum ('ENTERPRISE', 'INSTITUTION', 'RESEARCH_TEAM');`,
    );
    this.addSql(
      `create type "curriculum"."challenge_status" as enum ('DRAFT', 'PUBLISHED', 'CLOSED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create type "curriculum"."claim_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`,
    );
    this.addSql(
      `create type "curriculum"."project_status" as enum ('ACTIVE', 'CONCLUDED', 'ABANDONED');`,
    );
    this.addSql(
      `create type "curriculum"."project_outcome" as enum ('REPORT', 'AWARD', 'PAPER', 'PATENT');`,
    );
    this.addSql(
      `create type "curriculum"."award_level" as enum ('SCHOOL', 'PROVINCIAL', 'NATIONAL', 'INTERNATIONAL');`,
    );
    this.addSql(
      `create type "curriculum"."milestone_status" as enum ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED');`,
    );
    this.addSql(`create type "curriculum"."review_verdict" as enum ('ACCEPT', 'RETURN');`);
    this.addSql(`create type "curriculum"."project_role" as enum ('LEADER', 'MEMBER');`);
    this.addSql(
      `create table "curriculum"."partner_organisation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "kind" "curriculum"."partner_kind" not null, "description" text not null default '', "created_by_id" uuid null, constraint "partner_organisation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."partner_organisation" add constraint "partner_organisation_name_unique" unique ("name");`,
    );

    this.addSql(
      `create table "curriculum"."partner_contact" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partner_id" uuid not null, "person_id" uuid not null, constraint "partner_contact_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partner_contact_person_id_index" on "curriculum"."partner_contact" ("person_id");`,
    );
    this.addSql(
      `alter table "curriculum"."partner_contact" add constraint "partner_contact_partner_id_person_id_unique" unique ("partner_id", "person_id");`,
    );

    this.addSql(
      `create table "curriculum"."challenge" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partner_id" uuid null, "title" text not null, "problem" text not null, "requirements" text not null, "deliverables" text not null, "mentor_id" uuid not null, "deadline" date not null, "team_size_min" int not null, "team_size_max" int not null, "teams_wanted" int not null, "status" "curriculum"."challenge_status" not null default 'DRAFT', "posted_by_id" uuid null, "posted_at" timestamptz(3) not null, "published_by_id" uuid null, "published_at" timestamptz(3) null, "ended_by_id" uuid null, "ended_at" timestamptz(3) null, constraint "challenge_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "challenge_mentor_id_index" on "curriculum"."challenge" ("mentor_id");`,
    );
    this.addSql(
      `create index "challenge_posted_by_id_index" on "curriculum"."challenge" ("posted_by_id");`,
    );
    this.addSql(
      `create index "challenge_status_deadline_index" on "curriculum"."challenge" ("status", "deadline");`,
    );

    this.addSql(
      `create table "curriculum"."challenge_claim" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "challenge_id" uuid not null, "leader_id" uuid not null, "member_ids" jsonb not null, "proposal" text not null, "status" "curriculum"."claim_status" not null default 'PENDING', "claimed_at" timestamptz(3) not null, "decided_by_id" uuid null, "decided_at" timestamptz(3) null, "decision_note" text null, constraint "challenge_claim_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "challenge_claim_leader_id_index" on "curriculum"."challenge_claim" ("leader_id");`,
    );
    this.addSql(
      `create index "challenge_claim_challenge_id_status_index" on "curriculum"."challenge_claim" ("challenge_id", "status");`,
    );

    this.addSql(
      `create table "curriculum"."project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "challenge_id" uuid not null, "claim_id" uuid not null, "title" text not null, "tier" int not null, "leader_id" uuid not null, "mentor_id" uuid not null, "status" "curriculum"."project_status" not null default 'ACTIVE', "started_at" timestamptz(3) not null, "outcome" "curriculum"."project_outcome" null, "award_level" "curriculum"."award_level" null, "outcome_note" text null, "ended_at" timestamptz(3) null, constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."project" add constraint "project_claim_id_unique" unique ("claim_id");`,
    );
    this.addSql(`create index "project_mentor_id_index" on "curriculum"."project" ("mentor_id");`);

    this.addSql(
      `create table "curriculum"."milestone" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "title" text not null, "due_on" date not null, "status" "curriculum"."milestone_status" not null default 'OPEN', "submitted_at" timestamptz(3) null, constraint "milestone_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "milestone_status_submitted_at_index" on "curriculum"."milestone" ("status", "submitted_at");`,
    );
    this.addSql(
      `create index "milestone_project_id_due_on_index" on "curriculum"."milestone" ("project_id", "due_on");`,
    );

    this.addSql(
      `create table "curriculum"."milestone_submission" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "milestone_id" uuid not null, "content" text not null, "submitted_by_id" uuid not null, "submitted_at" timestamptz(3) not null, "verdict" "curriculum"."review_verdict" null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz(3) null, "review_note" text null, constraint "milestone_submission_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "milestone_submission_milestone_id_submitted_at_index" on "curriculum"."milestone_submission" ("milestone_id", "submitted_at");`,
    );

    this.addSql(
      `create table "curriculum"."climb_tier" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "tier" int not null, "basis" text not null, "basis_project_id" uuid null, "set_by_id" uuid null, "set_at" timestamptz(3) not null, constraint "climb_tier_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "climb_tier_person_id_set_at_index" on "curriculum"."climb_tier" ("person_id", "set_at");`,
    );

    this.addSql(
      `create table "curriculum"."project_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "person_id" uuid not null, "role" "curriculum"."project_role" not null, constraint "project_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "project_member_person_id_index" on "curriculum"."project_member" ("person_id");`,
    );
    this.addSql(
      `alter table "curriculum"."project_member" add constraint "project_member_project_id_person_id_unique" unique ("project_id", "person_id");`,
    );

    this.addSql(
      `create table "curriculum"."project_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "project_id" uuid not null, "from_status" "curriculum"."project_status" null, "to_status" "curriculum"."project_status" not null, "by_id" uuid null, "at" timestamptz(3) not null, "note" text null, constraint "project_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "project_transition_project_id_at_index" on "curriculum"."project_transition" ("project_id", "at");`,
    );

    this.addSql(
      `alter table "curriculum"."partner_contact" add constraint "partner_contact_partner_id_foreign" foreign key ("partner_id") references "curriculum"."partner_organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."challenge" add constraint "challenge_partner_id_foreign" foreign key ("partner_id") references "curriculum"."partner_organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "curriculum"."challenge_claim" add constraint "challenge_claim_challenge_id_foreign" foreign key ("challenge_id") references "curriculum"."challenge" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."project" add constraint "project_challenge_id_foreign" foreign key ("challenge_id") references "curriculum"."challenge" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "curriculum"."project" add constraint "project_claim_id_foreign" foreign key ("claim_id") references "curriculum"."challenge_claim" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."milestone" add constraint "milestone_project_id_foreign" foreign key ("project_id") references "curriculum"."project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."milestone_submission" add constraint "milestone_submission_milestone_id_foreign" foreign key ("milestone_id") references "curriculum"."milestone" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."climb_tier" add constraint "climb_tier_basis_project_id_foreign" foreign key ("basis_project_id") references "curriculum"."project" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "curriculum"."project_member" add constraint "project_member_project_id_foreign" foreign key ("project_id") references "curriculum"."project" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "curriculum"."project_transition" add constraint "project_transition_project_id_foreign" foreign key ("project_id") references "curriculum"."project" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "curriculum"."partner_contact" drop constraint "partner_contact_partner_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."challenge" drop constraint "challenge_partner_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."challenge_claim" drop constraint "challenge_claim_challenge_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."project" drop constraint "project_challenge_id_foreign";`,
    );

    this.addSql(`alter table "curriculum"."project" drop constraint "project_claim_id_foreign";`);

    this.addSql(
      `alter table "curriculum"."milestone" drop constraint "milestone_project_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."climb_tier" drop constraint "climb_tier_basis_project_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."project_member" drop constraint "project_member_project_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."project_transition" drop constraint "project_transition_project_id_foreign";`,
    );

    this.addSql(
      `alter table "curriculum"."milestone_submission" drop constraint "milestone_submission_milestone_id_foreign";`,
    );

    this.addSql(`drop table if exists "curriculum"."partner_organisation" cascade;`);

    this.addSql(`drop table if exists "curriculum"."partner_contact" cascade;`);

    this.addSql(`drop table if exists "curriculum"."challenge" cascade;`);

    this.addSql(`drop table if exists "curriculum"."challenge_claim" cascade;`);

    this.addSql(`drop table if exists "curriculum"."project" cascade;`);

    this.addSql(`drop table if exists "curriculum"."milestone" cascade;`);

    this.addSql(`drop table if exists "curriculum"."milestone_submission" cascade;`);

    this.addSql(`drop table if exists "curriculum"."climb_tier" cascade;`);

    this.addSql(`drop table if exists "curriculum"."project_member" cascade;`);

    this.addSql(`drop table if exists "curriculum"."project_transition" cascade;`);

    this.addSql(`drop type "curriculum"."partner_kind";`);
    this.addSql(`drop type "curriculum"."challenge_status";`);
    this.addSql(`drop type "curriculum"."claim_status";`);
    this.addSql(`drop type "curriculum"."project_status";`);
    this.addSql(`drop type "curriculum"."project_outcome";`);
    this.addSql(`drop type "curriculum"."award_level";`);
    this.addSql(`drop type "curriculum"."milestone_status";`);
    this.addSql(`drop type "curriculum"."review_verdict";`);
    this.addSql(`drop type "curriculum"."project_role";`);
  }
}
