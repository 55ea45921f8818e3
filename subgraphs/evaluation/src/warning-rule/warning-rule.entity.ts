import { Entity, Enum, Property, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { WarningRuleRepository } from "./warning-rule.repository";

/**
 * A named early-warning rule (预警规则). What it tests lives in its versions, which never change
 * once published: a warning names the version that raised it, so it can always be explained.
 */
@ObjectType({
  description:
    "An early-warning rule: the category and level of the warnings it raises, and its published versions.",
})
@Entity({ tableName: "warning_rule", repository: () => WarningRuleRepository })
export class WarningRule extends CampusEntity {
  @Field(() => String, { description: "A stable code, e.g. ACADEMIC_FAILED_CREDITS; unique." })
  @Property({ type: "string", length: 64, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => WarningCategory)
  @Enum({ items: () => WarningCategory, nativeEnumName: "warning_category" })
  category!: WarningCategory;

  @Field(() => WarningLevel)
  @Enum({ items: () => WarningLevel, nativeEnumName: "warning_level" })
  level!: WarningLevel;

  /** The number of the version the engine evaluates; resolved as `currentVersion`. */
  @Property({ type: "integer" })
  currentVersionNumber: number & Opt = 1;

  @Field(() => Boolean, {
    description: "Inactive rules keep their versions and warnings but are not evaluated.",
  })
  @Property({ type: "boolean" })
  active: boolean & Opt = true;
}
