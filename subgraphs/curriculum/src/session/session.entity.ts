import { Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Course } from "../course/course.entity";
import { CourseSessionRepository } from "./session.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({
  description:
    "One sitting of a course (门次): a time, a room, an instructor and a number of seats.",
})
@Entity({ tableName: "course_session", repository: () => CourseSessionRepository })
@Index({ properties: ["course", "startsAt"] })
export class CourseSession extends CampusEntity {
  /** Resolved by CourseSessionResolver.course through a loader. */
  @ManyToOne({ entity: () => Course, ref: true })
  course!: Ref<Course>;

  @Field(() => Date)
  @Property({ type: "datetime" })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: "datetime" })
  endsAt!: Date;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  location!: string;

  /** A Person key (people subgraph); exposed as a Person stub by CourseSessionResolver.instructor. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  instructorId: string | null = null;

  @Field(() => Int, { description: "Seats; enrol refuses once this many people are ENROLLED." })
  @Property({ type: "integer" })
  capacity!: number;
}
