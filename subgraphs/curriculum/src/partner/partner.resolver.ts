import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { PartnerOrganisation } from "./partner.entity";
import {
  CreatePartnerOrganisationInput,
  PartnerOrganisationArgs,
  PartnerOrganisationsArgs,
} from "./partner.input";
import { PartnerService } from "./partner.service";

type Ctx = RequestContext<Loaders>;

export const PartnerOrganisationConnection = ConnectionType(
  PartnerOrganisation,
  "PartnerOrganisation",
);

@Resolver(() => PartnerOrganisation)
export class PartnerOrganisationResolver {
  @Mutation(() => PartnerOrganisation, {
    description:
      "Registers a partner organisation (合作单位) with the people who act for it. Organisers (administrators) only; CONFLICT when the name is taken.",
  })
  createPartnerOrganisation(
    @Arg("input", () => CreatePartnerOrganisationInput) input: CreatePartnerOrganisationInput,
    @Ctx() ctx: Ctx,
  ): Promise<PartnerOrganisation> {
    return new PartnerService(ctx).create(input);
  }

  @Query(() => PartnerOrganisationConnection, {
    description: "The climb plan's partner organisations, by name.",
  })
  partnerOrganisations(
    @Args(() => PartnerOrganisationsArgs) args: PartnerOrganisationsArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new PartnerService(ctx).list(args);
  }

  @Query(() => PartnerOrganisation)
  partnerOrganisation(
    @Args(() => PartnerOrganisationArgs) args: PartnerOrganisationArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new PartnerService(ctx).byId(args.id);
  }

  @Query(() => [PartnerOrganisation], {
    description: "The partner organisations the caller acts for (none for most callers).",
  })
  myPartnerOrganisations(@Ctx() ctx: Ctx): Promise<PartnerOrganisation[]> {
    return new PartnerService(ctx).mine();
  }

  @FieldResolver(() => [Person], {
    nullable: true,
    description:
      "The people who act for it: for administrators and those people themselves; null with FORBIDDEN for anyone else.",
  })
  contacts(@Root() partner: PartnerOrganisation, @Ctx() ctx: Ctx): Promise<Person[]> {
    return new PartnerService(ctx).contacts(partner);
  }
}
