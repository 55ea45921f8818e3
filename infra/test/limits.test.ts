import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as curriculum from "@campus/curriculum";
import * as organisation from "@campus/organisation";
import * as people from "@campus/people";
import { callerFor, callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const CAMPUSES = graphql(`
  query LimitsCampuses {
    campuses {
      name
      buildings {
        name
        grids {
          name
        }
      }
    }
  }
`);
const QUERY_TYPE = graphql(`
  query LimitsQueryType {
    __schema {
      queryType {
        name
      }
    }
  }
`);
const TYPE_NAMES = graphql(`
  query LimitsTypeNames {
    __schema {
      types {
        name
      }
    }
  }
`);

/** Each fragment spreads the one before it twice: `levels` levels expand to 2^levels fields. */
function fragmentBomb(levels: number, leaf = "__typename"): string {
  const fragments = [`fragment F0 on Query { ${leaf} }`];
  for (let i = 1; i <= levels; i++)
    fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Bomb { ...F${levels} } ${fragments.join(" ")}`;
}

/** The organisation as the web app would show it: committee, general branches, joint branches and their grids. */
const ORGANISATION_TREE = graphql(`
  query LimitsOrganisationTree {
    orgUnits(kind: PARTY_COMMITTEE) {
      name
      children {
        name
        kind
        children {
          name
          kind
          grids {
            name
            building {
              name
            }
          }
        }
      }
    }
  }
`);

/** Operation limits and what the public API does not expose, at the gateway. */
describe("gateway: operation limits", () => {
  let stack: StackHarness;
  const slice = campusSlice(8, "limits");

  beforeAll(async () => {
    stack = await startTestStack([people, organisation, curriculum], {
      dataset: slice.dataset,
      gateway: { limits: { maxDepth: 6, maxAliases: 4, maxCost: 2000, maxTokens: 300 } },
    });
  });
  afterAll(() => stack?.stop());

  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  it("answers an operation within every limit", async () => {
    const res = await gatewayQuery(stack, CAMPUSES);
    expect(res.errors).toBeUndefined();
    expect(expectData(res).campuses[0]?.buildings[0]?.grids.length).toBeGreaterThan(0);
  });

  it("refuses an operation nested deeper than the limit, fragments included", async () => {
    const res = await stack.query(
      `{ courses(first: 1) { edges { node { ...Deep } } } } fragment Deep on Course { sessions { course { sessions { course { sessions { id } } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: "depth", max: 6 });
    expect(res.errors?.[0]?.message).toMatch(/levels deep; the limit is 6/);
  });

  it("refuses too many aliases", async () => {
    const fields = Array.from({ length: 5 }, (_, i) => `c${i}: campuses { id }`).join(" ");
    const res = await stack.query(`{ ${fields} }`);
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: "aliases", max: 4, actual: 5 });
  });

  it("refuses an operation whose pages multiply past the cost limit, and says to ask for less", async () => {
    const res = await stack.query(
      `{ courses(first: 100) { edges { node { sessions { enrolments(first: 100) { totalCount } } } } } }`,
    );
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: "cost", max: 2000 });
    expect(res.errors?.[0]?.message).toMatch(/smaller pages/);
    const smaller = await stack.query(
      `{ courses(first: 5) { edges { node { sessions { enrolments(first: 5) { totalCount } } } } } }`,
    );
    expect(smaller.errors).toBeUndefined();
  });

  it("counts aliases of __typename and inside fragments, measured once per fragment", async () => {
    const typenames = await stack.query(
      `{ ${Array.from({ length: 5 }, (_, i) => `t${i}: __typename`).join(" ")} }`,
    );
    expect(typenames.errors?.[0]?.extensions).toMatchObject({
      code: "OPERATION_LIMIT_EXCEEDED",
      limit: "aliases",
      max: 4,
      actual: 5,
    });
    const spread = await stack.query(
      `{ ...A ...B } fragment A on Query { a: __typename b: __typename } fragment B on Query { ...A c: __typename }`,
    );
    expect(spread.errors?.[0]?.extensions).toMatchObject({ limit: "aliases", actual: 5 });
  });

  it("estimates unpaged lists from what they can hold, and does not advise smaller pages where there are none", async () => {
    const res = await gatewayQuery(stack, ORGANISATION_TREE);
    expect(code(res)).toBe("OPERATION_LIMIT_EXCEEDED");
    // 300 units at most on each level (a unit has one parent), 1,000 grids, each with one building.
    expect(res.errors?.[0]?.extensions).toMatchObject({
      limit: "cost",
      max: 2000,
      actual: 300 * 3 + 1000 * 2,
    });
    expect(res.errors?.[0]?.message).not.toMatch(/smaller pages/);
    expect(res.errors?.[0]?.message).toMatch(/fewer nested lists/);
    // A page size left to the schema's default is counted too: grids(first: 20 by default), its edges and nodes.
    const paged = await stack.query(`{ grids { edges { node { rooms { residents { id } } } } } }`);
    expect(paged.errors?.[0]?.extensions).toMatchObject({
      limit: "cost",
      actual: 20 * 3 + 20 * 60 + 20 * 60 * 8,
    });
    expect(paged.errors?.[0]?.message).toMatch(/Grid\.rooms|Room\.residents/);
    expect(paged.errors?.[0]?.message).toMatch(/smaller pages/);
  });

  it("answers a document with several operations for the one named, and refuses an unknown name or a missing one with 400", async () => {
    const document = `query A { campuses { name } } query B { __typename }`;
    const named = await postJson(stack, { query: document, operationName: "B" });
    expect(named.status).toBe(200);
    for (const body of [
      { query: document, operationName: "C" },
      { query: document },
      { query: `{ __typename } { campuses { id } }` },
    ]) {
      const res = await postJson(stack, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toMatch(
        /^(OPERATION_RESOLUTION_FAILURE|GRAPHQL_VALIDATION_FAILED)$/,
      );
    }
  });

  it("refuses a persisted-query hash that does not match the query as the client's mistake", async () => {
    const res = await postJson(stack, {
      query: `{ __typename }`,
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("answers bodies in another charset or content encoding with a coded JSON error, not an HTML page", async () => {
    const token = await stack.token(callers.admin());
    const cases: [Record<string, string>, number, string][] = [
      [{ "content-type": "application/json; charset=latin1" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
      [{ "content-type": "application/json", "content-encoding": "br" }, 400, "BAD_REQUEST"],
      [{ "content-type": "application/json", "content-encoding": "gzip" }, 400, "BAD_REQUEST"],
      [
        { "content-type": "application/json", "content-encoding": "x-garbage" },
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      ],
      [{ "content-type": "text/plain" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ];
    for (const [headers, status, expected] of cases) {
      for (const path of ["/graphql", "/auth/token"]) {
        const res = await fetch(`${stack.gateway.url}${path}`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, ...headers },
          body: `{"query":"{ __typename }"}`,
        });
        const label = `${path} ${JSON.stringify(headers)}`;
        expect(res.headers.get("content-type"), label).toMatch(/application\/json/);
        const body = (await res.json()) as {
          errors?: { extensions: { code: string } }[];
          error?: string;
        };
        if (path === "/graphql") {
          expect(res.status, label).toBe(status);
          expect(body.errors?.[0]?.extensions.code, label).toBe(expected);
        } else {
          expect(res.status, label).toBeGreaterThanOrEqual(400);
          expect(res.status, label).toBeLessThan(500);
          expect(body.error, label).toMatch(/^(invalid_request|unsupported_grant_type)$/);
        }
      }
    }
  });

  it("takes a body of a full ingestion batch, and refuses a larger one or one that is not JSON with a coded error", async () => {
    const token = await stack.token(callers.admin());
    const post = (body: string) =>
      fetch(stack.gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
      });
    // ~600 kB, as 5,000 indicator records are: parsed and answered.
    const padded = await post(
      JSON.stringify({ query: `{ __typename }`, extensions: { pad: "x".repeat(600_000) } }),
    );
    expect(padded.status).toBe(200);
    expect(((await padded.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
    const tooLarge = await post(
      JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(1_100_000) } }),
    );
    expect(tooLarge.status).toBe(413);
    expect(
      ((await tooLarge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        .extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
    const notJson = await post("{ not json");
    expect(notJson.status).toBe(400);
    expect(
      ((await notJson.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        .extensions.code,
    ).toBe("BAD_REQUEST");
  });

  it("stops parsing a document past the token limit", async () => {
    const res = await stack.query(
      `{ ${Array.from({ length: 400 }, () => "__typename").join(" ")} }`,
    );
    expect(code(res)).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.errors?.[0]?.message).toMatch(/300 tokens/);
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
    const res = await gatewayQuery(stack, QUERY_TYPE, {}, callers.student(slice.students[0].id));
    expect(res.errors).toBeUndefined();
    expect(expectData(res).__schema.queryType.name).toBe("Query");
  });
});

describe("gateway: introspection in production", () => {
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack([people, organisation], {
      dataset: campusSlice(1, "introspection").dataset,
      gateway: { production: true },
    });
  });
  afterAll(() => stack?.stop());

  it("is for developers and administrators only, so GraphiQL works for them", async () => {
    const student = await gatewayQuery(stack, TYPE_NAMES, {}, callerFor(["student"]));
    expect(student.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(student.data ?? null).toBeNull();
    const counselor = await stack.query(
      `{ __type(name: "Grid") { name } }`,
      {},
      callerFor(["counselor"]),
    );
    expect(counselor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const role of ["developer", "admin"] as const) {
      const res = await gatewayQuery(stack, TYPE_NAMES, {}, callerFor([role]));
      expect(res.errors, role).toBeUndefined();
      expect(expectData(res).__schema.types.map((t) => t.name)).toContain("Grid");
    }
  });

  it("refuses a fragment bomb (depth 22 and 30) by its expanded size, before validation or planning", async () => {
    for (const levels of [22, 30]) {
      const res = await stack.query(fragmentBomb(levels));
      expect(res.status, `depth ${levels}`).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe("OPERATION_LIMIT_EXCEEDED");
      expect(res.errors?.[0]?.extensions).toMatchObject({
        limit: "selections",
        max: 5000,
        actual: 2 ** levels,
      });
    }
    // The same shape over a field with a selection: refused by the fields it expands to, not by depth.
    const res = await stack.query(fragmentBomb(30, "campuses { name }"));
    expect(res.errors?.map((e) => e.extensions?.limit)).toEqual(["selections", "cost"]);
    // A small expansion is answered.
    const small = await stack.query(fragmentBomb(3));
    expect(small.errors).toBeUndefined();
    expect(small.data).toEqual({ __typename: "Query" });
  });

  it("finds introspection inside fragments and inline fragments, and refuses it with 403 FORBIDDEN", async () => {
    for (const query of [
      `{ ...I } fragment I on Query { __schema { types { name } } }`,
      `{ ... on Query { __type(name: "Grid") { name } } }`,
      `{ campuses { name } ...A } fragment A on Query { ...B } fragment B on Query { ... { __schema { queryType { name } } } }`,
    ]) {
      const res = await stack.query(query, {}, callerFor(["student"]));
      expect(res.status, query).toBe(403);
      expect(res.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
      expect(res.data ?? null, query).toBeNull();
    }
    const developer = await stack.query(
      `{ ...I } fragment I on Query { __schema { queryType { name } } }`,
      {},
      callerFor(["developer"]),
    );
    expect(developer.errors).toBeUndefined();
  });

  it("answers the organisation tree (committee, general branches, joint branches, grids) within the default limits", async () => {
    const res = await gatewayQuery(stack, ORGANISATION_TREE, {}, callerFor(["student"]));
    expect(res.errors).toBeUndefined();
    expect(expectData(res).orgUnits[0]?.children[0]?.children[0]?.grids[0]?.name).toBe("1层网格");
  });

  it("still answers ordinary operations for everyone", async () => {
    const res = await stack.query(`{ campuses { name } }`, {}, callerFor(["student"]));
    expect(res.errors).toBeUndefined();
  });
});

async function postJson(
  stack: StackHarness,
  body: unknown,
): Promise<{ status: number; body: { errors?: { extensions?: { code?: string } }[] } }> {
  const token = await stack.token(callers.admin());
  const res = await fetch(stack.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: { extensions?: { code?: string } }[] },
  };
}
