import { Entity, ManyToOne, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { CourseSession } from "../session/session.entity";

/**
 * A session's check-in code (签到码) and the window it is good for. One per session: reopening
 * replaces the code and the window, so an old code stops working the moment a new one is shown.
 */
@ObjectType({
  description:
    "A session's check-in window. Its code is served only to the session's instructor and organisers.",
})
@Entity({ tableName: "check_in_window" })
@Unique({ properties: ["session"] })
export class CheckInWindow extends CampusEntity {
  @ManyToOne({ entity: () => CourseSession, ref: true, deleteRule: "cascade" })
  session!: Ref<CourseSession>;

  /** Six digits, random; exposed only through CheckInWindowResolver.code. */
  @Property({ type: "string", length: 6 })
  code!: string;

  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  opensAt!: Date;

  @Field(() => Date, { description: "Check-in is refused from this moment on." })
  @Property({ type: "datetime", length: 3 })
  closesAt!: Date;

  /** A Person key (people subgraph): the instructor or organiser who opened it. */
  @Property({ type: "uuid", nullable: true })
  openedById: string | null = null;
}
