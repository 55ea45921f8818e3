import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { CourseSession } from "../session/session.entity";
import { EnrolmentStatus } from "./enrolment.enums";
import { EnrolmentRepository } from "./enrolment.repository";

/**
 * One act of enrolling a person in a session. Cancelling keeps the row (status CANCELLED);
 * enrolling again creates a new row, so the history of who held a seat when is never rewritten.
 * At most one ENROLLED or WAITING row per (session, person): the partial unique index below
 * backs that even if two requests slip past the service's check.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A person's place in a course session." })
@Entity({ tableName: "enrolment", repository: () => EnrolmentRepository })
@Index({ properties: ["session", "enrolledAt", "id"] })
@Unique({
  name: "enrolment_session_person_active_unique",
  expression: `create unique index "enrolment_session_person_active_unique" on "curriculum"."enrolment" ("session_id", "person_id") where "status" <> 'CANCELLED'`,
})
export class Enrolment extends CampusEntity {
  /** Resolved by EnrolmentResolver.session through a loader. */
  @ManyToOne({ entity: () => CourseSession, ref: true })
  session!: Ref<CourseSession>;

  /** A Person key (people subgraph); this subgraph never reads people's tables. */
  @Index()
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => EnrolmentStatus)
  @Enum({ items: () => EnrolmentStatus, nativeEnumName: "enrolment_status" })
  status: EnrolmentStatus & Opt = EnrolmentStatus.ENROLLED;

  /** Millisecond precision, as JavaScript holds it, so a page cursor names a row's value exactly. */
  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  enrolledAt: Date & Opt = new Date();

  @Field(() => Date, {
    nullable: true,
    description: "When a place freed and this enrolment moved from the waiting list to ENROLLED.",
  })
  @Property({ type: "datetime", length: 3, nullable: true })
  promotedAt: Date | null = null;
}
