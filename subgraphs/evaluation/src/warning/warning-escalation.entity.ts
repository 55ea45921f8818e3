import { randomUUID } from "node:crypto";
import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Rel,
} from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { EscalationTier, WarningStatus } from "./warning.enums";
import { Warning } from "./warning.entity";

@ObjectType({
  description: "A stage's due time passed, and the warning went up one level of the organisation.",
})
@Entity({ tableName: "warning_escalation" })
// One escalation per missed due time: running the escalation again never records it twice.
@Unique({ properties: ["warning", "dueAt"] })
export class WarningEscalation {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Warning, { deleteRule: "cascade" })
  warning!: Rel<Warning>;

  @Field(() => EscalationTier)
  @Enum({ items: () => EscalationTier, nativeEnumName: "warning_escalation_tier" })
  fromTier!: EscalationTier;

  @Field(() => EscalationTier, {
    description: "The same as fromTier once the university has it: the miss is still recorded.",
  })
  @Enum({ items: () => EscalationTier, nativeEnumName: "warning_escalation_tier" })
  toTier!: EscalationTier;

  @Field(() => WarningStatus, { description: "The stage that was overdue." })
  @Enum({ items: () => WarningStatus, nativeEnumName: "warning_status" })
  stage!: WarningStatus;

  @Field(() => Date, { description: "When the escalation ran (its asOf)." })
  @Property({ type: "datetime" })
  at!: Date;

  @Field(() => Date, { description: "The due time that was missed." })
  @Property({ type: "datetime" })
  dueAt!: Date;
}
