import { randomUUID } from "node:crypto";
import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CourseCategory } from "./course.enums";
import { CourseRepository } from "./course.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A community course (综合能力提升计划), held as one or more sessions." })
@Entity({ tableName: "course", repository: () => CourseRepository })
export class Course {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

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

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
