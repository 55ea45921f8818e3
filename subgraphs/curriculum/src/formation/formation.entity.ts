import { Entity, Index, ManyToOne, Property, Unique, type Opt, type Ref } from "@mikro-orm/core";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";

/**
 * The freshman formation programme (新生养成教育) of one cohort (year of entry): nine modules,
 * each met by completing enough of its courses' hours; the programme is completed when every
 * module is met.
 */
@ObjectType({
  description:
    "The freshman formation programme (新生养成教育) of one cohort (year of entry), made of its modules.",
})
@Entity({ tableName: "formation_programme" })
export class FormationProgramme extends CampusEntity {
  @Field(() => Int, { description: "The year of entry (年级) whose freshmen take it." })
  @Property({ type: "integer", unique: true })
  cohort!: number;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  /** A Person key: the organiser who created it. */
  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;
}

/** One module of a programme (e.g. 校史校情), with the hours its courses must add up to. */
@ObjectType({
  description:
    "A module of the freshman formation programme (e.g. 校史校情 university history): met when the student's completed courses in it add up to its required hours.",
})
@Entity({ tableName: "formation_module" })
@Unique({ properties: ["programme", "order"] })
export class FormationModule extends CampusEntity {
  @ManyToOne({ entity: () => FormationProgramme, ref: true, deleteRule: "cascade" })
  programme!: Ref<FormationProgramme>;

  @Field(() => Int, { description: "Position in the programme, 1 to 9." })
  @Property({ type: "integer", fieldName: "position" })
  order!: number;

  @Field(() => String, { description: "The module's name in Chinese." })
  @Property({ type: "text" })
  nameZh!: string;

  @Field(() => String, { description: "The module's name in English." })
  @Property({ type: "text" })
  nameEn!: string;

  @Field(() => String)
  @Property({ type: "text", default: "" })
  description: string & Opt = "";

  @Field(() => Float, { description: "Hours (学时) of completed courses the module needs." })
  @Property({ type: "double" })
  requiredHours!: number;

  /** A Person key: the organiser who last changed it. */
  @Property({ type: "uuid", nullable: true })
  changedById: string | null = null;
}

/**
 * A course counted in a module, with the hours its completion credits. A link entity rather than
 * a module on Course: each cohort has its own programme, so one course counts in a module of
 * every programme that takes it; within one programme a course counts in one module only.
 */
@ObjectType({
  description: "A course counted in a formation module, with the hours its completion credits.",
})
@Entity({ tableName: "formation_module_course" })
@Unique({ properties: ["programme", "course"] })
export class FormationModuleCourse extends CampusEntity {
  @ManyToOne({ entity: () => FormationProgramme, ref: true, deleteRule: "cascade" })
  programme!: Ref<FormationProgramme>;

  @Index()
  @ManyToOne({ entity: () => FormationModule, ref: true, deleteRule: "cascade" })
  module!: Ref<FormationModule>;

  @Index()
  @ManyToOne({ entity: () => Course, ref: true })
  course!: Ref<Course>;

  @Field(() => Float, { description: "Hours (学时) completing the course credits in the module." })
  @Property({ type: "double" })
  hours!: number;

  /** A Person key: who assigned it. */
  @Property({ type: "uuid", nullable: true })
  assignedById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  assignedAt: Date & Opt = new Date();
}

/**
 * A student's completion of a programme, written once (under the student's lock) by the attendance
 * change that completed its last module; its FORMATION_COMPLETED growth event is written with it.
 */
@Entity({ tableName: "formation_completion" })
@Unique({ properties: ["programme", "personId"] })
export class FormationCompletion extends CampusEntity {
  @ManyToOne({ entity: () => FormationProgramme, ref: true, deleteRule: "cascade" })
  programme!: Ref<FormationProgramme>;

  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  @Property({ type: "datetime", length: 3 })
  completedAt!: Date;
}
