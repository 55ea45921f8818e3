import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, Float, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { DEFAULT_COMPLETION_THRESHOLD } from "../attendance/attendance.workflow";
import { CourseCategory } from "./course.enums";
import { CourseRepository } from "./course.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A community course (综合能力提升计划), held as one or more sessions." })
@Entity({ tableName: "course", repository: () => CourseRepository })
export class Course extends CampusEntity {
  @Field(() => String, { description: "Short unique code, e.g. FF01." })
  @Property({ type: "string", length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => CourseCategory)
  @Index()
  @Enum({ items: () => CourseCategory, nativeEnumName: "course_category" })
  category!: CourseCategory;

  @Field(() => String)
  @Property({ type: "text", default: "" })
  description: string & Opt = "";

  @Field(() => Float, {
    description:
      "Share of the course's held sessions a student must attend (PRESENT or LATE; sessions they were excused from are not counted) to complete it; 2/3 unless set.",
  })
  @Property({ type: "double", default: DEFAULT_COMPLETION_THRESHOLD })
  completionThreshold: number & Opt = DEFAULT_COMPLETION_THRESHOLD;
}
