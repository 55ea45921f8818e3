import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphAssertionSigner, generateKeyPairPem } from "@campus/auth";
import { print } from "graphql";
import {
  callerFor,
  callers,
  expectData,
  gatewayQuery,
  startTestSubgraphs,
  subgraphQuery,
  testKeys,
} from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { withBearer, campusSlice, partialData, registerServiceClient } from "./fixtures";
import { graphql } from "./generated";
import type { GrowthEventInput, IndicatorRecordInput } from "./generated/graphql";

const INGEST = graphql(`
  mutation Ingest($input: IngestIndicatorsInput!) {
    ingestIndicators(input: $input) {
      replayed
      batch {
        accepted
        rejected
        rows {
          index
          field
          message
        }
      }
    }
  }
`);
const RECORD = graphql(`
  mutation Record($input: RecordGrowthEventsInput!) {
    recordGrowthEvents(input: $input) {
      recorded
      duplicates
      rows {
        index
        field
        message
      }
    }
  }
`);
const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation AddMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      taskForce {
        member {
          id
        }
      }
    }
  }
`);
const WARNED_PEOPLE = graphql(`
  query WarnedPeople {
    warnings(first: 50) {
      edges {
        node {
          id
          person {
            id
            name
          }
        }
      }
    }
  }
`);

const ghost = () => randomUUID();
const code = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;
const field = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.field;

/** Records about people who do not exist: refused at the edge, row by row, through the real gateway. */
describe("references to people across subgraphs", () => {
  let stack: StackHarness;
  const slice = campusSlice(4, "refs");
  const [s1, s2] = slice.students as [(typeof slice.students)[0], (typeof slice.students)[0]];
  // A warning about someone people never knew: the dangling reference of an older, unchecked row.
  const dangling = { ...slice.dataset.warnings[0], id: randomUUID(), personId: ghost() };
  slice.dataset.warnings.push(dangling);
  const counselor = callers.counselor(slice.counselor.id);
  const adminWithPerson = callerFor(["admin"], slice.counselor.id, "admin");

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: slice.dataset,
      gateway: { serviceClientCacheMs: 0 },
    });
  });
  afterAll(() => stack?.stop());

  async function departmentToken(): Promise<string> {
    // Registered as the text gatewayQuery sends: print() of the same documents.
    const operations = [
      { name: "Ingest", document: print(INGEST) },
      { name: "Record", document: print(RECORD) },
    ];
    const { client, secret } = await registerServiceClient(stack, {
      name: "学工系统",
      department: "学生工作部",
      purposes: ["CARE"],
      operations,
    });
    const tokenRes = await fetch(`${stack.gateway.url}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        grant_type: "client_credentials",
        client_id: client.id,
        client_secret: secret,
      }),
    });
    return ((await tokenRes.json()) as { access_token: string }).access_token;
  }

  it("ingests indicators about known students and reports the unknown ones by index and field", async () => {
    const token = await departmentToken();
    const unknown = ghost();
    const records: IndicatorRecordInput[] = [
      { personId: s1.id, kind: "FAILED_CREDITS", value: 6, observedOn: "2025-06-30" },
      { personId: unknown, kind: "FAILED_CREDITS", value: 9, observedOn: "2025-06-30" },
      { personId: s2.id, kind: "GPA", value: 9, observedOn: "2025-06-30" },
      { personId: s2.id, kind: "GPA", value: 2.1, observedOn: "2025-06-30" },
      { personId: ghost(), kind: "GPA", value: 1.2, observedOn: "2025-06-30" },
    ];
    const res = await gatewayQuery(withBearer(stack, token), INGEST, {
      input: { clientKey: "refs-1", records },
    });
    const batch = expectData(res).ingestIndicators.batch;
    expect(batch).toMatchObject({ accepted: 2, rejected: 3 });
    expect(batch.rows.map((r) => [r.index, r.field])).toEqual([
      [1, "personId"],
      [2, "value"],
      [4, "personId"],
    ]);
    expect(batch.rows[0].message).toContain(unknown);
    const stored = (await stack.subgraphs.evaluation.orm.em
      .fork()
      .getConnection()
      .execute(
        `select r.person_id from evaluation.indicator_record r join evaluation.indicator_batch b on b.id = r.batch_id where b.client_key = 'refs-1'`,
      )) as { person_id: string }[];
    expect(stored.map((r) => r.person_id).sort()).toEqual([s1.id, s2.id].sort());
  });

  it("records growth events about known students and reports the unknown ones by index and field", async () => {
    const token = await departmentToken();
    const event = (personId: string, sourceKey: string): GrowthEventInput => ({
      personId,
      domain: "LABOUR",
      kind: "VOLUNTEER_HOURS",
      title: "社区志愿服务",
      points: 2,
      occurredOn: "2025-05-01",
      sourceKey,
    });
    const res = await gatewayQuery(withBearer(stack, token), RECORD, {
      input: {
        events: [
          event(ghost(), "g-1"),
          event(s1.id, "g-2"),
          event(s2.id, "g-3"),
          event(ghost(), "g-4"),
        ],
      },
    });
    const recorded = expectData(res).recordGrowthEvents;
    expect(recorded.recorded).toBe(2);
    expect(recorded.rows.map((r) => [r.index, r.field])).toEqual([
      [0, "personId"],
      [3, "personId"],
    ]);
  });

  it("refuses every single-person mutation that names someone unknown, and writes nothing", async () => {
    const room = slice.dataset.rooms[0];
    const session = slice.dataset.sessions[0];
    const warning = slice.dataset.warnings[0];
    const refusals: [
      string,
      string,
      Record<string, unknown>,
      ReturnType<typeof callerFor>,
      string,
    ][] = [
      [
        "moveIn",
        `mutation($input: MoveInInput!) { moveIn(input: $input) { id } }`,
        { input: { personId: ghost(), roomId: room.id, bed: "9", movedInOn: "2025-09-01" } },
        callers.admin(),
        "input.personId",
      ],
      [
        "enrol",
        `mutation($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { id } }`,
        { s: session.id, p: ghost() },
        callers.admin(),
        "personId",
      ],
      [
        "assignWarning",
        `mutation($input: AssignWarningInput!) { assignWarning(input: $input) { id } }`,
        { input: { warningId: warning.id, assigneeId: ghost() } },
        counselor,
        "assigneeId",
      ],
      [
        "referToPsychology",
        `mutation($input: ReferToPsychologyInput!) { referToPsychology(input: $input) { id } }`,
        {
          input: {
            personId: s1.id,
            category: "ATTENTION",
            referredToId: ghost(),
            note: "持续焦虑",
          },
        },
        counselor,
        "referredToId",
      ],
      [
        "openAssistanceCase",
        `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
        { input: { personId: ghost(), summary: "家庭经济困难", source: "COUNSELOR" } },
        adminWithPerson,
        "personId",
      ],
    ];
    for (const [name, document, variables, as, at] of refusals) {
      const res = await stack.query<Record<string, unknown>>(document, variables, as);
      expect(code(res), name).toBe("BAD_USER_INPUT");
      expect(field(res), name).toBe(at);
      expect(res.data?.[name] ?? null, name).toBeNull();
    }

    const opened = await gatewayQuery(
      stack,
      OPEN_CASE,
      { input: { personId: s1.id, summary: "家庭经济困难", source: "COUNSELOR" } },
      counselor,
    );
    const caseId = expectData(opened).openAssistanceCase.id;
    const add = (memberId: string) =>
      gatewayQuery(stack, ADD_MEMBER, { input: { caseId, memberId, duty: "学业帮扶" } }, counselor);
    const refused = await add(ghost());
    expect(code(refused)).toBe("BAD_USER_INPUT");
    expect(field(refused)).toBe("memberId");
    expectData(await add(s2.id));

    const db = stack.subgraphs.evaluation.orm.em.fork().getConnection();
    expect(
      await db.execute(
        `select count(*)::int as n from evaluation.task_force_member where case_id = ?`,
        [caseId],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      await db.execute(`select count(*)::int as n from evaluation.mental_health_referral`),
    ).toEqual([{ n: 0 }]);
  });

  it("schedules a session only in a room organisation knows and with an instructor people knows", async () => {
    const room = slice.dataset.rooms[0];
    const course = slice.dataset.sessions[0]?.courseId ?? slice.dataset.courses[0]?.id;
    const schedule = (change: Record<string, unknown>) =>
      stack.query<{ scheduleCourseSession: { id: string; room: { id: string } | null } | null }>(
        `mutation($input: ScheduleCourseSessionInput!) { scheduleCourseSession(input: $input) { id room { id number } } }`,
        {
          input: {
            courseId: course,
            startsAt: "2031-05-01T10:00:00.000Z",
            endsAt: "2031-05-01T11:30:00.000Z",
            location: "书院活动中心",
            capacity: 30,
            roomId: room.id,
            instructorId: slice.counselor.id,
            ...change,
          },
        },
        callers.admin(),
      );
    const db = stack.subgraphs.curriculum.orm.em.fork().getConnection();
    const count = () => db.execute(`select count(*)::int as n from curriculum.course_session`);
    const before: unknown = await count();
    for (const [change, at] of [
      [{ roomId: ghost() }, "roomId"],
      [{ instructorId: ghost() }, "instructorId"],
    ] as const) {
      const res = await schedule(change);
      expect(code(res), at).toBe("BAD_USER_INPUT");
      expect(field(res), at).toBe(at);
    }
    expect(await count()).toEqual(before);
    const made = await schedule({});
    expect(made.errors).toBeUndefined();
    // The room resolves through organisation: the reference is a real one.
    expect(made.data?.scheduleCourseSession?.room).toEqual({ id: room.id, number: room.number });
  });

  it("answers a list reaching a person nobody resolves with that one field's NOT_FOUND, the rest intact", async () => {
    const res = await gatewayQuery(stack, WARNED_PEOPLE);
    expect(res.data, JSON.stringify(res.errors)).toBeTruthy();
    const nodes = partialData(res).warnings.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    const index = nodes.findIndex((n) => n.id === dangling.id);
    expect(nodes[index].person).toBeNull();
    for (const node of nodes.filter((n) => n.id !== dangling.id))
      expect(node.person?.name).toBeTruthy();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(res.errors?.[0]?.path).toEqual(["warnings", "edges", index, "node", "person"]);
    expect(res.errors?.[0]?.message).not.toMatch(/http:|127\.0\.0\.1/);
  });

  it("lends knownPeople only to subgraphs with the graph-client key, and no client reaches it", async () => {
    const relay = `${stack.gateway.url}/internal/graph`;
    const post = async (assertion: string | null, body: unknown) => {
      const res = await fetch(relay, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(assertion ? { authorization: `Bearer ${assertion}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          data?: { knownPeople: string[] };
          errors?: { extensions: { code: string } }[];
        },
      };
    };
    const ask = { operation: "knownPeople", variables: { ids: [s1.id, ghost()] } };
    const asEvaluation = await createGraphAssertionSigner(
      testKeys().graphClient.privateKeyPem,
      "evaluation",
    );
    const ok = await post(await asEvaluation("t"), ask);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ knownPeople: [s1.id] });

    expect((await post(null, ask)).status).toBe(401);
    const forged = await createGraphAssertionSigner(
      generateKeyPairPem().privateKeyPem,
      "evaluation",
    );
    expect((await post(await forged("t"), ask)).status).toBe(401);
    // A user's token is not an assertion.
    expect((await post(await stack.token(callers.admin()), ask)).status).toBe(401);
    // Only lent operations, only to the subgraphs they are lent to.
    expect(
      (
        await post(await asEvaluation("t"), {
          operation: "staffScope",
          variables: { personId: s1.id },
        })
      ).status,
    ).toBe(403);
    const asPeople = await createGraphAssertionSigner(
      testKeys().graphClient.privateKeyPem,
      "people",
    );
    expect((await post(await asPeople("t"), ask)).status).toBe(403);
    expect(
      (
        await post(await asEvaluation("t"), {
          operation: "knownPeople",
          variables: { ids: ["x'; select 1"] },
        })
      ).status,
    ).toBe(400);

    const direct = await stack.query(`query($ids: [ID!]!) { knownPeople(ids: $ids) }`, {
      ids: [s1.id],
    });
    expect(code(direct)).toBe("GRAPHQL_VALIDATION_FAILED");
    // And the people subgraph itself answers it only to the gateway.
    const user = await stack.execute(
      "people",
      `query($ids: [ID!]!) { knownPeople(ids: $ids) }`,
      { ids: [s1.id] },
      callers.admin(),
    );
    expect(code(user)).toBe("FORBIDDEN");
  });
});

describe("references when the graph cannot be asked", () => {
  it("refuses the whole batch with a retryable SERVICE_UNAVAILABLE and stores nothing", async () => {
    const harness = await startTestSubgraphs(
      subgraphModules.filter((m) => m.definition.name === "evaluation"),
      {
        graph: {
          gatewayUrl: "http://127.0.0.1:1",
          privateKeyPem: testKeys().graphClient.privateKeyPem,
          timeoutMs: 2000,
        },
      },
    );
    try {
      const records: IndicatorRecordInput[] = [
        { personId: randomUUID(), kind: "GPA", value: 2, observedOn: "2025-06-30" },
      ];
      const res = await subgraphQuery(
        harness,
        "evaluation",
        INGEST,
        { input: { clientKey: "down-1", records } },
        callers.admin(),
      );
      expect(code(res)).toBe("SERVICE_UNAVAILABLE");
      expect(res.errors?.[0]?.extensions?.retryable).toBe(true);
      expect(res.errors?.[0]?.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
      const db = harness.subgraphs.evaluation.orm.em.fork().getConnection();
      expect(await db.execute(`select count(*)::int as n from evaluation.indicator_batch`)).toEqual(
        [{ n: 0 }],
      );
    } finally {
      await harness.stop();
    }
  });
});
