import "reflect-metadata";
import { graphql, type GraphQLSchema } from "graphql";
import {
  Arg,
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
} from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { SubgraphDefinition } from "../src/definition";
import { buildFederatedSchema } from "../src/schema";
import {
  Between,
  IsId,
  IsText,
  ListSize,
  OneOf,
  TextField,
  type InputFieldNaming,
} from "../src/validation";

const MAX_NAME = 5;

@InputType()
class RowInput {
  @TextField(MAX_NAME)
  name!: string;

  @TextField(MAX_NAME, { nullable: true, blank: true })
  note?: string | null;
}

@InputType()
class BatchInput {
  @Field(() => ID)
  @IsId()
  ownerId!: string;

  @Field(() => Int)
  @Between(1, 10, { integer: true })
  size!: number;

  @Field(() => [String])
  @OneOf(["A", "B"], "a letter we know")
  letters!: string[];

  @Field(() => [RowInput])
  @ListSize(1, 3)
  rows!: RowInput[];
}

@ArgsType()
class SaveArgs {
  @Field(() => BatchInput)
  input!: BatchInput;

  @Field(() => String, { nullable: true })
  @IsText(3, { blank: true })
  tag?: string | null;
}

let calls = 0;

@Resolver()
class SaveResolver {
  @Query(() => String)
  ping(): string {
    return "pong";
  }

  @Mutation(() => Int)
  save(@Args(() => SaveArgs) args: SaveArgs): number {
    calls++;
    return args.input.rows.length;
  }

  @Mutation(() => Int)
  saveOne(@Arg("batch", () => BatchInput) batch: BatchInput): number {
    calls++;
    return batch.rows.length;
  }
}

function definition(naming?: InputFieldNaming): SubgraphDefinition {
  // Only the schema is built here: no database, loaders or references are reached.
  return {
    name: "validation",
    resolvers: [SaveResolver],
    references: {},
    inputFieldNaming: naming,
  } as unknown as SubgraphDefinition;
}

const good = {
  ownerId: "3ea7562c-d7bb-57aa-94c1-2c285b6b8417",
  size: 2,
  letters: ["A"],
  rows: [{ name: "ab" }, { name: "cd", note: "  " }],
};
const SAVE = `mutation($input: BatchInput!, $tag: String) { save(input: $input, tag: $tag) }`;
const SAVE_ONE = `mutation($input: BatchInput!) { saveOne(batch: $input) }`;

async function run(schema: GraphQLSchema, source: string, variables: Record<string, unknown>) {
  const before = calls;
  const res = await graphql({ schema, source, variableValues: variables, contextValue: {} });
  return { res, called: calls > before, error: res.errors?.[0] };
}

describe("constraints declared on input classes", () => {
  let byPath: GraphQLSchema;
  let byLeaf: GraphQLSchema;

  beforeAll(async () => {
    byPath = await buildFederatedSchema(definition());
    byLeaf = await buildFederatedSchema(definition("leaf"));
  });

  it("lets a valid input through to the resolver", async () => {
    const { res, called } = await run(byPath, SAVE, { input: good, tag: "" });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ save: 2 });
    expect(called).toBe(true);
  });

  it("refuses the first broken field with BAD_USER_INPUT naming its path, before the resolver runs", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ownerId: "42" }, "input.ownerId", /ownerId is not an id/],
      [{ size: 11 }, "input.size", /size must be between 1 and 10/],
      [{ letters: ["A", "Q"] }, "input.letters", /Q is not a letter we know/],
      [{ rows: [] }, "input.rows", /rows needs at least 1/],
      [
        { rows: [{ name: "a" }, { name: "b" }, { name: "c" }, { name: "d" }] },
        "input.rows",
        /rows holds at most 3, not 4/,
      ],
      [{ rows: [{ name: "ab" }, { name: "   " }] }, "input.rows.1.name", /name must not be blank/],
      [
        { rows: [{ name: "ab", note: "x".repeat(MAX_NAME + 1) }] },
        "input.rows.0.note",
        new RegExp(`note is longer than ${MAX_NAME} characters`),
      ],
    ];
    for (const [change, field, message] of cases) {
      const { res, called, error } = await run(byPath, SAVE, { input: { ...good, ...change } });
      expect(res.data ?? null, field).toBeNull();
      expect(called, field).toBe(false);
      expect(error?.extensions, field).toEqual({ code: "BAD_USER_INPUT", field });
      expect(error?.message, field).toMatch(message);
    }
    const tag = await run(byPath, SAVE, { input: good, tag: "long" });
    expect(tag.error?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "tag" });
  });

  it("names a field by itself where the subgraph says leaf, and under the argument's name for a single argument", async () => {
    const leaf = await run(byLeaf, SAVE, {
      input: { ...good, rows: [{ name: "ab" }, { name: "" }] },
    });
    expect(leaf.error?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "name" });
    const single = await run(byPath, SAVE_ONE, {
      input: { ...good, rows: [{ name: "ab" }, { name: "" }] },
    });
    expect(single.called).toBe(false);
    expect(single.error?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "batch.rows.1.name",
    });
  });

  it("states each text limit in the schema from the same declaration", () => {
    const fields = (
      byPath.getType("RowInput") as import("graphql").GraphQLInputObjectType
    ).getFields();
    expect(fields.name.description).toBe(`Not blank, at most ${MAX_NAME} characters.`);
    expect(fields.note.description).toBe(`At most ${MAX_NAME} characters.`);
  });
});
