import { Entity, Index, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Sensitive } from "@campus/access";
import { CampusEntity } from "@campus/subgraph/data";

/**
 * 谈心谈话记录: a conversation a member of staff had with a student about a warning or a case:
 * when, who, and what was said in short. Shown with its warning or case, to those who see it; the
 * summary is personal (CARE), like the warning's own summary.
 */
@ObjectType({
  description: "谈心谈话记录: when a member of staff talked with the student, and what about.",
})
@Entity({ tableName: "talk_record" })
@Index({ properties: ["warningId", "talkedAt"] })
@Index({ properties: ["caseId", "talkedAt"] })
export class TalkRecord extends CampusEntity {
  /** The student talked with; a Person key (people subgraph). */
  @Property({ type: "uuid" })
  personId!: string;

  @Property({ type: "uuid", nullable: true })
  warningId: string | null = null;

  @Property({ type: "uuid", nullable: true })
  caseId: string | null = null;

  @Field(() => Date, { description: "When the talk took place." })
  @Property({ type: "datetime" })
  talkedAt!: Date;

  /** Who talked with the student and recorded it; a Person key. */
  @Property({ type: "uuid" })
  byPersonId!: string;

  @Field(() => String, {
    nullable: true,
    description: "What was talked about, in short. Needs CARE for the student.",
  })
  @Sensitive<TalkRecord>({ level: "PERSONAL", purposes: ["CARE"], subject: (t) => t.personId })
  @Property({ type: "text" })
  summary!: string;
}
