import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { VolunteerServiceStatus } from "./volunteer-service.enums";
import { VolunteerService } from "./volunteer-service.entity";

/** One step of a record's verification: logged, verified or rejected; who, when and why. */
@ObjectType({
  description: "One step of verifying volunteer hours: from and to, who took it, when and why.",
})
@Entity({ tableName: "volunteer_service_transition" })
@Unique({ properties: ["service", "serviceVersion"] })
export class VolunteerServiceTransition extends CampusEntity {
  @ManyToOne(() => VolunteerService, { deleteRule: "cascade" })
  service!: VolunteerService;

  /** The record's version the step was applied to: unique per record, a second guard against two decisions from one state. */
  @Property({ type: "integer" })
  serviceVersion!: number;

  @Field(() => VolunteerServiceStatus, { nullable: true, description: "Null when logged." })
  @Enum({
    items: () => VolunteerServiceStatus,
    nativeEnumName: "volunteer_service_status",
    nullable: true,
    fieldName: "from_status",
  })
  from: VolunteerServiceStatus | null = null;

  @Field(() => VolunteerServiceStatus)
  @Enum({
    items: () => VolunteerServiceStatus,
    nativeEnumName: "volunteer_service_status",
    fieldName: "to_status",
  })
  to!: VolunteerServiceStatus;

  /** Who took the step: a Person of this subgraph. */
  @Property({ type: "uuid" })
  byPersonId!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  at: Date & Opt = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 500, nullable: true })
  note: string | null = null;
}
