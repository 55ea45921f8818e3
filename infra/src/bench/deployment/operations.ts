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

let generated: string | undefined;

/** The web app's operation `name` (e.g. "StudentProfile") as Apollo Client sends it. */
export function webOperation(name: string): Operation {
  generated ??= readFileSync(join(repoRoot, "web/src/generated/graphql.ts"), "utf8");
  const start = `export const ${name}Document = `;
  const at = generated.indexOf(start);
  if (at < 0)
    throw new Error(`the web app has no operation ${name} (web/src/generated/graphql.ts)`);
  const end = generated.indexOf(" as unknown as DocumentNode", at);
  const document = addTypename(JSON.parse(generated.slice(at + start.length, end)) as DocumentNode);
  // Printed and parsed again: the AST then carries locations, as a parsed request would.
  const text = print(document);
  return { name, text, document: parse(text) };
}
