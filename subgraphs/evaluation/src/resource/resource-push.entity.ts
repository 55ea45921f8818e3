import { randomUUID } from "node:crypto";
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { WarningCategory } from "../warning/warning.enums";
import { Resource } from "./resource.entity";
import { ResourcePushRepository } from "./resource-push.repository";

/**
 * One resource in one student's inbox (收件箱). A resource reaches a student once: the push run
 * inserts against the unique (resource, person) index with ON CONFLICT DO NOTHING.
 */
@ObjectType({
  description:
    "A resource pushed to a student's inbox, why, and whether they read it and took it up.",
})
@Entity({ tableName: "resource_push", repository: () => ResourcePushRepository })
@Unique({ properties: ["resource", "personId"] })
@Index({ properties: ["personId", "pushedAt", "id"] })
@Index({ properties: ["unreadPersonId", "pushedAt", "id"] })
export class ResourcePush {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Resource, { ref: true, deleteRule: "cascade" })
  resource!: Ref<Resource>;

  /** The student; a Person key owned by the people subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  /**
   * personId while unread, else null: lets the shared per-person page and count loaders serve
   * "unread only" from their own index, with no second copy of the paging SQL.
   */
  @Property({
    type: "uuid",
    nullable: true,
    generated: "(case when read_at is null then person_id else null end) stored",
  })
  unreadPersonId?: string | null;

  /** The rule that matched; null once the rule is deleted. */
  @Property({ type: "uuid", nullable: true })
  ruleId: string | null = null;

  /** The warning that caused the push, when a warning did (else a case did). */
  @Index()
  @Property({ type: "uuid", nullable: true })
  warningId: string | null = null;

  /** Its category, kept so a mental-health reason can be withheld without loading the warning. */
  @Enum({ items: () => WarningCategory, nativeEnumName: "warning_category", nullable: true })
  warningCategory: WarningCategory | null = null;

  /** The case that caused the push, when a case did. */
  @Property({ type: "uuid", nullable: true })
  assistanceCaseId: string | null = null;

  /** Its kind, kept for the same reason as warningCategory. */
  @Enum({ items: () => CaseKind, nativeEnumName: "case_kind", nullable: true })
  caseKind: CaseKind | null = null;

  /** Why, in words: "学业预警（橙色）", "帮扶个案（经济困难）". */
  @Property({ type: "text" })
  reason!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  pushedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When the student first opened it; null while unread.",
  })
  @Property({ type: "datetime", nullable: true })
  readAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When the student said they took it up; null until then.",
  })
  @Property({ type: "datetime", nullable: true })
  uptakeAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "What the student said about taking it up." })
  @Property({ type: "text", nullable: true })
  uptakeNote: string | null = null;
}
