import { Check, Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { VisitKind } from "./visit.enums";
import { VisitRepository } from "./visit.repository";
import { VisitNotes } from "./visit-notes";

/**
 * A dorm visit or a talk (走访, 谈心谈话) a member of staff recorded about a student, a room or both,
 * on a day, with notes (sensitive, CARE) and optionally the warning or assistance case it served
 * (evaluation's, checked through the graph to be about the same student). The room's grid and
 * building are kept as they were that day (asked of organisation), for the coverage report.
 */
@ObjectType({
  description:
    "走访 / 谈心谈话: a member of staff's visit to a room or talk with a student, on a day, with notes (CARE).",
})
@Entity({ tableName: "visit", repository: () => VisitRepository })
@Index({ properties: ["studentId", "visitedOn"] })
@Index({ properties: ["byPersonId", "visitedOn"] })
@Index({ properties: ["gridId", "term"] })
@Check({
  name: "visit_names_student_or_room",
  expression: `"student_id" is not null or "room_id" is not null`,
})
export class Visit extends CampusEntity {
  /** The member of staff who visited and recorded it; a Person of this subgraph. */
  @Property({ type: "uuid" })
  byPersonId!: string;

  @Field(() => VisitKind)
  @Enum({ items: () => VisitKind, nativeEnumName: "visit_kind" })
  kind!: VisitKind;

  @Field(() => LocalDateResolver, { description: "The day of the visit or talk." })
  @Property({ type: "date" })
  visitedOn!: string;

  @Field(() => String, { description: "The term (学期) it counts in, e.g. 2026-2027-1." })
  @Property({ type: "string", length: 11 })
  term!: string;

  /** The student talked with or visited; a Person of this subgraph. */
  @Property({ type: "uuid", nullable: true })
  studentId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: "The room visited (organisation's); null for a talk elsewhere.",
  })
  @Property({ type: "uuid", nullable: true })
  roomId: string | null = null;

  @Field(() => ID, { nullable: true, description: "The room's grid on the day; null when none." })
  @Property({ type: "uuid", nullable: true })
  gridId: string | null = null;

  @Field(() => ID, { nullable: true, description: "The room's building; null without a room." })
  @Property({ type: "uuid", nullable: true })
  buildingId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      "What was seen and said. Needs CARE for the student, or to be the visit's author; null with FORBIDDEN otherwise.",
  })
  @VisitNotes()
  @Property({ type: "text" })
  notes!: string;

  @Field(() => ID, { nullable: true, description: "The warning it served (evaluation's), if any." })
  @Property({ type: "uuid", nullable: true })
  warningId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: "The assistance case it served (evaluation's), if any.",
  })
  @Property({ type: "uuid", nullable: true })
  caseId: string | null = null;

  @Field(() => Date)
  override createdAt!: Date & Opt;
}
