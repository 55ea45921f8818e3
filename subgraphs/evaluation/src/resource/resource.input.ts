import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import { CaseKind } from "../assistance-case/assistance-case.enums";
import { ResourceKind } from "./resource.enums";

/** Longest title, provider or location: a line, not a text. */
export const MAX_LINE_LENGTH = 200;

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

  @Field(() => String, { description: `Not blank, at most ${MAX_LINE_LENGTH} characters.` })
  title!: string;

  @Field(() => String, { description: "Not blank, at most 2000 characters." })
  description!: string;

  @Field(() => String, { description: `Not blank, at most ${MAX_LINE_LENGTH} characters.` })
  provider!: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true, description: "An http or https URL." })
  url?: string | null;
}

@InputType({ description: "Fields left out stay as they are; location or url given as null (or blank) is cleared." })
export class UpdateResourceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ResourceKind, { nullable: true })
  kind?: ResourceKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  provider?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: "Give warningCategory (optionally with minLevel), caseKind, or both: the rule matches either." })
export class CreateResourceRuleInput {
  @Field(() => ID)
  resourceId!: string;

  @Field(() => WarningCategory, { nullable: true })
  warningCategory?: WarningCategory | null;

  @Field(() => WarningLevel, { nullable: true, description: "Only with warningCategory; left out: any level." })
  minLevel?: WarningLevel | null;

  @Field(() => CaseKind, { nullable: true })
  caseKind?: CaseKind | null;
}

@InputType()
export class RecordUptakeInput {
  @Field(() => ID)
  pushId!: string;

  @Field(() => String, { nullable: true, description: "What the student did with it; at most 2000 characters." })
  note?: string | null;
}
