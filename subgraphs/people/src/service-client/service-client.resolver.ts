import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { RegisteredOperation } from "./registered-operation.entity";
import { ServiceClient } from "./service-client.entity";
import {
  RegisterServiceClientArgs,
  ServiceClientGrantArgs,
  ServiceClientsArgs,
} from "./service-client.input";
import { ServiceClientService } from "./service-client.service";
import { ServiceClientGrant, ServiceClientRegistration } from "./service-client.types";

export const ServiceClientConnection = ConnectionType(ServiceClient, "ServiceClient");

@Resolver(() => ServiceClient)
export class ServiceClientResolver {
  @Query(() => ServiceClientConnection, {
    description:
      "Registered service clients by name, revoked ones included, a page at a time (administrators only).",
  })
  serviceClients(
    @Args(() => ServiceClientsArgs) args: ServiceClientsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new ServiceClientService(ctx).list(args);
  }

  @Mutation(() => ServiceClientRegistration, {
    description:
      "Registers a departmental app with its purposes and the operations it may run (administrators only); answers its secret, once. BAD_USER_INPUT names an operation that is not exactly one GraphQL operation.",
  })
  registerServiceClient(
    @Args(() => RegisterServiceClientArgs) args: RegisterServiceClientArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ServiceClientRegistration> {
    return new ServiceClientService(ctx).register(args.input);
  }

  @Mutation(() => ServiceClient, {
    description:
      "Shuts a client out for good (administrators only). BAD_USER_INPUT when it is already revoked.",
  })
  revokeServiceClient(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ServiceClient> {
    return new ServiceClientService(ctx).revoke(id);
  }

  @Query(() => ServiceClientGrant, {
    nullable: true,
    description:
      "What a client may run and read; null when it is unknown or revoked, or the secret given does not match. For the gateway only.",
  })
  @Internal()
  serviceClientGrant(
    @Args(() => ServiceClientGrantArgs) args: ServiceClientGrantArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ServiceClientGrant | null> {
    return new ServiceClientService(ctx).grant(args.clientId, args.secret);
  }

  @FieldResolver(() => [RegisteredOperation], {
    description: "The operations it may run, by name.",
  })
  operations(
    @Root() client: ServiceClient,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<RegisteredOperation[]> {
    return new ServiceClientService(ctx).operations(client);
  }
}
