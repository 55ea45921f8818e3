import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const PROFILE = graphql(`
  query StudentProfile($id: ID!) {
    person(id: $id) {
      id
      name
      number
      college {
        name
      }
      residence {
        bed
        room {
          number
          building {
            name
          }
        }
      }
      grid {
        name
        branch {
          name
        }
      }
      enrolments {
        status
        session {
          course {
            title
          }
        }
      }
      warnings {
        category
        level
        status
        summary
      }
    }
  }
`);

describe("the student profile through the gateway", () => {
  const slice = campusSlice(8, "profile");
  const student = slice.students[0];
  const lines: string[] = [];
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: slice.dataset,
      logLevel: "info",
      logWrite: (line) => lines.push(line),
    });
  });
  afterAll(() => stack?.stop());

  it("answers one query with data from all four subgraphs", async () => {
    const res = await gatewayQuery(
      stack,
      PROFILE,
      { id: student.id },
      callers.counselor(slice.counselor.id),
    );
    expect(expectData(res).person).toEqual({
      id: student.id,
      name: student.name,
      number: student.number,
      college: { name: "彭康书院" }, // organisation resolves people's OrgUnit key
      residence: { bed: "1", room: { number: "101", building: { name: "彭康1号楼" } } },
      grid: { name: "1层网格", branch: { name: "第1师生联合党支部" } },
      enrolments: [
        { status: "ENROLLED", session: { course: { title: "新生养成教育·校史校情" } } },
        { status: "ENROLLED", session: { course: { title: "新生养成教育·校史校情" } } },
      ],
      warnings: [
        {
          category: "ACADEMIC",
          level: "YELLOW",
          status: "OPEN",
          summary: "本学期不及格学分达到预警线",
        },
      ],
    });
  });

  it("logs the gateway's request id in the gateway and in every subgraph the plan called", async () => {
    const requestId = `profile-${Date.now()}`;
    const token = await stack.token(callers.admin());
    const response = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "x-request-id": requestId,
      },
      body: JSON.stringify({ query: print(PROFILE), variables: { id: student.id } }),
    });
    expect(response.headers.get("x-request-id")).toBe(requestId);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const services = lines
      .map((line) => JSON.parse(line) as { service: string; requestId?: string; message: string })
      .filter((entry) => entry.requestId === requestId && entry.message === "graphql request")
      .map((entry) => entry.service);
    expect(new Set(services)).toEqual(
      new Set(["gateway", "people", "organisation", "curriculum", "evaluation"]),
    );
  });

  it("replaces a request id that is not safe to log", async () => {
    const token = await stack.token(callers.admin());
    const response = await fetch(stack.gateway.graphqlUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "x-request-id": "bad id; with spaces",
      },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("fails a test expecting data with the response body and the request id, when the answer has errors", async () => {
    const res = await gatewayQuery(stack, PROFILE, { id: "nope" }, callers.admin(), {
      "x-request-id": "expect-data-check",
    });
    expect(res.requestId).toBe("expect-data-check");
    expect(() => expectData(res)).toThrow(
      /HTTP 200 \(request id expect-data-check\):[\s\S]*"code": "BAD_USER_INPUT"/,
    );
  });

  it("gives errors a code", async () => {
    const res = await stack.query(`{ person(id: "nope") { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const invalid = await stack.query(`{ person(id: "${student.id}") { noSuchField } }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
