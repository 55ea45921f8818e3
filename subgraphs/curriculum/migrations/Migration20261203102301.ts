import { Migration } from "@mikro-orm/migrations";

export class Migration20261203102301 extends Migration {
  // Sessions managed by organisers (status, change note, room) and the waiting list (WAITING, promotedAt).
  override async up(): Promise<void> {
    this.addSql(`create type "curriculum"."session_status" as enum ('SCHEDULED', 'CANCELLED');`);
    this.addSql(
      `alter table "curriculum"."course_session" add column "room_id" uuid null, add column "status" "curriculum"."session_status" not null default 'SCHEDULED', add column "change_note" text null, add column "changed_at" timestamptz null;`,
    );

    this.addSql(
      `alter type "curriculum"."enrolment_status" add value if not exists 'WAITING' after 'ENROLLED';`,
    );

    this.addSql(`drop index "curriculum"."enrolment_session_person_enrolled_unique";`);

    this.addSql(
      `alter table "curriculum"."enrolment" add column "promoted_at" timestamptz(3) null;`,
    );
    this.addSql(
      `create unique index "enrolment_session_person_active_unique" on "curriculum"."enrolment" ("session_id", "person_id") where "status" <> 'CANCELLED';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "curriculum"."course_session" drop column "room_id", drop column "status", drop column "change_note", drop column "changed_at";`,
    );

    // An enum value cannot be dropped: the type is made again without WAITING, waiting turns cancelled.
    this.addSql(
      `update "curriculum"."enrolment" set "status" = 'CANCELLED' where "status" = 'WAITING';`,
    );
    this.addSql(`drop index "curriculum"."enrolment_session_person_active_unique";`);
    this.addSql(`alter type "curriculum"."enrolment_status" rename to "enrolment_status_old";`);
    this.addSql(`create type "curriculum"."enrolment_status" as enum ('ENROLLED', 'CANCELLED');`);
    this.addSql(
      `alter table "curriculum"."enrolment" alter column "status" drop default, alter column "status" type "curriculum"."enrolment_status" using "status"::text::"curriculum"."enrolment_status", alter column "status" set default 'ENROLLED';`,
    );
    this.addSql(`drop type "curriculum"."enrolment_status_old";`);
    this.addSql(`alter table "curriculum"."enrolment" drop column "promoted_at";`);

    this.addSql(
      `CREATE UNIQUE INDEX enrolment_session_person_enrolled_unique ON curriculum.enrolment USING btree (session_id, person_id) WHERE (status = 'ENROLLED'::curriculum.enrolment_status);`,
    );

    this.addSql(`drop type "curriculum"."session_status";`);
  }
}
