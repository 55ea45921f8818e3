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
import { Field, ID, Int, ObjectType } from "type-graphql";
import { RuleCondition } from "./rule-condition";
import { WarningRule } from "./warning-rule.entity";

/**
 * One published version of a rule: all its conditions must hold over the indicator records
 * observed in the `windowDays` days up to the evaluation date. Never updated: a change is a new
 * version, and warnings keep pointing at the one that raised them.
 */
@ObjectType({ description: "A published, immutable version of a warning rule." })
@Entity({ tableName: "warning_rule_version" })
// Also the guard against two publications of the same number at once.
@Unique({ properties: ["rule", "version"] })
export class WarningRuleVersion {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => WarningRule, ref: true, deleteRule: "cascade" })
  rule!: Ref<WarningRule>;

  @Field(() => Int, { description: "1 for the first version, then counting up." })
  @Property({ type: "integer" })
  version!: number;

  @Field(() => Int, {
    description:
      "How many days of records, up to and including the evaluation date, the conditions look at.",
  })
  @Property({ type: "integer" })
  windowDays!: number;

  @Field(() => [RuleCondition], { description: "All must hold (AND)." })
  @Property({ type: "json" })
  conditions!: RuleCondition[];

  @Field(() => String, {
    description:
      "The warning's summary; {INDICATOR} placeholders (e.g. {FAILED_CREDITS}) take the measured value, {windowDays} the window.",
  })
  @Property({ type: "text" })
  summaryTemplate!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  publishedAt: Date & Opt = new Date();

  /** Who published it; resolved as `publishedBy`. */
  @Property({ type: "uuid" })
  publishedById!: string;
}
