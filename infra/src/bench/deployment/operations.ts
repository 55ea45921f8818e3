/**
 * The web app's operations exactly as it sends them: the typed documents GraphQL Code Generator
 * wrote into web/src/generated/graphql.ts (fragments included), with `__typename` added to every
 * selection set as Apollo Client's cache does before a request leaves the browser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
} from "graphql";
import { repoRoot } from "../../env";

export interface Operation {
  name: string;
  /** The text sent as `query`. */
  text: string;
  document: DocumentNode;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

/** Apollo Client's addTypenameToDocument: `__typename` in every selection set below the operation's root. */
export function addTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      enter(node: SelectionSetNode, _key, parent) {
        if (
          parent &&
          !Array.isArray(parent) &&
          (parent as ASTNode).kind === Kind.OPERATION_DEFINITION
        )
          return undefined;
        const has = node.selections.some(
          (s) => s.kind === Kind.FIELD && (s.alias ?? s.name).value === "__typename",
        );
        return has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}

let cached: string | undefined;
const generated = () =>
  (cached ??= readFileSync(join(repoRoot, "web/src/generated/graphql.ts"), "utf8"));

/** The names of every operation the web app sends (queries and mutations). */
export function webOperationNames(): string[] {
  return [
    ...generated().matchAll(/^export const (\w+)Document = .*?"kind":"OperationDefinition"/gm),
  ].map((m) => m[1]);
}

/** The web app's operation `name` (e.g. "StudentProfile") as Apollo Client sends it. */
export function webOperation(name: string): Operation {
  const text = generated();
  const start = `export const ${name}Document = `;
  const at = text.indexOf(start);
  if (at < 0)
    throw new Error(`the web app has no operation ${name} (web/src/generated/graphql.ts)`);
  const end = text.indexOf(" as unknown as DocumentNode", at);
  const document = addTypename(JSON.parse(text.slice(at + start.length, end)) as DocumentNode);
  // Printed and parsed again: the AST then carries locations, as a parsed request would.
  const printed = print(document);
  return { name, text: printed, document: parse(printed) };
}
