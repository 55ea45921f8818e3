import { randomUUID } from "node:crypto";
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Course } from "../course/course.entity";
import { CourseSessionRepository } from "./session.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "One sitting of a course (门次): a time, a room, an instructor and a number of seats." })
@Entity({ tableName: "course_session", repository: () => CourseSessionRepository })
@Index({ properties: ["course", "startsAt"] })
export class CourseSession {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

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

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
