import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId } from "@campus/subgraph";
import { GovernancePostKind } from "./governance-post.enums";

@InputType({
  description:
    "A student appointed to a governance post (学生自治岗位): a floor head or safety officer in a grid, a dorm head in a room, for a term.",
})
export class AppointGovernancePostInput {
  @Field(() => GovernancePostKind)
  kind!: GovernancePostKind;

  @Field(() => ID, { description: "The student; one living in the grid or room today." })
  @IsId()
  holderId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The grid (in use) of a floor head or safety officer.",
  })
  @IsId()
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: "The room of a dorm head." })
  @IsId()
  roomId?: string | null;

  @Field(() => LocalDateResolver, { description: "The first day of the term." })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "The last day of the term; not before startsOn." })
  endsOn!: string;
}

@ArgsType()
export class AppointGovernancePostArgs {
  @Field(() => AppointGovernancePostInput)
  input!: AppointGovernancePostInput;
}

@ArgsType()
export class EndGovernancePostArgs {
  @Field(() => ID)
  @IsId()
  postId!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "The first day it is no longer held: today when left out (its first day for a post not yet begun); not after the term's last day.",
  })
  endedOn?: string | null;
}
