import { randomUUID } from "node:crypto";
import { ArrayType, Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { ServiceClientRepository } from "./service-client.repository";

/**
 * A departmental app registered to use the API with client credentials. It may run only its
 * registered operations and read only for its purposes. Revoking keeps the row, as the record of
 * who was let in when.
 */
@ObjectType({
  description: "A departmental app registered to use the API with client credentials.",
})
@Entity({ tableName: "service_client", repository: () => ServiceClientRepository })
@Index({ properties: ["name", "id"] })
export class ServiceClient {
  @Field(() => ID, { description: "The client id it signs in with." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: "e.g. 宿管系统; shown as the reader in the access log." })
  @Property({ type: "string", length: 100 })
  name!: string;

  @Field(() => String, { description: "The department that runs the app and answers for it." })
  @Property({ type: "string", length: 100 })
  department!: string;

  @Field(() => [String], {
    description: "The access purposes it may read under: CONTACT, CARE, FINANCIAL, MENTAL_HEALTH.",
  })
  @Property({ type: ArrayType, columnType: "text[]" })
  purposes!: string[];

  /** `scrypt$N$r$p$salt$hash`: the secret itself is shown once at registration and never stored. */
  @Property({ type: "text" })
  secretHash!: string;

  /** The administrator who registered it, when a person. */
  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, {
    nullable: true,
    description: "When it was shut out; null while it may sign in.",
  })
  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: "uuid", nullable: true })
  revokedById: string | null = null;
}
