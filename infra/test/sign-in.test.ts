import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT, importPKCS8 } from "jose";
import { DEV_ISSUER, DEFAULT_AUDIENCE } from "@campus/auth";
import { DatasetBuilder, demoData } from "@campus/demo-data";
import { DEFAULT_TRUSTED_ROLES } from "@campus/gateway";
import { callerFor, expectData, gatewayQuery, postGraphQL, testKeys } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { withBearer } from "./fixtures";
import { graphql } from "./generated";

const ENROLMENTS = graphql(`
  query Enrolments($id: ID!) {
    person(id: $id) {
      name
      enrolments {
        status
      }
    }
  }
`);
const ENROL = graphql(`
  mutation Enrol($s: ID!, $p: ID!) {
    enrol(sessionId: $s, personId: $p) {
      status
    }
  }
`);
const ADMIN_ONLY = graphql(`
  query AdminOnly {
    staffAssignments(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/**
 * What a user token is worth at the gateway (SECURITY.md, Sign-in): it must expire, and soon; the
 * person it names must exist; and a role counts only when the platform's facts give it or the
 * identity provider is trusted for it. The gateway runs with the production default trust.
 */
describe("sign-in", () => {
  let stack: StackHarness;
  const b = new DatasetBuilder("sign-in");
  const [wang, li] = [b.student({ name: "王子涵" }), b.student({ name: "李雨桐" })];
  const counselor = b.staff({ name: "陈晓燕" });
  const teacher = b.staff({ name: "周老师" });
  const course = b.course({ code: "SI01", title: "读书会" });
  const session = b.session(course, {
    startsAt: "2099-09-10T10:00:00.000Z",
    endsAt: "2099-09-10T11:30:00.000Z",
  });
  const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
  const grid = b.grid({
    name: "1层网格",
    buildingId: b.building({ name: "1号楼", campusId: b.campus().id }).id,
    branchId: branch.id,
  });
  b.residence(
    li,
    b.room({ buildingId: grid.buildingId, gridId: grid.id, floor: 1, number: "101" }),
    { bed: "1" },
  );
  b.assign(counselor, "COUNSELOR", "GRID", grid.id);

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: b.build(),
      gateway: { trustedRoles: DEFAULT_TRUSTED_ROLES },
    });
  });
  afterAll(() => stack?.stop());

  const PEOPLE = `{ people(first: 1) { totalCount } }`;
  const ask = <T = unknown>(token: string, query = PEOPLE, variables?: Record<string, unknown>) =>
    postGraphQL<T>(
      stack.gateway.graphqlUrl,
      { authorization: `Bearer ${token}` },
      query,
      variables,
    );
  /** A token as the identity provider would sign it, with the times given in seconds from now. */
  const sign = async (claims: Record<string, unknown>, times: { iat?: number; exp?: number }) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ name: "测试", ...claims })
      .setProtectedHeader({ alg: "EdDSA" })
      .setSubject(`sso:${randomUUID()}`)
      .setIssuer(DEV_ISSUER)
      .setAudience(DEFAULT_AUDIENCE);
    if (times.iat !== undefined) jwt.setIssuedAt(now + times.iat);
    if (times.exp !== undefined) jwt.setExpirationTime(now + times.exp);
    return jwt.sign(await importPKCS8(testKeys().issuer.privateKeyPem, "EdDSA"));
  };
  const expectUnauthenticated = (
    res: {
      status: number;
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
    message: RegExp,
  ) => {
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toMatch(message);
  };

  describe("lifetime", () => {
    it("refuses a token without exp, however else it is valid", async () => {
      expectUnauthenticated(
        await ask(await sign({ roles: ["admin"], person_id: teacher.id }, { iat: 0 })),
        /no expiry/,
      );
      expectUnauthenticated(await ask(await sign({ roles: ["admin"] }, {})), /no expiry/);
    });

    it("refuses a token that lives longer than the maximum (8 hours by default), counted from now or from iat", async () => {
      expectUnauthenticated(
        await ask(await sign({ roles: ["admin"] }, { exp: 9 * 3600 })),
        /longer than the 28800 seconds/,
      );
      expectUnauthenticated(
        await ask(await sign({ roles: ["admin"] }, { iat: 0, exp: 30 * 24 * 3600 })),
        /longer than/,
      );
      // Issued 7 hours ago to live 9: it has 2 hours left, but was never a token this platform accepts.
      expectUnauthenticated(
        await ask(await sign({ roles: ["admin"] }, { iat: -7 * 3600, exp: 2 * 3600 })),
        /longer than/,
      );
    });

    it("accepts a token within the maximum", async () => {
      expect((await ask(await sign({ roles: ["admin"] }, { iat: 0, exp: 8 * 3600 }))).status).toBe(
        200,
      );
      expect((await ask(await sign({ roles: ["admin"] }, { exp: 600 }))).data).toEqual({
        people: { totalCount: 4 },
      });
    });
  });

  describe("the person a token names", () => {
    it("must be a person the platform knows", async () => {
      expectUnauthenticated(
        await ask(await sign({ roles: ["admin"], person_id: randomUUID() }, { iat: 0, exp: 600 })),
        /does not know/,
      );
      expectUnauthenticated(
        await ask(
          await sign(
            { roles: ["student"], person_id: "'; drop table person; --" },
            { iat: 0, exp: 600 },
          ),
        ),
        /does not know/,
      );
      expect(
        (await ask(await sign({ roles: ["admin"], person_id: teacher.id }, { iat: 0, exp: 600 })))
          .status,
      ).toBe(200);
    });
  });

  describe("roles", () => {
    it("ignores a staff role the identity provider is not trusted for: a student claiming counselor is a student", async () => {
      expect(DEFAULT_TRUSTED_ROLES).toEqual(["admin", "auditor", "developer"]);
      const res = await gatewayQuery(
        stack,
        ENROLMENTS,
        { id: li.id },
        callerFor(["counselor"], wang.id, "王子涵"),
      );
      expect(res.data?.person).toEqual({ name: "李雨桐", enrolments: null });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("gives staff roles from active assignments, whatever the token claims", async () => {
      const res = await gatewayQuery(
        stack,
        ENROLMENTS,
        { id: li.id },
        callerFor([], counselor.id, "陈晓燕"),
      );
      expect(expectData(res).person).toEqual({ name: "李雨桐", enrolments: [] });
    });

    it("gives the student role to a student, and only to a student", async () => {
      const asStaff = await gatewayQuery(
        stack,
        ENROL,
        { s: session.id, p: teacher.id },
        callerFor(["student"], teacher.id, "周老师"),
      );
      expect(asStaff.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const asStudent = await gatewayQuery(
        stack,
        ENROL,
        { s: session.id, p: wang.id },
        callerFor([], wang.id, "王子涵"),
      );
      expect(expectData(asStudent).enrol).toEqual({ status: "ENROLLED" });
    });

    it("takes privileged roles from the identity provider only where it is trusted for them", async () => {
      expectData(
        await gatewayQuery(stack, ADMIN_ONLY, {}, callerFor(["admin"], teacher.id, "周老师")),
      );
      // `service` is never a user's role, whatever the token says.
      const service = await gatewayQuery(
        stack,
        ADMIN_ONLY,
        {},
        callerFor(["service"], teacher.id, "周老师"),
      );
      expect(service.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("development sign-in (npm start, npm run token) under the default trust", () => {
    const demo = demoData();
    let dev: StackHarness;
    beforeAll(async () => {
      dev = await startTestStack(subgraphModules, {
        dataset: demo.dataset,
        devUsers: demo.users,
        gateway: { trustedRoles: DEFAULT_TRUSTED_ROLES },
      });
    });
    afterAll(() => dev?.stop());

    it("signs in every demo user as a person the platform knows, with the duty its rows give it", async () => {
      for (const user of demo.users) {
        const issued = await fetch(`${dev.gateway.url}/auth/dev-token`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ user: user.key }),
        });
        const { token } = (await issued.json()) as { token: string };
        const res = await postGraphQL<{ people: { totalCount: number } }>(
          dev.gateway.graphqlUrl,
          { authorization: `Bearer ${token}` },
          PEOPLE,
        );
        expect([user.key, res.status, res.errors]).toEqual([user.key, 200, undefined]);
      }
      const token = async (key: string) =>
        (
          (await (
            await fetch(`${dev.gateway.url}/auth/dev-token`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ user: key }),
            })
          ).json()) as { token: string }
        ).token;
      expectData(await gatewayQuery(withBearer(dev, await token("admin")), ADMIN_ONLY));
      // The demo counselor's token claims nothing the provider is trusted for; the assignment makes them staff.
      const student = demo.dataset.people.find((p) => p.kind === "STUDENT");
      if (!student) throw new Error("the demo data has no student");
      const counselor = await gatewayQuery(withBearer(dev, await token("counselor")), ENROLMENTS, {
        id: student.id,
      });
      expect(counselor.errors).toBeUndefined();
    });
  });
});
