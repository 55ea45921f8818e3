import { Entity, Enum, Index, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { TeamKind } from "./team.enums";

/**
 * A team (队伍): a volunteer corps, a lecture group, a self-governance committee, a class
 * committee or a student organisation. Run by its leader, who admits members and verifies the
 * volunteer hours they log; administrators (the organisers of student work) create teams and may
 * do what a leader does.
 */
@ObjectType({
  description:
    "A team (队伍): volunteer corps (志愿服务团), lecture group (宣讲团), self-governance committee, class committee or student organisation, with its leader and members.",
})
@Entity({ tableName: "team" })
export class Team extends CampusEntity {
  @Field(() => String)
  @Property({ type: "string", length: 100, unique: true })
  name!: string;

  @Field(() => TeamKind)
  @Enum({ items: () => TeamKind, nativeEnumName: "team_kind" })
  kind!: TeamKind;

  /** The leader (队长/负责人): a Person of this subgraph, student or staff. */
  @Index()
  @Property({ type: "uuid" })
  leaderId!: string;
}
