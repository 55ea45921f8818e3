import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, MAX_TEXT_LENGTH, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { ResourceKind } from "./resource.enums";

/** Longest title, provider or location: a line, not a text. */
export const MAX_LINE_LENGTH = 200;
export const MAX_URL_LENGTH = 2000;

@InputType({ description: "All given conditions must hold." })
export class ResourceFilter {
  @Field(() => ResourceKind, { nullable: true })
  kind?: ResourceKind | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ArgsType()
export class ResourcesArgs extends PageArgs {
  @Field(() => ResourceFilter, { nullable: true })
  filter?: ResourceFilter | null;
}

@InputType()
export class CreateResourceInput {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @TextField(MAX_LINE_LENGTH)
  title!: string;

  @TextField(MAX_TEXT_LENGTH)
  description!: string;

  @TextField(MAX_LINE_LENGTH)
  provider!: string;

  @TextField(MAX_LINE_LENGTH, { nullable: true, blank: true })
  location?: string | null;

  @TextField(MAX_URL_LENGTH, { nullable: true, blank: true, description: "An http or https URL" })
  url?: string | null;
}

@InputType({
  description:
    "Fields left out stay as they are; location or url given as null (or blank) is cleared.",
})
export class UpdateResourceInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => ResourceKind, { nullable: true })
  kind?: ResourceKind | null;

  @TextField(MAX_LINE_LENGTH, { nullable: true })
  title?: string | null;

  @TextField(MAX_TEXT_LENGTH, { nullable: true })
  description?: string | null;

  @TextField(MAX_LINE_LENGTH, { nullable: true })
  provider?: string | null;

  @TextField(MAX_LINE_LENGTH, { nullable: true, blank: true })
  location?: string | null;

  @TextField(MAX_URL_LENGTH, { nullable: true, blank: true, description: "An http or https URL" })
  url?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({
  description:
    "Give warningCategory (optionally with minLevel), caseKind, or both: the rule matches either.",
})
export class CreateResourceRuleInput {
  @Field(() => ID)
  @IsId()
  resourceId!: string;

  @Field(() => WarningCategory, { nullable: true })
  warningCategory?: WarningCategory | null;

  @Field(() => WarningLevel, {
    nullable: true,
    description: "Only with warningCategory; left out: any level.",
  })
  minLevel?: WarningLevel | null;

  @Field(() => CaseKind, { nullable: true })
  caseKind?: CaseKind | null;
}

@InputType()
export class RecordUptakeInput {
  @Field(() => ID)
  @IsId()
  pushId!: string;

  @TextField(MAX_TEXT_LENGTH, {
    nullable: true,
    blank: true,
    description: "What the student did with it",
  })
  note?: string | null;
}
