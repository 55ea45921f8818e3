import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";
import { TeamKind, TeamRole } from "./team.enums";

@InputType({ description: "A new team and its leader." })
export class CreateTeamInput {
  @TextField(100, { description: "The team's name, unique (e.g. 星航志愿服务团)" })
  name!: string;

  @Field(() => TeamKind)
  kind!: TeamKind;

  @Field(() => ID, { description: "The leader: a person, student or staff." })
  @IsId()
  leaderId!: string;
}

@InputType({ description: "A student joining a team." })
export class AddTeamMemberInput {
  @Field(() => ID)
  @IsId()
  teamId!: string;

  @Field(() => ID, { description: "The student." })
  @IsId()
  personId!: string;

  @Field(() => TeamRole, { defaultValue: TeamRole.MEMBER })
  role: TeamRole = TeamRole.MEMBER;

  @Field(() => LocalDateResolver, { description: "When they joined; not after today." })
  joinedOn!: string;
}

@InputType({ description: "A member leaving a team." })
export class EndTeamMembershipInput {
  @Field(() => ID)
  @IsId()
  membershipId!: string;

  @Field(() => LocalDateResolver, {
    description: "The last day in the team; not before joining, not after today.",
  })
  leftOn!: string;
}

@ArgsType()
export class TeamArgs {
  @Field(() => ID)
  @IsId()
  id!: string;
}
