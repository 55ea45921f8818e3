// GraphQL Code Generator: typed documents (TypedDocumentNode) from the committed schemas, one
// output per target. Run `npm run codegen` after changing a document or a schema and commit the
// result. `npm run typecheck` (and so `npm test`) starts with `npm run codegen -- --check`: an
// operation the schema no longer answers fails validation, and a changed result type makes the
// committed files stale; either fails the typecheck (gateway/test/codegen.test.ts shows both).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import type { Types } from "@graphql-codegen/plugin-helpers";
import { printSchema } from "graphql";

const at = (path: string) => join(__dirname, path);

/** The same client preset for every target: documents written inline with the target's own `graphql()`. */
function target(schema: string, documents: string[]): Types.ConfiguredOutput {
  return {
    schema,
    documents,
    preset: "client",
    presetConfig: { fragmentMasking: false },
    config: {
      scalars: { DateTimeISO: "string", LocalDate: "string" },
      defaultScalarType: "unknown",
      useTypeImports: true,
      enumsAsTypes: true,
    },
  };
}

/**
 * The gateway's internal calls reach `@inaccessible` fields, which only the owning subgraph's own
 * schema has: each subgraph's calls live in gateway/src/operations/<subgraph>.ts and are checked
 * against subgraphs/<subgraph>/schema.graphql. Tests (and the web app) use the public API schema,
 * what the gateway serves of the committed supergraph.
 */
export async function codegenConfig(): Promise<CodegenConfig> {
  // Loaded from the gateway's build, so codegen and the gateway agree on what the API schema is.
  const { apiSchemaOf } = (await import(
    at("gateway/dist/src/document-gate.js")
  )) as typeof import("./gateway/src/document-gate");
  // CAMPUS_SUPERGRAPH: another supergraph file to check the documents against (the codegen test
  // composes a changed schema); the committed one otherwise.
  const supergraph = process.env.CAMPUS_SUPERGRAPH || at("gateway/supergraph.graphql");
  const apiSchema = printSchema(await apiSchemaOf(readFileSync(supergraph, "utf8")));
  // A subgraph's own tests ask it directly, internal fields included: its schema.graphql.
  const subgraphTests = (subgraph: string) => ({
    [at(`subgraphs/${subgraph}/test/generated/`)]: target(
      at(`subgraphs/${subgraph}/schema.graphql`),
      [
        at(`subgraphs/${subgraph}/test/**/*.ts`),
        `!${at(`subgraphs/${subgraph}/test/generated/**`)}`,
      ],
    ),
  });
  const internal = (subgraph: string) => ({
    [at(`gateway/src/generated/${subgraph}/`)]: target(at(`subgraphs/${subgraph}/schema.graphql`), [
      at(`gateway/src/operations/${subgraph}.ts`),
    ]),
  });
  return {
    overwrite: true,
    // A subgraph whose tests hold no graphql() document yet still gets its (empty) graphql() function.
    ignoreNoDocuments: true,
    errorsOnly: true,
    generates: {
      ...internal("people"),
      ...internal("organisation"),
      ...internal("evaluation"),
      ...subgraphTests("organisation"),
      ...subgraphTests("people"),
      ...subgraphTests("curriculum"),
      ...subgraphTests("evaluation"),
      [at("infra/test/generated/")]: target(apiSchema, [
        at("infra/test/**/*.ts"),
        `!${at("infra/test/generated/**")}`,
      ]),
      // The web app's operations, co-located with their components, against what the gateway serves.
      [at("web/src/generated/")]: target(apiSchema, [
        at("web/src/**/*.{ts,tsx}"),
        `!${at("web/src/generated/**")}`,
      ]),
    },
  };
}

export default codegenConfig();
