import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, ListSize, TextField } from "@campus/subgraph";
import { MAX_PARTY_CHECK } from "./party-graph";

/** Most rooms, and grids, one responsibility area names. */
export const MAX_AREA_ROOMS = 200;
export const MAX_AREA_GRIDS = 50;

@InputType({
  description:
    "A new party-member post (党员示范岗): its holder, title, duties, a grid or a room (exactly one), and its term.",
})
export class CreatePartyPostInput {
  @Field(() => ID, { description: "A probationary or full party member." })
  @IsId()
  holderId!: string;

  @TextField(100, { description: "e.g. 学风建设示范岗" })
  title!: string;

  @TextField(1000, { description: "What the holder does there" })
  duties!: string;

  @Field(() => ID, { nullable: true, description: "The grid; or give roomId." })
  @IsId()
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: "The room; or give gridId." })
  @IsId()
  roomId?: string | null;

  @Field(() => LocalDateResolver)
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "Not before startsOn." })
  endsOn!: string;
}

@InputType({ description: "What changes of a post; fields left out stay as they are." })
export class ChangePartyPostInput {
  @Field(() => ID)
  @IsId()
  postId!: string;

  @TextField(100, { nullable: true })
  title?: string | null;

  @TextField(1000, { nullable: true })
  duties?: string | null;

  @Field(() => ID, { nullable: true, description: "Another probationary or full party member." })
  @IsId()
  holderId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Not before startsOn." })
  endsOn?: string | null;
}

@ArgsType()
export class CreatePartyPostArgs {
  @Field(() => CreatePartyPostInput)
  input!: CreatePartyPostInput;
}

@ArgsType()
export class ChangePartyPostArgs {
  @Field(() => ChangePartyPostInput)
  input!: ChangePartyPostInput;
}

@ArgsType()
export class EndPartyPostArgs {
  @Field(() => ID)
  @IsId()
  postId!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The last day; today unless given. Not before the term's start nor after its end.",
  })
  endedOn?: string | null;
}

@InputType({
  description:
    "A new responsibility area (责任区): a party member of the branch looks after these rooms and grids of the branch's grids.",
})
export class CreateResponsibilityAreaInput {
  @Field(() => ID, { description: "A teacher-student joint branch." })
  @IsId()
  branchId!: string;

  @Field(() => ID, { description: "A probationary or full party member." })
  @IsId()
  memberId!: string;

  @TextField(100)
  name!: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Rooms of the branch's grids (at most ${MAX_AREA_ROOMS}).`,
  })
  @ListSize(0, MAX_AREA_ROOMS)
  @IsId({ each: true })
  roomIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Whole grids of the branch (at most ${MAX_AREA_GRIDS}).`,
  })
  @ListSize(0, MAX_AREA_GRIDS)
  @IsId({ each: true })
  gridIds?: string[] | null;
}

@ArgsType()
export class CreateResponsibilityAreaArgs {
  @Field(() => CreateResponsibilityAreaInput)
  input!: CreateResponsibilityAreaInput;
}

@ArgsType()
export class EndResponsibilityAreaArgs {
  @Field(() => ID)
  @IsId()
  areaId!: string;
}

@InputType({ description: "A new vanguard team (党员先锋队) of a branch, with its members." })
export class CreateVanguardTeamInput {
  @Field(() => ID, { description: "A teacher-student joint branch." })
  @IsId()
  branchId!: string;

  @TextField(100)
  name!: string;

  @TextField(500, { nullable: true, blank: true, description: "What the team is for" })
  purpose?: string | null;

  @Field(() => [ID], { description: `1 to ${MAX_PARTY_CHECK} probationary or full party members.` })
  @ListSize(1, MAX_PARTY_CHECK)
  @IsId({ each: true })
  memberIds!: string[];
}

@ArgsType()
export class CreateVanguardTeamArgs {
  @Field(() => CreateVanguardTeamInput)
  input!: CreateVanguardTeamInput;
}

@InputType({ description: "A task for a vanguard team." })
export class AddVanguardTaskInput {
  @Field(() => ID)
  @IsId()
  teamId!: string;

  @TextField(200)
  title!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn?: string | null;
}

@ArgsType()
export class AddVanguardTaskArgs {
  @Field(() => AddVanguardTaskInput)
  input!: AddVanguardTaskInput;
}

@ArgsType()
export class CompleteVanguardTaskArgs {
  @Field(() => ID)
  @IsId()
  taskId!: string;

  @TextField(500, { nullable: true, blank: true, description: "What was done" })
  note?: string | null;
}

@ArgsType()
export class ResponsibilityCoverageArgs {
  @Field(() => ID, {
    nullable: true,
    description: "One branch: its share, and the buildings its grids are in. All when left out.",
  })
  @IsId()
  branchId?: string | null;
}
