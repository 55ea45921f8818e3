import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { ACCESS_LINK, SENSITIVE_DIRECTIVE_SDL } from "@campus/access";
import type { SubgraphDefinition } from "./definition";
import { guardArguments } from "./input-guard";
import { validateInputs } from "./validation";

/** The one Federation version every subgraph links; composition sees them all alike. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@composeDirective"])`;

const built = new WeakMap<SubgraphDefinition, Promise<GraphQLSchema>>();

/** Builds a Federation 2 subgraph schema from type-graphql resolvers plus reference resolvers. */
export function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  let schema = built.get(definition);
  if (!schema) {
    schema = build(definition);
    built.set(definition, schema);
  }
  return schema;
}

/** What buildSubgraphSchema takes as resolvers (Apollo does not export the type by name). */
type ResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>["resolvers"]
>;

async function build(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    // Federation adds Query fields (_entities, _service) later; a subgraph may lack its own.
    skipCheck: true,
    // Constraints declared on the input classes (class-validator), refused as BAD_USER_INPUT naming the field.
    validateFn: validateInputs(definition.inputFieldNaming),
  });
  const resolvers: ResolverMap = createResolversMap(typeGraphQLSchema) as ResolverMap;
  for (const [typeName, resolveReference] of Object.entries(definition.references)) {
    const fieldResolvers = resolvers[typeName] as Record<string, unknown> | undefined;
    resolvers[typeName] = {
      ...fieldResolvers,
      __resolveReference: resolveReference,
    };
  }
  // Every subgraph links the access spec, so `@sensitive` reaches the supergraph wherever it is used.
  const typeDefs = parse(
    `${FEDERATION_LINK}\n${ACCESS_LINK}\n${SENSITIVE_DIRECTIVE_SDL}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`,
  );
  return guardArguments(buildSubgraphSchema({ typeDefs, resolvers }));
}

/** The subgraph's SDL as committed in `schema.graphql` and fed to composition. */
export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition)) + "\n";
}
