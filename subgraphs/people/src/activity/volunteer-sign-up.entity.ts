import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { VolunteerService } from "../volunteer/volunteer-service.entity";
import { VolunteerActivity } from "./volunteer-activity.entity";
import { VolunteerSignUpState } from "./volunteer-activity.enums";

/**
 * A student's sign-up (报名) for a volunteer activity: one row per student and activity, kept when
 * cancelled (signing up again reopens it). Checked in, it points at the VolunteerService record
 * its hours became, so a second check-in finds it and records nothing.
 */
@ObjectType({
  description:
    "A student's sign-up for a volunteer activity (报名): signed up, checked in (with the hours it recorded) or cancelled.",
})
@Entity({ tableName: "volunteer_sign_up" })
@Unique({ properties: ["activity", "personId"] })
@Index({ properties: ["personId", "state"] })
export class VolunteerSignUp extends CampusEntity {
  @ManyToOne(() => VolunteerActivity, { deleteRule: "cascade" })
  activity!: VolunteerActivity;

  /** The student: a Person of this subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => VolunteerSignUpState)
  @Enum({ items: () => VolunteerSignUpState, nativeEnumName: "volunteer_sign_up_state" })
  state!: VolunteerSignUpState;

  @Field(() => Date, { description: "When they (last) signed up." })
  @Property({ type: "datetime" })
  signedUpAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When they were checked in (签到)." })
  @Property({ type: "datetime", nullable: true })
  checkedInAt: Date | null = null;

  /** Who checked them in: the leader, a cadre or an administrator. */
  @Property({ type: "uuid", nullable: true })
  checkedInById: string | null = null;

  /** The hours the check-in recorded. */
  @ManyToOne(() => VolunteerService, { nullable: true, deleteRule: "set null" })
  service: VolunteerService | null = null;
}
