import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";
import { OrgUnitKind } from "./org-unit.enums";

@InputType({
  description:
    "A new unit. Its parent must fit its kind: a general branch under the party committee (with its residential college), a joint branch under a general branch, a temporary branch under either (with purpose, start and end); the committee, schools and colleges stand at the top.",
})
export class CreateOrgUnitInput {
  @TextField(200, { description: "The unit's name, e.g. 彭康书院第3师生联合党支部" })
  name!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => ID, { nullable: true, description: "The unit above; null for a top-level kind." })
  @IsId()
  parentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A general branch's residential college (书院); required for that kind only.",
  })
  @IsId()
  collegeId?: string | null;

  @TextField(500, {
    nullable: true,
    description: "What a temporary branch is for; required for that kind only",
  })
  purpose?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "A temporary branch's first day.",
  })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "A temporary branch's last day." })
  endsOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The team (people) a temporary branch serves, e.g. the volunteer corps.",
  })
  @IsId()
  teamId?: string | null;
}

@ArgsType()
export class CreateOrgUnitArgs {
  @Field(() => CreateOrgUnitInput)
  input!: CreateOrgUnitInput;
}

@ArgsType()
export class RenameOrgUnitArgs {
  @Field(() => ID)
  @IsId()
  unitId!: string;

  @TextField(200, { description: "The new name" })
  name!: string;
}

@ArgsType()
export class MoveOrgUnitArgs {
  @Field(() => ID)
  @IsId()
  unitId!: string;

  @Field(() => ID, { description: "The new parent; it must fit the unit's kind." })
  @IsId()
  parentId!: string;
}

@ArgsType()
export class CloseOrgUnitArgs {
  @Field(() => ID)
  @IsId()
  unitId!: string;
}

@ArgsType()
export class OrgUnitOnArgs {
  @Field(() => LocalDateResolver)
  date!: string;
}
