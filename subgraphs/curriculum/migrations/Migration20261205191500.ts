import { Migration } from "@mikro-orm/migrations";

/** The freshman formation programme (新生养成教育): programmes per cohort, modules, course links, completions. */
export class Migration20261205191500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "curriculum"."formation_programme" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "cohort" int not null, "title" text not null, "created_by_id" uuid null, constraint "formation_programme_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."formation_programme" add constraint "formation_programme_cohort_unique" unique ("cohort");`,
    );

    this.addSql(
      `create table "curriculum"."formation_module" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" uuid not null, "position" int not null, "name_zh" text not null, "name_en" text not null, "description" text not null default '', "required_hours" double precision not null, "changed_by_id" uuid null, constraint "formation_module_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "curriculum"."formation_module" add constraint "formation_module_programme_id_position_unique" unique ("programme_id", "position");`,
    );

    this.addSql(
      `create table "curriculum"."formation_module_course" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" uuid not null, "module_id" uuid not null, "course_id" uuid not null, "hours" double precision not null, "assigned_by_id" uuid null, "assigned_at" timestamptz(3) not null, constraint "formation_module_course_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "formation_module_course_module_id_index" on "curriculum"."formation_module_course" ("module_id");`,
    );
    this.addSql(
      `create index "formation_module_course_course_id_index" on "curriculum"."formation_module_course" ("course_id");`,
    );
    this.addSql(
      `alter table "curriculum"."formation_module_course" add constraint "formation_module_course_programme_id_course_id_unique" unique ("programme_id", "course_id");`,
    );

    this.addSql(
      `create table "curriculum"."formation_completion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" uuid not null, "person_id" uuid not null, "completed_at" timestamptz(3) not null, constraint "formation_completion_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "formation_completion_person_id_index" on "curriculum"."formation_completion" ("person_id");`,
    );
    this.addSql(
      `alter table "curriculum"."formation_completion" add constraint "formation_completion_programme_id_person_id_unique" unique ("programme_id", "person_id");`,
    );

    this.addSql(
      `alter table "curriculum"."formation_module" add constraint "formation_module_programme_id_foreign" foreign key ("programme_id") references "curriculum"."formation_programme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "curriculum"."formation_module_course" add constraint "formation_module_course_programme_id_foreign" foreign key ("programme_id") references "curriculum"."formation_programme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "curriculum"."formation_module_course" add constraint "formation_module_course_module_id_foreign" foreign key ("module_id") references "curriculum"."formation_module" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "curriculum"."formation_module_course" add constraint "formation_module_course_course_id_foreign" foreign key ("course_id") references "curriculum"."course" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "curriculum"."formation_completion" add constraint "formation_completion_programme_id_foreign" foreign key ("programme_id") references "curriculum"."formation_programme" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "curriculum"."formation_completion" cascade;`);
    this.addSql(`drop table if exists "curriculum"."formation_module_course" cascade;`);
    this.addSql(`drop table if exists "curriculum"."formation_module" cascade;`);
    this.addSql(`drop table if exists "curriculum"."formation_programme" cascade;`);
  }
}
