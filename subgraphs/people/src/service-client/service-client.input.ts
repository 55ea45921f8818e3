import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ArrayNotEmpty, MaxLength } from "class-validator";
import { PURPOSES } from "@campus/access";
import { OneOf, TextField } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";

export const MAX_NAME_LENGTH = 100;
/** Longest operation document accepted; a registered operation is a screen's query, not a dump. */
export const MAX_DOCUMENT_LENGTH = 100_000;

@InputType({ description: "One GraphQL operation the client may run." })
export class RegisteredOperationInput {
  @TextField(MAX_NAME_LENGTH, {
    description: "How the registry names it; unique within the client",
  })
  name!: string;

  @Field(() => String, {
    description: `The document, exactly as the app will send it; exactly one operation (fragments allowed); at most ${MAX_DOCUMENT_LENGTH} characters.`,
  })
  @MaxLength(MAX_DOCUMENT_LENGTH, {
    message: (a) =>
      `operation ${(a.object as RegisteredOperationInput).name} is longer than ${MAX_DOCUMENT_LENGTH} characters`,
  })
  document!: string;
}

@InputType({ description: "A departmental app to let in." })
export class RegisterServiceClientInput {
  @TextField(MAX_NAME_LENGTH)
  name!: string;

  @TextField(MAX_NAME_LENGTH)
  department!: string;

  @Field(() => [String], {
    description: `Access purposes it may read under: ${PURPOSES.join(", ")}. May be empty.`,
  })
  @OneOf(PURPOSES, "an access purpose")
  purposes!: string[];

  @Field(() => [RegisteredOperationInput], { description: "At least one." })
  @ArrayNotEmpty({ message: "a client needs at least one operation to run" })
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

  @Field(() => String, {
    nullable: true,
    description: "When given, the grant is answered only if it matches.",
  })
  secret?: string | null;
}

@ArgsType()
export class ServiceClientsArgs extends PageArgs {}
