import { Migration } from "@mikro-orm/migrations";

export class Migration20261203194203 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "organisation"."meeting_level" as enum ('COLLEGE', 'BRANCH');`);
    this.addSql(
      `create type "organisation"."work_item_list" as enum ('PROBLEM', 'MEASURE', 'RESPONSIBILITY');`,
    );
    this.addSql(
      `create type "organisation"."work_item_status" as enum ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');`,
    );
    this.addSql(
      `create type "organisation"."work_level" as enum ('STANDING_COMMITTEE', 'PRESIDENT_OFFICE', 'LEADER_STUDY', 'LEAD_DEPARTMENT', 'RESPONSIBLE_UNIT');`,
    );
    this.addSql(
      `create table "organisation"."secretary_meeting" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "level" "organisation"."meeting_level" not null, "unit_id" uuid not null, "held_on" date not null, "topic" varchar(200) not null, "chair_id" uuid not null, "minutes" text not null default '', "signed_off_at" timestamptz null, "signed_off_by_id" uuid null, "created_by_id" uuid null, constraint "secretary_meeting_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "secretary_meeting_held_on_id_index" on "organisation"."secretary_meeting" ("held_on", "id");`,
    );
    this.addSql(
      `create index "secretary_meeting_unit_id_held_on_id_index" on "organisation"."secretary_meeting" ("unit_id", "held_on", "id");`,
    );

    this.addSql(
      `create table "organisation"."secretary_meeting_attendee" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "meeting_id" uuid not null, "person_id" uuid not null, constraint "secretary_meeting_attendee_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "secretary_meeting_attendee_person_id_index" on "organisation"."secretary_meeting_attendee" ("person_id");`,
    );
    this.addSql(
      `alter table "organisation"."secretary_meeting_attendee" add constraint "secretary_meeting_attendee_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`,
    );

    this.addSql(
      `create table "organisation"."work_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "list" "organisation"."work_item_list" not null, "parent_id" uuid null, "title" varchar(200) not null, "description" varchar(2000) not null, "unit_id" uuid not null, "in_charge_id" uuid not null, "due_on" date not null, "status" "organisation"."work_item_status" not null default 'OPEN', "level" "organisation"."work_level" not null, "meeting_id" uuid null, "created_by_id" uuid null, constraint "work_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "work_item_parent_id_index" on "organisation"."work_item" ("parent_id");`,
    );
    this.addSql(
      `create index "work_item_meeting_id_index" on "organisation"."work_item" ("meeting_id");`,
    );
    this.addSql(
      `create index "work_item_in_charge_id_due_on_id_index" on "organisation"."work_item" ("in_charge_id", "due_on", "id");`,
    );
    this.addSql(
      `create index "work_item_unit_id_due_on_id_index" on "organisation"."work_item" ("unit_id", "due_on", "id");`,
    );
    this.addSql(
      `create index "work_item_status_due_on_id_index" on "organisation"."work_item" ("status", "due_on", "id");`,
    );

    this.addSql(
      `create table "organisation"."work_item_escalation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "due_on" date not null, "from_level" "organisation"."work_level" not null, "to_level" "organisation"."work_level" not null, constraint "work_item_escalation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "organisation"."work_item_escalation" add constraint "work_item_escalation_item_id_due_on_unique" unique ("item_id", "due_on");`,
    );

    this.addSql(
      `create table "organisation"."work_item_follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "on" date not null, "note" varchar(1000) not null, "by_id" uuid null, constraint "work_item_follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "work_item_follow_up_item_id_created_at_index" on "organisation"."work_item_follow_up" ("item_id", "created_at");`,
    );

    this.addSql(
      `create table "organisation"."work_item_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "from_status" "organisation"."work_item_status" null, "to_status" "organisation"."work_item_status" not null, "by_id" uuid null, "note" varchar(500) not null, constraint "work_item_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "work_item_transition_item_id_created_at_index" on "organisation"."work_item_transition" ("item_id", "created_at");`,
    );

    this.addSql(
      `alter table "organisation"."secretary_meeting" add constraint "secretary_meeting_unit_id_foreign" foreign key ("unit_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."secretary_meeting_attendee" add constraint "secretary_meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "organisation"."secretary_meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation"."work_item" add constraint "work_item_parent_id_foreign" foreign key ("parent_id") references "organisation"."work_item" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation"."work_item" add constraint "work_item_unit_id_foreign" foreign key ("unit_id") references "organisation"."org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "organisation"."work_item" add constraint "work_item_meeting_id_foreign" foreign key ("meeting_id") references "organisation"."secretary_meeting" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organisation"."work_item_escalation" add constraint "work_item_escalation_item_id_foreign" foreign key ("item_id") references "organisation"."work_item" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation"."work_item_follow_up" add constraint "work_item_follow_up_item_id_foreign" foreign key ("item_id") references "organisation"."work_item" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organisation"."work_item_transition" add constraint "work_item_transition_item_id_foreign" foreign key ("item_id") references "organisation"."work_item" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "organisation"."secretary_meeting_attendee" drop constraint "secretary_meeting_attendee_meeting_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."work_item" drop constraint "work_item_meeting_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."work_item" drop constraint "work_item_parent_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."work_item_escalation" drop constraint "work_item_escalation_item_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."work_item_follow_up" drop constraint "work_item_follow_up_item_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation"."work_item_transition" drop constraint "work_item_transition_item_id_foreign";`,
    );

    this.addSql(`drop table if exists "organisation"."secretary_meeting" cascade;`);

    this.addSql(`drop table if exists "organisation"."secretary_meeting_attendee" cascade;`);

    this.addSql(`drop table if exists "organisation"."work_item" cascade;`);

    this.addSql(`drop table if exists "organisation"."work_item_escalation" cascade;`);

    this.addSql(`drop table if exists "organisation"."work_item_follow_up" cascade;`);

    this.addSql(`drop table if exists "organisation"."work_item_transition" cascade;`);

    this.addSql(`drop type "organisation"."meeting_level";`);
    this.addSql(`drop type "organisation"."work_item_list";`);
    this.addSql(`drop type "organisation"."work_item_status";`);
    this.addSql(`drop type "organisation"."work_level";`);
  }
}
