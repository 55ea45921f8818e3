import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as curriculum from "@campus/curriculum";
import * as organisation from "@campus/organisation";
import { callerFor, callers, startTestStack, type StackHarness } from "@campus/testkit";
import { campusSlice } from "./fixtures";

/** Operation limits and what the public API does not expose, at the gateway. */
describe("gateway: operation limits", () => {
  let stack: StackHarness;
  const slice = campusSlice(8, "limits");

  beforeAll(async () => {
    stack = await startTestStack([organisation, curriculum], { dataset: slice.dataset, gateway: { limits: { maxDepth: 6, maxAliases: 4, maxCost: 2000, maxTokens: 300 } } });
  });
  afterAll(() => stack?.stop());

  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  it("answers an operation within every limit", async () => {
    const res = await stack.query(`{ campuses { name buildings { name grids { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.campuses[0].buildings[0].grids.length).toBeGreaterThan(0);
  });

  it("refuses an operation nested deeper than the limit, fragments included", async () => {
    const res = await stack.query(`{ courses(first: 1) { edges { node { ...Deep } } } } fragment Deep on Course { sessions { course { sessions { course { sessions { id } } } } } }`);
    expect(res.status).toBe(400);
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(res.errors![0]!.extensions).toMatchObject({ limit: "depth", max: 6 });
    expect(res.errors![0]!.message).toMatch(/levels deep; the limit is 6/);
  });

  it("refuses too many aliases", async () => {
    const fields = Array.from({ length: 5 }, (_, i) => `c${i}: campuses { id }`).join(" ");
    const res = await stack.query(`{ ${fields} }`);
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(res.errors![0]!.extensions).toMatchObject({ limit: "aliases", max: 4, actual: 5 });
  });

  it("refuses an operation whose pages multiply past the cost limit, and says to ask for less", async () => {
    const res = await stack.query(`{ courses(first: 100) { edges { node { sessions { enrolments(first: 100) { totalCount } } } } } }`);
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(res.errors![0]!.extensions).toMatchObject({ limit: "cost", max: 2000 });
    expect(res.errors![0]!.message).toMatch(/smaller pages/);
    const smaller = await stack.query(`{ courses(first: 5) { edges { node { sessions { enrolments(first: 5) { totalCount } } } } } }`);
    expect(smaller.errors).toBeUndefined();
  });

  it("takes a body of a full ingestion batch, and refuses a larger one or one that is not JSON with a coded error", async () => {
    const token = await stack.token(callers.admin());
    const post = (body: string) => fetch(stack.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });
    // ~600 kB, as 5,000 indicator records are: parsed and answered.
    const padded = await post(JSON.stringify({ query: `{ __typename }`, extensions: { pad: "x".repeat(600_000) } }));
    expect(padded.status).toBe(200);
    expect(((await padded.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
    const tooLarge = await post(JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(1_100_000) } }));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    const notJson = await post("{ not json");
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });

  it("stops parsing a document past the token limit", async () => {
    const res = await stack.query(`{ ${Array.from({ length: 400 }, () => "__typename").join(" ")} }`);
    expect(code(res)).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.errors![0]!.message).toMatch(/300 tokens/);
  });

  it("does not expose federation's _service and _entities, nor internal fields", async () => {
    for (const query of [
      `{ _service { sdl } }`,
      `{ _entities(representations: [{ __typename: "Person", id: "x" }]) { __typename } }`,
      `{ residentsOf(gridIds: [], buildingIds: [], branchIds: []) }`,
      `{ knownPeople(ids: []) }`,
    ]) {
      const res = await stack.query(query);
      expect(code(res), query).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.data, query).toBeUndefined();
    }
  });

  it("lets any signed-in caller introspect outside production", async () => {
    const res = await stack.query(`{ __schema { queryType { name } } }`, {}, callers.student(slice.students[0]!.id));
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe("Query");
  });
});

describe("gateway: introspection in production", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack([organisation], { dataset: campusSlice(1, "introspection").dataset, gateway: { production: true } });
  });
  afterAll(() => stack?.stop());

  it("is for developers and administrators only, so GraphiQL works for them", async () => {
    const query = `{ __schema { types { name } } }`;
    const student = await stack.query(query, {}, callerFor(["student"]));
    expect(student.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(student.data ?? null).toBeNull();
    const counselor = await stack.query(`{ __type(name: "Grid") { name } }`, {}, callerFor(["counselor"]));
    expect(counselor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const role of ["developer", "admin"] as const) {
      const res = await stack.query(query, {}, callerFor([role]));
      expect(res.errors, role).toBeUndefined();
      expect(res.data.__schema.types.map((t: { name: string }) => t.name)).toContain("Grid");
    }
  });

  it("still answers ordinary operations for everyone", async () => {
    const res = await stack.query(`{ campuses { name } }`, {}, callerFor(["student"]));
    expect(res.errors).toBeUndefined();
  });
});
