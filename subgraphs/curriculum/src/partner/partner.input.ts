import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, ListSize, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";
import { PartnerKind } from "./partner.enums";

@InputType({ description: "A partner organisation registered by an administrator." })
export class CreatePartnerOrganisationInput {
  @TextField(100, { description: "The name, unique (e.g. 西电集团研究院)" })
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @TextField(2000, { nullable: true, blank: true, description: "What it does" })
  description?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: "People who act for it (post and decide its challenges); at most 20.",
  })
  @IsId({ each: true })
  @ListSize(0, 20)
  contactIds!: string[];
}

@ArgsType()
export class PartnerOrganisationArgs {
  @Field(() => ID)
  @IsId()
  id!: string;
}

@ArgsType()
export class PartnerOrganisationsArgs extends PageArgs {}
