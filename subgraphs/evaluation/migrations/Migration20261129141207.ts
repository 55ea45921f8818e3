import { Migration } from "@mikro-orm/migrations";

export class Migration20261129141207 extends Migration {
  override async up(): Promise<void> {
    // The case workflow replaces OPEN: a type cannot lose a value, so the column goes through text.
    // An OPEN case with a task-force lead was being assisted; one without was only discovered.
    this.addSql(`alter table "evaluation"."assistance_case" alter column "status" drop default;`);
    this.addSql(`alter table "evaluation"."assistance_case" alter column "status" type text;`);
    this.addSql(`drop type "evaluation"."assistance_case_status";`);
    this.addSql(
      `create type "evaluation"."assistance_case_status" as enum ('DISCOVERED', 'GRADED', 'ASSISTING', 'REVIEWED', 'CLOSED');`,
    );
    this.addSql(
      `update "evaluation"."assistance_case" as c set "status" = case when exists (select 1 from "evaluation"."task_force_member" as m where m."case_id" = c."id" and m."lead") then 'ASSISTING' else 'DISCOVERED' end where c."status" = 'OPEN';`,
    );
    this.addSql(
      `alter table "evaluation"."assistance_case" alter column "status" type "evaluation"."assistance_case_status" using ("status"::"evaluation"."assistance_case_status");`,
    );
    this.addSql(
      `alter table "evaluation"."assistance_case" alter column "status" set default 'DISCOVERED';`,
    );

    this.addSql(
      `create type "evaluation"."case_source" as enum ('WARNING', 'SELF_APPLICATION', 'COUNSELOR', 'PEER_REPORT');`,
    );
    this.addSql(
      `create type "evaluation"."case_kind" as enum ('ECONOMIC', 'ACADEMIC', 'MENTAL_HEALTH', 'FAMILY', 'OTHER');`,
    );
    this.addSql(
      `create type "evaluation"."difficulty_grade" as enum ('ESPECIALLY_DIFFICULT', 'DIFFICULT', 'GENERALLY_DIFFICULT', 'NOT_DIFFICULT');`,
    );
    this.addSql(
      `create type "evaluation"."case_outcome" as enum ('RESOLVED', 'IMPROVED', 'TRANSFERRED', 'LEFT_UNIVERSITY');`,
    );
    this.addSql(
      `create type "evaluation"."measure_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');`,
    );
    this.addSql(
      `create type "evaluation"."growth_domain" as enum ('MORAL', 'INTELLECTUAL', 'PHYSICAL', 'AESTHETIC', 'LABOUR');`,
    );
    this.addSql(
      `create type "evaluation"."indicator_kind" as enum ('FAILED_CREDITS', 'GPA', 'CLASS_ABSENCES', 'LATE_RETURNS', 'DAYS_WITHOUT_DORM_ACCESS', 'CARD_SPENDING', 'COUNSELLING_REFERRALS');`,
    );
    this.addSql(
      `create type "evaluation"."escalation_tier" as enum ('COUNSELOR', 'COLLEGE', 'UNIVERSITY');`,
    );
    this.addSql(
      `create type "evaluation"."resource_kind" as enum ('TUTORING', 'CAREER_GUIDANCE', 'MENTAL_HEALTH_EDUCATION', 'PARTY_LEAGUE_ACTIVITY', 'FINANCIAL_AID');`,
    );
    this.addSql(
      `create type "evaluation"."task_force_change_kind" as enum ('JOINED', 'LEFT', 'MADE_LEAD', 'STEPPED_DOWN');`,
    );
    this.addSql(
      `create table "evaluation"."case_measure" ("id" uuid not null, "case_id" uuid not null, "description" text not null, "responsible_id" uuid not null, "duty" text not null, "due_on" date not null, "status" "evaluation"."measure_status" not null default 'PLANNED', "completed_at" timestamptz null, "created_at" timestamptz not null, "created_by_id" uuid not null, "version" int not null default 1, constraint "case_measure_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_measure_status_due_on_id_index" on "evaluation"."case_measure" ("status", "due_on", "id");`,
    );
    this.addSql(
      `create index "case_measure_case_id_created_at_index" on "evaluation"."case_measure" ("case_id", "created_at");`,
    );

    this.addSql(
      `create table "evaluation"."case_transition" ("id" uuid not null, "case_id" uuid not null, "case_version" int not null, "from_status" "evaluation"."assistance_case_status" not null, "to_status" "evaluation"."assistance_case_status" not null, "by_person_id" uuid not null, "at" timestamptz not null, "note" text null, constraint "case_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."case_transition" add constraint "case_transition_case_id_case_version_unique" unique ("case_id", "case_version");`,
    );

    this.addSql(
      `create table "evaluation"."evaluation_scheme" ("id" uuid not null, "term" text not null, "weights" jsonb not null, "points_for_full_marks" double precision not null, "updated_by_id" uuid null, "updated_at" timestamptz not null default now(), constraint "evaluation_scheme_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."evaluation_scheme" add constraint "evaluation_scheme_term_unique" unique ("term");`,
    );

    this.addSql(
      `create table "evaluation"."growth_event" ("id" uuid not null, "person_id" uuid not null, "domain" "evaluation"."growth_domain" not null, "kind" text not null, "title" text not null, "points" double precision not null, "occurred_on" date not null, "term" text not null, "source" text not null, "source_key" text not null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null default now(), constraint "growth_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "growth_event_person_id_term_domain_index" on "evaluation"."growth_event" ("person_id", "term", "domain");`,
    );
    this.addSql(
      `create index "growth_event_person_id_occurred_on_id_index" on "evaluation"."growth_event" ("person_id", "occurred_on", "id");`,
    );
    this.addSql(
      `alter table "evaluation"."growth_event" add constraint "growth_event_source_source_key_unique" unique ("source", "source_key");`,
    );

    this.addSql(
      `create table "evaluation"."indicator_batch" ("id" uuid not null, "client_key" varchar(128) not null, "source" varchar(64) not null, "received_at" timestamptz not null, "accepted" int not null, "rejected" int not null, "rows" jsonb not null, constraint "indicator_batch_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."indicator_batch" add constraint "indicator_batch_source_client_key_unique" unique ("source", "client_key");`,
    );

    this.addSql(
      `create table "evaluation"."indicator_record" ("id" uuid not null, "person_id" uuid not null, "kind" "evaluation"."indicator_kind" not null, "value" double precision not null, "observed_on" date not null, "source" varchar(64) not null, "batch_id" uuid not null, "created_at" timestamptz not null default now(), constraint "indicator_record_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "indicator_record_person_id_kind_observed_on_index" on "evaluation"."indicator_record" ("person_id", "kind", "observed_on");`,
    );
    this.addSql(
      `create index "indicator_record_kind_observed_on_person_id_index" on "evaluation"."indicator_record" ("kind", "observed_on", "person_id");`,
    );

    this.addSql(
      `create table "evaluation"."measure_escalation" ("id" uuid not null, "measure_id" uuid not null, "tier" "evaluation"."escalation_tier" not null, "due_on" date not null, "at" timestamptz not null, constraint "measure_escalation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."measure_escalation" add constraint "measure_escalation_measure_id_due_on_tier_unique" unique ("measure_id", "due_on", "tier");`,
    );

    this.addSql(
      `create table "evaluation"."measure_transition" ("id" uuid not null, "measure_id" uuid not null, "measure_version" int not null, "from_status" "evaluation"."measure_status" not null, "to_status" "evaluation"."measure_status" not null, "by_person_id" uuid not null, "at" timestamptz not null, "note" text null, constraint "measure_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."measure_transition" add constraint "measure_transition_measure_id_measure_version_unique" unique ("measure_id", "measure_version");`,
    );

    this.addSql(
      `create table "evaluation"."resource" ("id" uuid not null, "kind" "evaluation"."resource_kind" not null, "title" text not null, "description" text not null, "provider" text not null, "location" text null, "url" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "resource_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "resource_created_at_id_index" on "evaluation"."resource" ("created_at", "id");`,
    );

    this.addSql(
      `create table "evaluation"."resource_push" ("id" uuid not null, "resource_id" uuid not null, "person_id" uuid not null, "rule_id" uuid null, "warning_id" uuid null, "warning_category" "evaluation"."warning_category" null, "assistance_case_id" uuid null, "case_kind" "evaluation"."case_kind" null, "reason" text not null, "pushed_at" timestamptz not null, "read_at" timestamptz null, "uptake_at" timestamptz null, "uptake_note" text null, "unread_person_id" uuid generated always as (case when read_at is null then person_id end) stored, constraint "resource_push_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "resource_push_warning_id_index" on "evaluation"."resource_push" ("warning_id");`,
    );
    this.addSql(
      `create index "resource_push_unread_person_id_pushed_at_id_index" on "evaluation"."resource_push" ("unread_person_id", "pushed_at", "id");`,
    );
    this.addSql(
      `create index "resource_push_person_id_pushed_at_id_index" on "evaluation"."resource_push" ("person_id", "pushed_at", "id");`,
    );
    this.addSql(
      `alter table "evaluation"."resource_push" add constraint "resource_push_resource_id_person_id_unique" unique ("resource_id", "person_id");`,
    );

    this.addSql(
      `create table "evaluation"."resource_rule" ("id" uuid not null, "resource_id" uuid not null, "warning_category" "evaluation"."warning_category" null, "min_level" "evaluation"."warning_level" null, "case_kind" "evaluation"."case_kind" null, "active" boolean not null default true, "created_at" timestamptz not null default now(), constraint "resource_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "resource_rule_resource_id_index" on "evaluation"."resource_rule" ("resource_id");`,
    );

    this.addSql(
      `create table "evaluation"."task_force_change" ("id" uuid not null, "case_id" uuid not null, "member_id" uuid not null, "change" "evaluation"."task_force_change_kind" not null, "by_person_id" uuid not null, "at" timestamptz not null, "seq" int not null, constraint "task_force_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "task_force_change_case_id_at_index" on "evaluation"."task_force_change" ("case_id", "at");`,
    );

    this.addSql(
      `create table "evaluation"."warning_engine_run" ("id" uuid not null, "as_of" timestamptz not null, "rules_evaluated" int not null, "raised" int not null, "already_open" int not null, "started_at" timestamptz not null, "finished_at" timestamptz not null, "started_by_id" uuid null, constraint "warning_engine_run_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "warning_engine_run_started_at_index" on "evaluation"."warning_engine_run" ("started_at");`,
    );

    this.addSql(
      `create table "evaluation"."warning_rule" ("id" uuid not null, "code" varchar(64) not null, "name" varchar(200) not null, "category" "evaluation"."warning_category" not null, "level" "evaluation"."warning_level" not null, "current_version_number" int not null default 1, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "warning_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."warning_rule" add constraint "warning_rule_code_unique" unique ("code");`,
    );

    this.addSql(
      `create table "evaluation"."warning_rule_version" ("id" uuid not null, "rule_id" uuid not null, "version" int not null, "window_days" int not null, "conditions" jsonb not null, "summary_template" text not null, "published_at" timestamptz not null, "published_by_id" uuid not null, constraint "warning_rule_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "evaluation"."warning_rule_version" add constraint "warning_rule_version_rule_id_version_unique" unique ("rule_id", "version");`,
    );

    this.addSql(
      `alter table "evaluation"."case_measure" add constraint "case_measure_case_id_foreign" foreign key ("case_id") references "evaluation"."assistance_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."case_transition" add constraint "case_transition_case_id_foreign" foreign key ("case_id") references "evaluation"."assistance_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."indicator_record" add constraint "indicator_record_batch_id_foreign" foreign key ("batch_id") references "evaluation"."indicator_batch" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."measure_escalation" add constraint "measure_escalation_measure_id_foreign" foreign key ("measure_id") references "evaluation"."case_measure" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."measure_transition" add constraint "measure_transition_measure_id_foreign" foreign key ("measure_id") references "evaluation"."case_measure" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."resource_push" add constraint "resource_push_resource_id_foreign" foreign key ("resource_id") references "evaluation"."resource" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."resource_rule" add constraint "resource_rule_resource_id_foreign" foreign key ("resource_id") references "evaluation"."resource" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."task_force_change" add constraint "task_force_change_case_id_foreign" foreign key ("case_id") references "evaluation"."assistance_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."warning_rule_version" add constraint "warning_rule_version_rule_id_foreign" foreign key ("rule_id") references "evaluation"."warning_rule" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation"."assistance_case" add column "source" "evaluation"."case_source" not null default 'COUNSELOR', add column "warning_id" uuid null, add column "kind" "evaluation"."case_kind" not null default 'ECONOMIC', add column "grading_score" int null, add column "grading_conditions" jsonb not null default '[]', add column "recommended_grade" "evaluation"."difficulty_grade" null, add column "recommended_by_id" uuid null, add column "recommended_at" timestamptz null, add column "confirmed_grade" "evaluation"."difficulty_grade" null, add column "confirmed_by_id" uuid null, add column "confirmed_at" timestamptz null, add column "grading_note" text null, add column "review_note" text null, add column "outcome" "evaluation"."case_outcome" null;`,
    );
    // Cases opened before the workflow: their source and kind were not recorded; they were opened by counselors, for economic difficulty.
    this.addSql(
      `alter table "evaluation"."assistance_case" alter column "source" drop default, alter column "kind" drop default;`,
    );
    this.addSql(
      `create index "assistance_case_opened_at_id_index" on "evaluation"."assistance_case" ("opened_at", "id");`,
    );

    this.addSql(
      `alter table "evaluation"."warning" alter column "due_at" type timestamptz using ("due_at"::timestamptz);`,
    );
    this.addSql(
      `alter table "evaluation"."warning" alter column "due_at" set default now() + interval '4 hours';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "evaluation"."measure_escalation" drop constraint "measure_escalation_measure_id_foreign";`,
    );

    this.addSql(
      `alter table "evaluation"."measure_transition" drop constraint "measure_transition_measure_id_foreign";`,
    );

    this.addSql(
      `alter table "evaluation"."indicator_record" drop constraint "indicator_record_batch_id_foreign";`,
    );

    this.addSql(
      `alter table "evaluation"."resource_push" drop constraint "resource_push_resource_id_foreign";`,
    );

    this.addSql(
      `alter table "evaluation"."resource_rule" drop constraint "resource_rule_resource_id_foreign";`,
    );

    this.addSql(
      `alter table "evaluation"."warning_rule_version" drop constraint "warning_rule_version_rule_id_foreign";`,
    );

    this.addSql(`drop table if exists "evaluation"."case_measure" cascade;`);

    this.addSql(`drop table if exists "evaluation"."case_transition" cascade;`);

    this.addSql(`drop table if exists "evaluation"."evaluation_scheme" cascade;`);

    this.addSql(`drop table if exists "evaluation"."growth_event" cascade;`);

    this.addSql(`drop table if exists "evaluation"."indicator_batch" cascade;`);

    this.addSql(`drop table if exists "evaluation"."indicator_record" cascade;`);

    this.addSql(`drop table if exists "evaluation"."measure_escalation" cascade;`);

    this.addSql(`drop table if exists "evaluation"."measure_transition" cascade;`);

    this.addSql(`drop table if exists "evaluation"."resource" cascade;`);

    this.addSql(`drop table if exists "evaluation"."resource_push" cascade;`);

    this.addSql(`drop table if exists "evaluation"."resource_rule" cascade;`);

    this.addSql(`drop table if exists "evaluation"."task_force_change" cascade;`);

    this.addSql(`drop table if exists "evaluation"."warning_engine_run" cascade;`);

    this.addSql(`drop table if exists "evaluation"."warning_rule" cascade;`);

    this.addSql(`drop table if exists "evaluation"."warning_rule_version" cascade;`);

    this.addSql(`drop index "evaluation"."assistance_case_opened_at_id_index";`);
    this.addSql(
      `alter table "evaluation"."assistance_case" drop column "source", drop column "warning_id", drop column "kind", drop column "grading_score", drop column "grading_conditions", drop column "recommended_grade", drop column "recommended_by_id", drop column "recommended_at", drop column "confirmed_grade", drop column "confirmed_by_id", drop column "confirmed_at", drop column "grading_note", drop column "review_note", drop column "outcome";`,
    );

    this.addSql(`alter table "evaluation"."assistance_case" alter column "status" drop default;`);
    this.addSql(`alter table "evaluation"."assistance_case" alter column "status" type text;`);
    this.addSql(`drop type "evaluation"."assistance_case_status";`);
    this.addSql(`create type "evaluation"."assistance_case_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(
      `update "evaluation"."assistance_case" set "status" = 'OPEN' where "status" <> 'CLOSED';`,
    );
    this.addSql(
      `alter table "evaluation"."assistance_case" alter column "status" type "evaluation"."assistance_case_status" using ("status"::"evaluation"."assistance_case_status");`,
    );
    this.addSql(
      `alter table "evaluation"."assistance_case" alter column "status" set default 'OPEN';`,
    );

    this.addSql(
      `alter table "evaluation"."warning" alter column "due_at" type timestamptz(6) using ("due_at"::timestamptz(6));`,
    );
    this.addSql(
      `alter table "evaluation"."warning" alter column "due_at" set default (now() + '04:00:00'::interval);`,
    );

    this.addSql(`drop type "evaluation"."case_source";`);
    this.addSql(`drop type "evaluation"."case_kind";`);
    this.addSql(`drop type "evaluation"."difficulty_grade";`);
    this.addSql(`drop type "evaluation"."case_outcome";`);
    this.addSql(`drop type "evaluation"."measure_status";`);
    this.addSql(`drop type "evaluation"."growth_domain";`);
    this.addSql(`drop type "evaluation"."indicator_kind";`);
    this.addSql(`drop type "evaluation"."escalation_tier";`);
    this.addSql(`drop type "evaluation"."resource_kind";`);
    this.addSql(`drop type "evaluation"."task_force_change_kind";`);
  }
}
