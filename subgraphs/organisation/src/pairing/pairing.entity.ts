import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { PairingKind, PairingState } from "./pairing.enums";

/**
 * A pairing (结对共建) between two units: a teachers' branch and a students' branch, an office and
 * a branch, or a school and a branch; with its period, its plan and its activity log. Runs ACTIVE
 * until ended, who and when kept.
 */
@ObjectType({
  description:
    "A pairing (结对共建) of two units: teacher–student branches, an office and a branch, or a school and a branch; with a period, a plan and an activity log.",
})
@Entity({ tableName: "pairing" })
export class Pairing extends CampusEntity {
  @Field(() => PairingKind)
  @Enum({ items: () => PairingKind, nativeEnumName: "pairing_kind" })
  kind!: PairingKind;

  /** The first side: a teachers' branch, an office, a school (PAIRING_SIDES). */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  unit!: Ref<OrgUnit>;

  /** The branch it pairs with. */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  branch!: Ref<OrgUnit>;

  /** A teacher-student pairing's teacher (a Person key, checked through the graph); else null. */
  @Property({ type: "uuid", nullable: true })
  teacherId: string | null = null;

  /** A teacher-student pairing's student (a Person key, checked through the graph); else null. */
  @Property({ type: "uuid", nullable: true })
  studentId: string | null = null;

  @Field(() => LocalDateResolver, { description: "The first day of the pairing." })
  @Property({ type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The last day planned; not before startsOn." })
  @Property({ type: "date" })
  endsOn!: string;

  @Field(() => String, { description: "The plan (共建计划): what the two units do together." })
  @Property({ type: "text" })
  plan!: string;

  @Field(() => PairingState)
  @Enum({
    items: () => PairingState,
    nativeEnumName: "pairing_state",
    default: PairingState.ACTIVE,
  })
  state: PairingState & Opt = PairingState.ACTIVE;

  @Field(() => Date, { nullable: true, description: "When it was ended; null while ACTIVE." })
  @Property({ type: "datetime", nullable: true })
  endedAt: Date | null = null;

  /** Who ended it (a Person key); null while ACTIVE or when not ended by a person. */
  @Property({ type: "uuid", nullable: true })
  endedById: string | null = null;

  @Field(() => String, { description: "Why it was ended; empty while ACTIVE." })
  @Property({ type: "string", length: 500, default: "" })
  endNote: string & Opt = "";

  @Property({ type: "uuid", nullable: true })
  createdById: string | null = null;

  @Field(() => Date, { description: "When the pairing was recorded." })
  override createdAt!: Date & Opt;
}

/**
 * One side of a pairing, a row per unit: how a unit's pairings are paged (OrgUnit.pairings) from
 * one index whichever side the unit is on.
 */
@Entity({ tableName: "pairing_unit" })
@Unique({ properties: ["pairing", "unit"] })
@Index({ properties: ["unit", "createdAt", "id"] })
export class PairingUnit extends CampusEntity {
  @ManyToOne({ entity: () => Pairing, ref: true, deleteRule: "cascade" })
  pairing!: Ref<Pairing>;

  @ManyToOne({ entity: () => OrgUnit, ref: true, deleteRule: "restrict" })
  unit!: Ref<OrgUnit>;
}

/** An activity of a pairing (共建活动): when, what, how many took part, who recorded it. */
@ObjectType({
  description:
    "An activity of a pairing (共建活动): its day, title, summary, participants and who recorded it.",
})
@Entity({ tableName: "pairing_activity" })
@Index({ properties: ["pairing", "heldOn", "id"] })
export class PairingActivity extends CampusEntity {
  @ManyToOne({ entity: () => Pairing, ref: true, deleteRule: "cascade" })
  pairing!: Ref<Pairing>;

  @Field(() => LocalDateResolver, { description: "The day it was held, inside the period." })
  @Property({ type: "date" })
  heldOn!: string;

  @Field(() => String, { description: 'The academic term it counts in, such as "2026-2027-1".' })
  @Property({ type: "string", length: 11 })
  term!: string;

  @Field(() => String, { description: "e.g. 联合主题党日" })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "What was done; may be empty." })
  @Property({ type: "string", length: 2000 })
  summary!: string;

  @Field(() => Int, { description: "How many people took part." })
  @Property({ type: "integer" })
  participantCount!: number;

  /** Who recorded it (a Person key); null when not recorded by a person. */
  @Property({ type: "uuid", nullable: true })
  recordedById: string | null = null;

  @Field(() => Date, { description: "When it was recorded." })
  override createdAt!: Date & Opt;
}
