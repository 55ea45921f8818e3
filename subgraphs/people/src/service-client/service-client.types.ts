import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ServiceClient } from "./service-client.entity";

@ObjectType({
  description:
    "A new client and its secret. The secret is shown here once and cannot be read again.",
})
export class ServiceClientRegistration {
  @Field(() => ServiceClient)
  client!: ServiceClient;

  @Field(() => String, { description: "Keep it safe: only its hash is stored." })
  secret!: string;
}

/** Internal to the platform: an operation as the gateway needs it, document included. */
@Directive("@inaccessible")
@ObjectType()
export class GrantedOperation {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  sha256!: string;

  @Field(() => String)
  document!: string;
}

/** Internal to the platform: what a signed-in client may do, for the gateway. */
@Directive("@inaccessible")
@ObjectType({ description: "What a service client may run and read." })
export class ServiceClientGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  purposes!: string[];

  @Field(() => [GrantedOperation])
  operations!: GrantedOperation[];
}
