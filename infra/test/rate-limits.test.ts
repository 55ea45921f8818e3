import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import type { RateLimits } from "@campus/gateway";
import { callerFor } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { registerServiceClient } from "./fixtures";

const ROSTER = `query Roster($id: ID!) { person(id: $id) { name } }`;

/** Low limits, so a test can cross them in a few requests; the defaults are in DEFAULT_RATE_LIMITS. */
const LIMITS: Partial<RateLimits> = {
  windowSeconds: 3,
  userRequests: 5,
  clientRequests: 5,
  anonymousRequests: 4,
  tokenRequests: 15,
  secretFailuresPerClient: 3,
  secretFailuresPerIp: 6,
  lockoutSeconds: 3,
};

/** What the gateway answers: GraphQL's shape on /graphql, OAuth's on /auth/token. */
interface AnswerBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  access_token?: string;
  error?: string;
  error_description?: string;
  retry_after?: number;
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: AnswerBody;
}

/** How much one caller may ask: per person, per service client, per address, and wrong secrets. */
describe("rate limits", () => {
  let stack: StackHarness;
  const b = new DatasetBuilder("rate-limits");
  const student = b.student({ name: "王子涵" });
  const staff = [
    b.staff({ name: "陈晓燕" }),
    b.staff({ name: "周老师" }),
    b.staff({ name: "刘建国" }),
  ];
  let client: { id: string; secret: string };

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: b.build(),
      gateway: { rateLimits: LIMITS },
      logLevel: "error",
    });
    const registered = await registerServiceClient(stack, {
      name: "宿管系统",
      department: "后勤保障部",
      purposes: [],
      operations: [{ name: "Roster", document: ROSTER }],
    });
    client = { id: registered.client.id, secret: registered.secret };
  });
  afterAll(() => stack?.stop());

  const post = async (
    path: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<Answer> => {
    const res = await fetch(`${stack.gateway.url}${path}`, { method: "POST", headers, body });
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      body: (await res.json()) as AnswerBody,
    };
  };
  const graphql = (bearer: string | null, query = `{ person(id: "${student.id}") { name } }`) =>
    post(
      "/graphql",
      {
        "content-type": "application/json",
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      JSON.stringify({ query, variables: { id: student.id } }),
    );
  const tokenRequest = (fields: Record<string, string>) =>
    post(
      "/auth/token",
      { "content-type": "application/x-www-form-urlencoded" },
      new URLSearchParams({ grant_type: "client_credentials", ...fields }).toString(),
    );
  const burst = <T>(n: number, request: () => Promise<T>) =>
    Promise.all(Array.from({ length: n }, request));
  const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();
  /** A 429 in the GraphQL shape, with the wait in its header and its extensions; returns the wait. */
  const rateLimited = (answer: Answer): number => {
    expect(answer.status).toBe(429);
    const seconds = Number(answer.retryAfter);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: "RATE_LIMITED",
      retryAfterSeconds: seconds,
    });
    expect(answer.body.data).toBeUndefined();
    return seconds;
  };
  /** A 429 in OAuth's shape on /auth/token; returns the wait. */
  const slowDown = (answer: Answer): number => {
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ error: "slow_down" });
    const seconds = Number(answer.retryAfter);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(answer.body.retry_after).toBe(seconds);
    return seconds;
  };

  it("holds a signed-in person to their limit, refuses the rest with 429 and Retry-After, and lets them back after the window", async () => {
    const token = await stack.token(callerFor(["admin"], staff[0].id, "陈晓燕"));
    const answers = await burst(8, () => graphql(token));
    expect(statuses(answers)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = answers.filter((a) => a.status === 429);
    const wait = Math.max(...refused.map(rateLimited));
    expect(refused[0].body.errors?.[0]?.message).toMatch(/more than 5 requests in 3 s/);

    // The limit is this person's: someone else is served meanwhile.
    expect(
      (await graphql(await stack.token(callerFor(["admin"], staff[1].id, "周老师")))).status,
    ).toBe(200);
    await sleep(wait * 1000);
    expect((await graphql(token)).status).toBe(200);
  });

  it("holds a service client to its own limit", async () => {
    const issued = await tokenRequest({ client_id: client.id, client_secret: client.secret });
    expect(issued.status).toBe(200);
    const answers = await burst(7, () => graphql(issued.body.access_token ?? null, ROSTER));
    expect(statuses(answers)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const wait = Math.max(...answers.filter((a) => a.status === 429).map(rateLimited));
    await sleep(wait * 1000);
    expect((await graphql(issued.body.access_token ?? null, ROSTER)).status).toBe(200);
  });

  it("locks a client out after repeated wrong secrets, even for the right secret, until the lockout ends", async () => {
    const wrong = await burst(3, () =>
      tokenRequest({ client_id: client.id, client_secret: "guess" }),
    );
    expect(statuses(wrong)).toEqual([401, 401, 401]);
    const locked = await tokenRequest({ client_id: client.id, client_secret: client.secret });
    const wait = slowDown(locked);
    expect(locked.body.error_description).toMatch(/wrong secrets for this client/);
    expect(locked.body.access_token).toBeUndefined();
    await sleep(wait * 1000);
    const after = await tokenRequest({ client_id: client.id, client_secret: client.secret });
    expect(after.status).toBe(200);
    expect(after.body.access_token).toEqual(expect.any(String));
  });

  it("locks out an address that guesses secrets across many client ids", async () => {
    const wrong = await burst(6, () =>
      tokenRequest({ client_id: randomUUID(), client_secret: "guess" }),
    );
    expect(statuses(wrong)).toEqual([401, 401, 401, 401, 401, 401]);
    const locked = await tokenRequest({ client_id: client.id, client_secret: client.secret });
    const wait = slowDown(locked);
    expect(locked.body.error_description).toMatch(/for this address/);
    await sleep(wait * 1000);
    expect(
      (await tokenRequest({ client_id: client.id, client_secret: client.secret })).status,
    ).toBe(200);
  });

  it("refuses an address past its limit of unauthenticated requests, while signed-in callers from it are still served", async () => {
    const refused = await burst(4, () => graphql(null));
    expect(statuses(refused)).toEqual([401, 401, 401, 401]);
    expect(refused[0].body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const limited = await graphql("not-a-token");
    const wait = rateLimited(limited);
    expect(limited.body.errors?.[0]?.message).toMatch(/unauthenticated requests from this address/);
    expect(
      (await graphql(await stack.token(callerFor(["admin"], staff[2].id, "刘建国")))).status,
    ).toBe(200);
    await sleep(wait * 1000);
    const after = await graphql(null);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("holds /auth/token to a number of requests per address", async () => {
    const answers = await burst(30, () =>
      post(
        "/auth/token",
        { "content-type": "application/json" },
        JSON.stringify({ grant_type: "password" }),
      ),
    );
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(15);
    expect(answers.filter((a) => a.status !== 429).every((a) => a.status === 400)).toBe(true);
    limited.forEach(slowDown);
  });
});
