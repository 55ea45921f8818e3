import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";

export const MAX_NAME_LENGTH = 100;
/** Longest operation document accepted; a registered operation is a screen's query, not a dump. */
export const MAX_DOCUMENT_LENGTH = 100_000;

@InputType({ description: "One GraphQL operation the client may run." })
export class RegisteredOperationInput {
  @Field(() => String, { description: `How the registry names it; unique within the client, at most ${MAX_NAME_LENGTH} characters.` })
  name!: string;

  @Field(() => String, { description: "The document, exactly as the app will send it; exactly one operation (fragments allowed)." })
  document!: string;
}

@InputType({ description: "A departmental app to let in." })
export class RegisterServiceClientInput {
  @Field(() => String, { description: `At most ${MAX_NAME_LENGTH} characters.` })
  name!: string;

  @Field(() => String, { description: `At most ${MAX_NAME_LENGTH} characters.` })
  department!: string;

  @Field(() => [String], { description: "Access purposes it may read under: CONTACT, CARE, FINANCIAL, MENTAL_HEALTH. May be empty." })
  purposes!: string[];

  @Field(() => [RegisteredOperationInput], { description: "At least one." })
  operations!: RegisteredOperationInput[];
}

@ArgsType()
export class RegisterServiceClientArgs {
  @Field(() => RegisterServiceClientInput)
  input!: RegisterServiceClientInput;
}

@ArgsType()
export class ServiceClientGrantArgs {
  @Field(() => ID)
  clientId!: string;

  @Field(() => String, { nullable: true, description: "When given, the grant is answered only if it matches." })
  secret?: string | null;
}

@ArgsType()
export class ServiceClientsArgs extends PageArgs {}
