import { randomUUID } from "node:crypto";
import {
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { ServiceClient } from "./service-client.entity";

/** One GraphQL operation a service client may run, by its exact text or that text's SHA-256. */
@ObjectType({
  description:
    "A GraphQL operation a service client may run: the exact document, or its SHA-256 as a persisted query.",
})
@Entity({ tableName: "registered_operation" })
@Unique({ properties: ["client", "name"] })
export class RegisteredOperation {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => ServiceClient, ref: true })
  client!: Ref<ServiceClient>;

  @Field(() => String)
  @Property({ type: "string", length: 100 })
  name!: string;

  /** The document exactly as registered; the gateway compares requests with it byte for byte. */
  @Property({ type: "text" })
  document!: string;

  @Field(() => String, { description: "SHA-256 of the document text, hex." })
  @Property({ type: "string", length: 64 })
  sha256!: string;
}
