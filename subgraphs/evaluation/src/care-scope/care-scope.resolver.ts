import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { CareCoverage } from "./care-coverage.type";
import { CareScopeService } from "./care-scope.service";

@Resolver()
export class CareScopeResolver {
  @Query(() => [CareCoverage], {
    description:
      "The students a person covers as task-force member (cases not yet CLOSED) and psychology teacher (open referrals). For the gateway's scope resolution only.",
  })
  @Internal()
  careScope(
    @Arg("personId", () => ID) personId: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<CareCoverage[]> {
    return new CareScopeService(ctx).of(personId);
  }
}
