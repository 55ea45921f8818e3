import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { AccessRecordRepository } from "./access-record.repository";

/**
 * The read audit log: one row per sensitive value served, written by the gateway (through
 * recordSensitiveReads) before the answer leaves. Rows are only ever inserted.
 */
@ObjectType({
  description:
    "One sensitive value served: who read which field about whom, when, under which purpose and through which client.",
})
@Entity({ tableName: "access_record", repository: () => AccessRecordRepository })
@Index({ properties: ["subjectId", "readAt"] })
@Index({ properties: ["readerPersonId", "readAt"] })
@Index({ properties: ["readAt"] })
export class AccessRecord {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** The token subject of the reader (an SSO id, or `client:<id>` for a service client). */
  @Property({ type: "text" })
  readerSubject!: string;

  /** The reader, when the reader is a person. */
  @Property({ type: "uuid", nullable: true })
  readerPersonId: string | null = null;

  @Field(() => String, {
    description: "The reader's name as the token gave it, kept as it was at the time.",
  })
  @Property({ type: "text" })
  readerName!: string;

  @Field(() => String, {
    description:
      "The application the read came through: web, graphiql, api, or service:<client id>.",
  })
  @Property({ type: "text" })
  client!: string;

  /** The student the value is about. */
  @Property({ type: "uuid" })
  subjectId!: string;

  @Field(() => String, { description: "The field served, as Type.field, e.g. Person.phone." })
  @Property({ type: "text" })
  field!: string;

  @Field(() => String, {
    description:
      "The purpose the read was allowed under: CONTACT, CARE, FINANCIAL or MENTAL_HEALTH.",
  })
  @Property({ type: "text" })
  purpose!: string;

  @Field(() => String, { description: "The request id, as in the gateway's and subgraphs' logs." })
  @Property({ type: "text" })
  requestId!: string;

  /** Millisecond precision, as JavaScript holds it, so a page cursor names a row's value exactly. */
  @Field(() => Date)
  @Property({ type: "datetime", length: 3 })
  readAt!: Date;
}
