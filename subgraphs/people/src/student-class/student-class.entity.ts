import { Entity, Index, Property } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "班级: a class of students of one school and cohort." })
@Entity({ tableName: "student_class" })
export class StudentClass extends CampusEntity {
  @Field(() => String, { description: "e.g. 电气2401班." })
  @Property({ type: "string", length: 100 })
  name!: string;

  /** The academic school (学院) the class belongs to; an OrgUnit key. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  schoolId: string | null = null;

  @Field(() => Int, { description: "Year of entry (年级) of the class's students." })
  @Property({ type: "smallint" })
  cohort!: number;
}
