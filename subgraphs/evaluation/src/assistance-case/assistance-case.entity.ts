import { randomUUID } from "node:crypto";
import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Sensitive } from "@campus/access";
import { AssistanceCaseStatus } from "./assistance-case.enums";

/**
 * 帮扶个案: one student's assistance case, worked by a task force (专班, TaskForceMember). Visible
 * to anyone with a relationship to the student; what the difficulty is (`summary`) needs CARE.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "帮扶个案: a student's assistance case, worked by a task force (专班)." })
@Entity({ tableName: "assistance_case" })
@Index({ properties: ["personId", "openedAt"] })
export class AssistanceCase {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** The student; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => String, { nullable: true, description: "The student's difficulty and what the case is for. Needs CARE for the student." })
  @Sensitive<AssistanceCase>({ level: "PERSONAL", purposes: ["CARE"], subject: (c) => c.personId })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => AssistanceCaseStatus)
  @Enum({ items: () => AssistanceCaseStatus, nativeEnumName: "assistance_case_status" })
  status: AssistanceCaseStatus & Opt = AssistanceCaseStatus.OPEN;

  @Field(() => Date)
  @Property({ type: "datetime" })
  openedAt: Date & Opt = new Date();

  @Property({ type: "uuid" })
  openedById!: string;

  /** Null while OPEN; also null for cases seeded as CLOSED, whose closing was not recorded. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  closedAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  closedById: string | null = null;

  /** Optimistic lock: of two closings from OPEN at once, one applies and the other gets CONFLICT. */
  @Property({ type: "integer", version: true })
  version!: number & Opt;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
