import { randomUUID } from "node:crypto";
import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Sensitive } from "@campus/access";
import { WarningCategory, WarningLevel, WarningStatus } from "./warning.enums";
import { WarningEvidence } from "./warning-evidence";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "An early warning (预警) about a student, raised from campus data and worked through assessment, intervention and tracking." })
@Entity({ tableName: "warning" })
@Index({ properties: ["personId", "raisedAt"] })
@Index({ properties: ["raisedAt", "id"] })
@Index({ properties: ["status", "raisedAt", "id"] })
export class Warning {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  /** The student the warning is about; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => WarningCategory)
  @Enum({ items: () => WarningCategory, nativeEnumName: "warning_category" })
  category!: WarningCategory;

  @Field(() => WarningLevel)
  @Enum({ items: () => WarningLevel, nativeEnumName: "warning_level" })
  level!: WarningLevel;

  @Field(() => WarningStatus)
  @Enum({ items: () => WarningStatus, nativeEnumName: "warning_status" })
  status: WarningStatus & Opt = WarningStatus.OPEN;

  // Nullable in GraphQL because @Sensitive answers null (with FORBIDDEN) to callers without CARE.
  @Field(() => String, { nullable: true, description: "What the signal was, in a sentence. Needs CARE for the student." })
  @Sensitive<Warning>({ level: "PERSONAL", purposes: ["CARE"], subject: (w) => w.personId })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => [WarningEvidence], { nullable: true, description: "The data behind the warning. Needs CARE for the student." })
  @Sensitive<Warning>({ level: "SENSITIVE", purposes: ["CARE"], subject: (w) => w.personId })
  @Property({ type: "json", default: "[]" })
  evidence: WarningEvidence[] & Opt = [];

  @Field(() => Date, { description: "When the warning was raised." })
  @Property({ type: "datetime" })
  raisedAt: Date & Opt = new Date();

  /** Optimistic lock: every update checks and bumps it, so two advances from one state cannot both apply. */
  @Property({ type: "integer", version: true })
  version!: number & Opt;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
