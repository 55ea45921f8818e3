import { randomUUID } from "node:crypto";
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { Resource } from "./resource.entity";

/**
 * Which students a resource is pushed to: those with an open warning of `warningCategory` at
 * `minLevel` or above, or an open assistance case of `caseKind`. At least one of the two is set.
 */
@ObjectType({
  description:
    "A rule pushing a resource to students with an open warning of a category (at or above a level), or an open assistance case of a kind.",
})
@Entity({ tableName: "resource_rule" })
export class ResourceRule {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Resource, { ref: true, deleteRule: "cascade", index: true })
  resource!: Ref<Resource>;

  @Field(() => WarningCategory, {
    nullable: true,
    description: "Matches open warnings of this category; null: the rule matches cases only.",
  })
  @Enum({ items: () => WarningCategory, nativeEnumName: "warning_category", nullable: true })
  warningCategory: WarningCategory | null = null;

  @Field(() => WarningLevel, {
    nullable: true,
    description: "The lowest level matched; null with a category: any level.",
  })
  @Enum({ items: () => WarningLevel, nativeEnumName: "warning_level", nullable: true })
  minLevel: WarningLevel | null = null;

  @Field(() => CaseKind, {
    nullable: true,
    description:
      "Matches open assistance cases of this kind; null: the rule matches warnings only.",
  })
  @Enum({ items: () => CaseKind, nativeEnumName: "case_kind", nullable: true })
  caseKind: CaseKind | null = null;

  @Field(() => Boolean)
  @Property({ type: "boolean", default: true })
  active: boolean & Opt = true;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();
}
