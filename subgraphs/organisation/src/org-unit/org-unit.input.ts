import { ArgsType, Field } from "type-graphql";
import { OrgUnitKind } from "./org-unit.enums";

@ArgsType()
export class OrgUnitsArgs {
  @Field(() => OrgUnitKind, { nullable: true, description: "Only units of this kind." })
  kind?: OrgUnitKind | null;
}
