import { readFileSync } from "node:fs";
import { Kind, parse, type TypeNode } from "graphql";
import { describe, expect, it } from "vitest";
import { supergraphPath } from "../src/compose";
import { LIST_SIZES } from "../src/list-sizes";

function listOf(type: TypeNode): string | null {
  const inner = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (inner.kind !== Kind.LIST_TYPE) return null;
  let named = inner.type;
  while (named.kind !== Kind.NAMED_TYPE) named = named.type;
  return named.name.value;
}

/**
 * The cost estimate is only honest if every unpaged list of objects says what it can hold: a new
 * one must be added to gateway/src/list-sizes.ts, and an entry for a field that is gone removed.
 */
describe("list sizes for the cost estimate", () => {
  const document = parse(readFileSync(supergraphPath, "utf8"));
  const objectTypes = new Set(
    document.definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION ||
      d.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      d.kind === Kind.UNION_TYPE_DEFINITION
        ? [d.name.value]
        : [],
    ),
  );
  const unpagedLists: string[] = [];
  const allFields = new Set<string>();
  for (const type of document.definitions) {
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION && type.kind !== Kind.INTERFACE_TYPE_DEFINITION)
      continue;
    if (
      type.name.value.startsWith("join__") ||
      type.name.value.startsWith("link__") ||
      /(Connection|Edge)$/.test(type.name.value)
    )
      continue;
    for (const field of type.fields ?? []) {
      const coordinate = `${type.name.value}.${field.name.value}`;
      allFields.add(coordinate);
      const item = listOf(field.type);
      if (!item || !objectTypes.has(item)) continue;
      if (field.directives?.some((d) => d.name.value === "inaccessible")) continue;
      if (field.arguments?.some((a) => a.name.value === "first" || a.name.value === "last"))
        continue;
      unpagedLists.push(coordinate);
    }
  }

  it("covers every unpaged list of objects in the supergraph", () => {
    expect(
      unpagedLists.filter((c) => !(c in LIST_SIZES)),
      "add these to gateway/src/list-sizes.ts",
    ).toEqual([]);
  });

  it("names only fields that exist", () => {
    expect(Object.keys(LIST_SIZES).filter((c) => !allFields.has(c))).toEqual([]);
  });
});
