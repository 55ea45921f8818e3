import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { TeamRole } from "./team.enums";
import { Team } from "./team.entity";

/** A student's time in a team: from the day they joined to the day they left (null while still in it). */
@ObjectType({ description: "A member's time in a team: role, joined and left." })
@Entity({ tableName: "team_membership" })
@Index({ properties: ["team", "leftOn"] })
@Index({ properties: ["personId"] })
export class TeamMembership extends CampusEntity {
  @ManyToOne(() => Team, { deleteRule: "cascade" })
  team!: Team;

  /** The member: a student, a Person of this subgraph. */
  @Property({ type: "uuid" })
  personId!: string;

  @Field(() => TeamRole)
  @Enum({ items: () => TeamRole, nativeEnumName: "team_role" })
  role!: TeamRole;

  @Field(() => LocalDateResolver)
  @Property({ type: "date" })
  joinedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Null while still a member." })
  @Property({ type: "date", nullable: true })
  leftOn: string | null = null;
}
