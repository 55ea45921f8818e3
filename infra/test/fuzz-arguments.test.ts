import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import type { Caller } from "@campus/auth";
import { callers, expectData, type GraphQLResponse } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";

/**
 * Every public Query and Mutation field, with arguments generated from their types plus hostile
 * values (NUL bytes, huge and negative numbers, dates that do not exist, cursors this API never
 * issued, ids that are not uuids, long and unusual text), through the real gateway as an
 * administrator and as a student. Whatever comes back: no 5xx, every error coded, no internal
 * error, and nothing of SQL, internal addresses or another service's stack. Bounded: a few
 * hundred operations.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SQL = /\bselect\b[\s\S]*\bfrom\b|insert into|\bdelete from\b|\$\d+::|\bwhere\b.*=\s*\$\d/i;
const SUBGRAPH_STACK = /subgraphs\/|packages\/subgraph|packages\/db|@mikro-orm|node_modules\/pg/;

const slice = campusSlice(3, "fuzz");

function b64(value: unknown): string {
  return Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString(
    "base64url",
  );
}

const knownIds = [
  ...slice.students.map((s) => s.id),
  slice.counselor.id,
  slice.building.id,
  slice.college.id,
  slice.school.id,
  slice.course.id,
];

const hostileText = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "x".repeat(10_000),
  "' or 1=1 --",
  "%_\\",
  "😀👩‍👩‍👧‍👦",
  "\u202e\ufeff",
  "ＡＢＣ",
  "2026-02-31",
  "",
  " ",
);
const cursorValues = fc.oneof(
  fc.string().map(b64),
  fc.constantFrom(
    "not-a-cursor",
    "====",
    "%%%",
    b64("[1,2]"),
    b64({ a: 1 }),
    b64("null"),
    "x".repeat(5000),
  ),
  fc
    .tuple(
      fc.oneof(
        fc.integer(),
        fc.string(),
        fc.constant("2026-02-31T00:00:00Z"),
        fc.double(),
        fc.constant(null),
        fc.constant({}),
      ),
      fc.oneof(fc.uuid(), fc.string()),
    )
    .map(b64),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  hostileText,
);
const ids = fc.oneof(
  fc.constantFrom(...knownIds),
  fc.uuid(),
  fc.constantFrom(
    "not-a-uuid",
    "",
    "\u0000",
    "1 or 1=1",
    "00000000-0000-0000-0000-00000000000g",
    "x".repeat(2000),
  ),
);
const ints = fc.oneof(
  fc.integer({ min: -5, max: 150 }),
  fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, Number.MAX_SAFE_INTEGER, 1e20, 1.5),
);
const floats = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 1e308, -1e308, 5e-324),
);
const localDates = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    "2026-02-31",
    "2026-13-01",
    "2025-02-29",
    "0000-00-00",
    "9999-99-99",
    "2026-2-3",
    "today",
    "",
    "2026-02-28\u0000",
  ),
);
const dateTimes = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    "2026-02-31T00:00:00Z",
    "2026-01-01T25:00:00Z",
    "2026-01-01",
    "yesterday",
    "-271821-04-20T00:00:00Z",
    "+275760-09-13T00:00:00.001Z",
  ),
);

/** A value for an input type, mostly well-typed, sometimes hostile; `name` steers cursors. */
function valueFor(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inner(type.ofType, name, depth);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: inner(type, name, depth) },
  );
}

function inner(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueFor(type.ofType, name, depth + 1), { maxLength: 3 });
  if (isEnumType(type))
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constant("NOT_A_VALUE") },
    );
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(
      fields.map((f) => [f.name, valueFor(f.type, f.name, depth + 1)]),
    );
    const required = fields
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => f.name);
    return fc.record(shape, { requiredKeys: required });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID":
        return ids;
      case "Int":
        return ints;
      case "Float":
        return floats;
      case "Boolean":
        return fc.boolean();
      case "LocalDate":
        return localDates;
      case "DateTimeISO":
        return dateTimes;
      case "String":
        return name === "after" ? cursorValues : text;
      default:
        return fc.oneof(text, fc.jsonValue({ maxDepth: 2 }));
    }
  }
  return fc.constant(null);
}

interface Operation {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

function argsOf(
  field: GraphQLField<unknown, unknown>,
  prefix: string,
  defs: string[],
  vars: Record<string, fc.Arbitrary<unknown>>,
): string {
  if (!field.args.length) return "";
  const used = field.args.map((arg: GraphQLArgument) => {
    const variable = `${prefix}${arg.name}`;
    defs.push(`$${variable}: ${arg.type.toString()}`);
    vars[variable] = valueFor(arg.type, arg.name);
    return `${arg.name}: $${variable}`;
  });
  return `(${used.join(", ")})`;
}

/** One operation per root field: its arguments, and one level below it every field that takes arguments. */
function operations(schema: GraphQLSchema): Operation[] {
  const result: Operation[] = [];
  for (const [kind, root] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.name.startsWith("_")) continue;
      const defs: string[] = [];
      const vars: Record<string, fc.Arbitrary<unknown>> = {};
      const args = argsOf(field, "", defs, vars);
      let selection = "";
      const named = getNamedType(field.type);
      if (isCompositeType(named)) {
        const nested =
          "getFields" in named
            ? Object.values(named.getFields())
                .filter((f) => f.args.length)
                .map(
                  (f) =>
                    `${f.name}${argsOf(f, `${f.name}_`, defs, vars)}${isCompositeType(getNamedType(f.type)) ? " { __typename }" : ""}`,
                )
            : [];
        selection = ` { __typename ${nested.join(" ")} }`;
      }
      result.push({
        name: `${kind} ${field.name}`,
        query: `${kind} Fuzz${defs.length ? `(${defs.join(", ")})` : ""} { ${field.name}${args}${selection} }`,
        variables: fc.record(vars, { requiredKeys: [] }),
      });
    }
  }
  return result;
}

describe("fuzzing every public argument through the gateway", () => {
  let stack: StackHarness;
  let schema: GraphQLSchema;
  let internalAddresses: RegExp;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: slice.dataset });
    const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(expectData(introspection));
    const hosts = Object.values(stack.subgraphs).map((s) =>
      new URL(s.url).host.replace(/[.]/g, "\\."),
    );
    internalAddresses = new RegExp(
      `${hosts.join("|")}|127\\.0\\.0\\.1|localhost:\\d+|ECONNREFUSED`,
      "i",
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Outcomes by error code ("ok" without errors): the run must have exercised both sides. */
  const outcomes = new Map<string, number>();

  function check(operation: Operation, res: GraphQLResponse): void {
    for (const code of res.errors?.length
      ? new Set(res.errors.map((e) => String(e.extensions?.code)))
      : ["ok"])
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    const context = `${operation.name}: ${JSON.stringify(res.errors)?.slice(0, 600)}`;
    expect(res.status, context).toBeLessThan(500);
    for (const error of res.errors ?? []) {
      expect(error.extensions?.code, context).toBeTruthy();
      expect(error.extensions?.code, context).not.toBe("INTERNAL_SERVER_ERROR");
      const text = `${error.message} ${JSON.stringify(error.extensions)}`;
      expect(text, context).not.toMatch(SQL);
      expect(text, context).not.toMatch(internalAddresses);
      expect(JSON.stringify(error.extensions?.stacktrace ?? ""), context).not.toMatch(
        SUBGRAPH_STACK,
      );
    }
  }

  it("covers every public root field", () => {
    const names = operations(schema).map((o) => o.name);
    expect(names).toContain("query people");
    expect(names).toContain("mutation moveIn");
    expect(names.some((n) => n.includes("serviceClientGrant") || n.includes("residentsOf"))).toBe(
      false,
    );
  });

  it.each([
    ["an administrator", () => callers.admin()],
    ["a student", () => callers.student(slice.students[0].id)],
  ] as [string, () => Caller][])(
    "as %s: no 5xx, every error coded, nothing internal",
    async (_who, caller) => {
      const all = operations(schema);
      const cases = fc.oneof(
        ...all.map((operation) =>
          operation.variables.map((variables) => ({ operation, variables })),
        ),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ operation, variables }) => {
          check(operation, await stack.query(operation.query, variables, caller()));
        }),
        {
          numRuns: RUNS / 2,
          seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
          endOnFailure: true,
        },
      );
    },
  );

  it("exercised answers and refusals alike", () => {
    if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(outcomes));
    expect(outcomes.get("ok") ?? 0).toBeGreaterThan(0);
    expect(outcomes.get("BAD_USER_INPUT") ?? 0).toBeGreaterThan(0);
  });
});
