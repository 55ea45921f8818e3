import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  type ExecuteOptions,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
  type TypedDocumentNode,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { pushResourcesFor } from "../src/resource/resource-push.run";
import { graphql } from "./generated";
import type {
  CreateResourceInput,
  CreateResourceRuleInput,
  ResourceKind,
} from "./generated/graphql";
import {
  covering,
  errorsOf,
  evaluationEm,
  evaluationKnex,
  evaluationSubgraph,
  type Caller,
} from "./support";

// What a resource and a push answer after a mutation (declared here for codegen).
graphql(`
  fragment ResourceFields on Resource {
    id
    kind
    title
    description
    provider
    location
    url
    active
    createdAt
  }
`);
graphql(`
  fragment ResourcePushState on ResourcePush {
    id
    readAt
    uptakeAt
    uptakeNote
  }
`);
const CREATE = graphql(`
  mutation ResourceCreate($input: CreateResourceInput!) {
    createResource(input: $input) {
      ...ResourceFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ResourceUpdate($input: UpdateResourceInput!) {
    updateResource(input: $input) {
      ...ResourceFields
    }
  }
`);
const RULE = graphql(`
  mutation ResourceCreateRule($input: CreateResourceRuleInput!) {
    createResourceRule(input: $input) {
      id
      warningCategory
      minLevel
      caseKind
      active
      resource {
        id
      }
    }
  }
`);
const RULE_OFF = graphql(`
  mutation ResourceRuleOff($id: ID!) {
    setResourceRuleActive(id: $id, active: false) {
      active
    }
  }
`);
const PUSH = graphql(`
  mutation ResourcePush($asOf: DateTimeISO) {
    pushResources(asOf: $asOf) {
      pushed
      asOf
    }
  }
`);
const OPEN_CASE = graphql(`
  mutation ResourceOpenCase($input: OpenAssistanceCaseInput!) {
    openAssistanceCase(input: $input) {
      id
    }
  }
`);
const STARTER_CATALOGUE = graphql(`
  query ResourceStarterCatalogue {
    resources(first: 100) {
      totalCount
      edges {
        node {
          kind
          rules {
            warningCategory
            minLevel
            caseKind
          }
        }
      }
    }
  }
`);
const LIST = graphql(`
  query ResourceList($f: ResourceFilter) {
    resources(first: 10, filter: $f) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
const OF_KIND = graphql(`
  query ResourcesOfKind($kind: ResourceKind!) {
    resources(first: 10, filter: { kind: $kind }) {
      edges {
        node {
          id
          active
        }
      }
    }
  }
`);
const MARK = graphql(`
  mutation ResourceMarkRead($id: ID!) {
    markPushRead(pushId: $id) {
      ...ResourcePushState
    }
  }
`);
const UPTAKE = graphql(`
  mutation ResourceRecordUptake($input: RecordUptakeInput!) {
    recordUptake(input: $input) {
      ...ResourcePushState
    }
  }
`);
/**
 * A person's inbox as the gateway asks for it, through `_entities`: federation's field is not in
 * schema.graphql, so the call is text, and the fragment it spreads is the typed (checked) part.
 */
const PERSON_INBOX = graphql(`
  fragment ResourceInboxOfPerson on Person {
    id
    unreadInboxCount
    inbox(first: $first, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          reason
          pushedAt
          readAt
          uptakeAt
          uptakeNote
          resource {
            id
            title
            kind
          }
          warning {
            id
          }
          person {
            id
          }
        }
      }
    }
  }
`);
const INBOX = `query($r: [_Any!]!, $first: Int! = 20, $unreadOnly: Boolean! = false) { _entities(representations: $r) { ...ResourceInboxOfPerson } } ${print(PERSON_INBOX)}`;
type Inboxes = { _entities: (ResultOf<typeof PERSON_INBOX> | null)[] };
/** Person.inbox's arguments; left out, the field's defaults. */
interface InboxArgs {
  first?: number;
  unreadOnly?: boolean;
}

/** The `i`th person of an inbox answer that must have succeeded. */
function personAt(res: GraphQLResponse<Inboxes>, i = 0) {
  const person = expectData(res)._entities[i];
  if (!person) throw new Error(`no person at _entities[${i}]: ${JSON.stringify(res)}`);
  return person;
}

/** Their inbox, which must be there. */
function inboxOf(res: GraphQLResponse<Inboxes>, i = 0) {
  const inbox = personAt(res, i).inbox;
  if (!inbox) throw new Error(`no inbox at _entities[${i}]: ${JSON.stringify(res)}`);
  return inbox;
}

/** A row of evaluation.resource_push, as pushRows() reads it. */
interface PushRow {
  person_id: string;
  resource_id: string;
  warning_id: string | null;
  reason: string;
}

describe("evaluation: resource push (资源推送)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-resource");
  const A = b.student({ name: "王子涵" });
  const B = b.student({ name: "李浩然" });
  const C = b.student({ name: "张欣怡" });
  const D = b.student({ name: "刘梓萱" });
  const E = b.student({ name: "陈宇轩" });
  const F = b.student({ name: "赵一鸣" });
  const G = b.student({ name: "孙若曦" });
  const H = b.student({ name: "钱多多" });
  const counselor = b.staff({ name: "陈晓燕" });
  const gridLeader = b.staff({ name: "赵敏" });
  const aOrange = b.warning(A, {
    category: "ACADEMIC",
    level: "ORANGE",
    status: "ASSESSED",
    raisedAt: "2025-09-01T08:00:00.000Z",
  });
  const aYellow = b.warning(A, {
    category: "ACADEMIC",
    level: "YELLOW",
    status: "OPEN",
    raisedAt: "2025-10-01T08:00:00.000Z",
  });
  const bYellow = b.warning(B, {
    category: "ACADEMIC",
    level: "YELLOW",
    status: "OPEN",
    raisedAt: "2025-09-10T08:00:00.000Z",
  });
  const cMental = b.warning(C, {
    category: "MENTAL_HEALTH",
    level: "RED",
    status: "INTERVENING",
    raisedAt: "2025-09-12T08:00:00.000Z",
  });
  b.warning(D, {
    category: "ACADEMIC",
    level: "RED",
    status: "CLOSED",
    raisedAt: "2025-09-03T08:00:00.000Z",
  });
  b.warning(F, {
    category: "SAFETY",
    level: "RED",
    status: "OPEN",
    raisedAt: "2025-09-04T08:00:00.000Z",
  });
  b.warning(H, {
    category: "SAFETY",
    level: "YELLOW",
    status: "TRACKING",
    raisedAt: "2025-09-05T08:00:00.000Z",
  });
  // Raised after the first run's asOf: that run must not see it.
  const gLate = b.warning(G, {
    category: "ACADEMIC",
    level: "RED",
    status: "OPEN",
    raisedAt: "2025-12-01T08:00:00.000Z",
  });
  // Crowds for the statement counts: 10 with a BEHAVIOUR warning, 50 with a FINANCIAL one.
  const ten = Array.from({ length: 10 }, (_, i) => b.student({ name: `行为${i}` }));
  const fifty = Array.from({ length: 50 }, (_, i) => b.student({ name: `经济${i}` }));
  for (const s of ten)
    b.warning(s, { category: "BEHAVIOUR", level: "YELLOW", raisedAt: "2025-09-20T08:00:00.000Z" });
  for (const s of fifty)
    b.warning(s, { category: "FINANCIAL", level: "ORANGE", raisedAt: "2025-09-21T08:00:00.000Z" });
  const dataset = b.build();
  const FIRST_RUN = "2025-11-01T00:00:00.000Z";

  const asAdmin = callers.admin();
  const asCollegeAdmin = callerFor(["college_admin"], b.staff({ name: "周文" }).id);
  const asCounselor = callers.counselor(counselor.id);
  const counselorCovers = (...ids: string[]) => covering("counselor", ids);
  const asGridLeader = callerFor(["grid_leader"], gridLeader.id);
  const student = (s: { id: string }) => callers.student(s.id);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  /** A typed document, as the administrator unless told; its variables are checked against the document's. */
  const run = <TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    as: Caller = asAdmin,
    options?: ExecuteOptions,
  ) =>
    harness.execute<TResult>(
      "evaluation",
      print(document),
      variables as Record<string, unknown>,
      as,
      options,
    );
  const knex = () => evaluationKnex(harness);
  const pushRows = () =>
    knex()
      .withSchema("evaluation")
      .table("resource_push")
      .orderBy(["person_id", "resource_id"])
      .select<PushRow[]>("person_id", "resource_id", "warning_id", "reason");
  const count = () => evaluationSubgraph(harness).statements.count;
  /** The resources the "pushing" block creates, by name, for the blocks after it. */
  const R: Record<string, { id: string }> = {};

  const inbox = (ids: string[], as: Caller, options?: ExecuteOptions, args: InboxArgs = {}) =>
    harness.execute<Inboxes>(
      "evaluation",
      INBOX,
      { r: ids.map((id) => ({ __typename: "Person", id })), ...args },
      as,
      options,
    );

  const resource = (
    kind: ResourceKind,
    title: string,
    extra: Partial<CreateResourceInput> = {},
  ): CreateResourceInput => ({
    kind,
    title,
    description: `${title}的说明`,
    provider: "学生工作部",
    ...extra,
  });
  async function create(input: CreateResourceInput, as: Caller = asAdmin) {
    const res = await run(CREATE, { input }, as);
    expect(res.errors).toBeUndefined();
    return expectData(res).createResource;
  }
  async function rule(input: CreateResourceRuleInput) {
    const res = await run(RULE, { input });
    expect(res.errors).toBeUndefined();
    return expectData(res).createResourceRule;
  }

  it("seeds a starter catalogue and pushes it to students with open warnings", async () => {
    const res = await run(STARTER_CATALOGUE, {}, student(F));
    expect(res.errors).toBeUndefined();
    expect(expectData(res).resources.totalCount).toBeGreaterThanOrEqual(5);
    const kinds = new Set(expectData(res).resources.edges.map((e) => e.node.kind));
    expect(kinds).toEqual(
      new Set([
        "TUTORING",
        "CAREER_GUIDANCE",
        "MENTAL_HEALTH_EDUCATION",
        "PARTY_LEAGUE_ACTIVITY",
        "FINANCIAL_AID",
      ]),
    );
    const rows = await pushRows();
    expect(rows.some((r) => r.person_id === A.id && r.warning_id === aOrange.id)).toBe(true);
    expect(rows.some((r) => r.person_id === D.id)).toBe(false);
  });

  describe("catalogue", () => {
    beforeAll(async () => {
      // The rest of this file builds its own catalogue, so its numbers do not depend on the starter one.
      await knex().raw(`truncate "evaluation"."resource" cascade`);
    });

    it("lets administrators create and edit resources, and anyone signed in list them", async () => {
      const created = await create(
        resource("TUTORING", "  高数答疑  ", {
          location: "主楼A-101",
          url: "https://tutor.example.edu.cn",
        }),
      );
      expect(created).toMatchObject({
        kind: "TUTORING",
        title: "高数答疑",
        location: "主楼A-101",
        url: "https://tutor.example.edu.cn",
        active: true,
      });
      const byCollege = await create(resource("CAREER_GUIDANCE", "书院生涯沙龙"), asCollegeAdmin);
      const edited = await run(UPDATE, {
        input: { id: created.id, title: "高数与线代答疑", location: null },
      });
      expect(edited.errors).toBeUndefined();
      expect(expectData(edited).updateResource).toMatchObject({
        title: "高数与线代答疑",
        location: null,
        url: "https://tutor.example.edu.cn",
        provider: "学生工作部",
      });
      const retired = await run(
        UPDATE,
        { input: { id: byCollege.id, active: false } },
        asCollegeAdmin,
      );
      expect(expectData(retired).updateResource.active).toBe(false);

      const list = await run(LIST, { f: { active: true } }, student(A));
      expect(expectData(list).resources).toEqual({
        totalCount: 1,
        edges: [{ node: { id: created.id, title: "高数与线代答疑" } }],
      });
      const careers = await run(OF_KIND, { kind: "CAREER_GUIDANCE" }, student(A));
      expect(expectData(careers).resources.edges).toEqual([
        { node: { id: byCollege.id, active: false } },
      ]);
      await run(UPDATE, { input: { id: byCollege.id, active: true } });
    });

    it("refuses bad input with BAD_USER_INPUT on the field, and changes nothing", async () => {
      const before = await knex().withSchema("evaluation").table("resource").count({ n: "*" });
      const cases: [CreateResourceInput, string][] = [
        [resource("TUTORING", "   "), "title"],
        [resource("TUTORING", "x".repeat(201)), "title"],
        [{ ...resource("TUTORING", "辅导"), description: "" }, "description"],
        [{ ...resource("TUTORING", "辅导"), provider: " " }, "provider"],
        [resource("TUTORING", "辅导", { url: "not a link" }), "url"],
        [resource("TUTORING", "辅导", { url: "javascript:alert(1)" }), "url"],
      ];
      for (const [input, field] of cases) {
        const res = await run(CREATE, { input });
        expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
          code: "BAD_USER_INPUT",
          field,
        });
      }
      expect(await knex().withSchema("evaluation").table("resource").count({ n: "*" })).toEqual(
        before,
      );

      const [{ id }] = await knex()
        .withSchema("evaluation")
        .table("resource")
        .where({ kind: "TUTORING" })
        .select<{ id: string }[]>("id");
      const blank = await run(UPDATE, { input: { id, title: "新标题", provider: "" } });
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "provider",
      });
      const [row] = await knex()
        .withSchema("evaluation")
        .table("resource")
        .where({ id })
        .select<{ title: string; provider: string }[]>("title", "provider");
      expect(row).toEqual({ title: "高数与线代答疑", provider: "学生工作部" });
      const unknown = await run(UPDATE, { input: { id: randomUUID(), title: "x" } });
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("refuses students, counselors and grid leaders the catalogue and its rules", async () => {
      for (const as of [student(A), asCounselor, asGridLeader]) {
        const res = await run(CREATE, { input: resource("TUTORING", "我的资源") }, as);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const [{ id }] = await knex()
        .withSchema("evaluation")
        .table("resource")
        .where({ kind: "TUTORING" })
        .select<{ id: string }[]>("id");
      const update = await run(UPDATE, { input: { id, active: false } }, student(A));
      expect(update.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const ruleByCollege = await run(
        RULE,
        { input: { resourceId: id, warningCategory: "ACADEMIC" } },
        asCollegeAdmin,
      );
      expect(ruleByCollege.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(
        await knex()
          .withSchema("evaluation")
          .table("resource")
          .where({ title: "我的资源" })
          .count({ n: "*" }),
      ).toEqual([{ n: "0" }]);
      expect(
        await knex().withSchema("evaluation").table("resource_rule").count({ n: "*" }),
      ).toEqual([{ n: "0" }]);
    });

    it("validates rules: a condition is needed, minLevel only with a category, the resource must exist, no duplicates", async () => {
      const [{ id }] = await knex()
        .withSchema("evaluation")
        .table("resource")
        .where({ kind: "TUTORING" })
        .select<{ id: string }[]>("id");
      const bad: [CreateResourceRuleInput, string][] = [
        [{ resourceId: id }, "warningCategory"],
        [{ resourceId: id, minLevel: "RED", caseKind: "ACADEMIC" }, "minLevel"],
        [{ resourceId: randomUUID(), warningCategory: "ACADEMIC" }, "resourceId"],
        [{ resourceId: "nope", warningCategory: "ACADEMIC" }, "resourceId"],
      ];
      for (const [input, field] of bad) {
        const res = await run(RULE, { input });
        expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
          code: "BAD_USER_INPUT",
          field,
        });
      }
      const made = await run(RULE, {
        input: { resourceId: id, warningCategory: "ACADEMIC", minLevel: "ORANGE" },
      });
      expect(expectData(made).createResourceRule).toMatchObject({
        warningCategory: "ACADEMIC",
        minLevel: "ORANGE",
        caseKind: null,
        active: true,
        resource: { id },
      });
      const again = await run(RULE, {
        input: { resourceId: id, warningCategory: "ACADEMIC", minLevel: "ORANGE" },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    });
  });

  describe("pushing", () => {
    beforeAll(async () => {
      // TUTORING (ACADEMIC >= ORANGE) exists from the catalogue tests.
      const [{ id }] = await run(OF_KIND, { kind: "TUTORING" }).then((r) =>
        expectData(r).resources.edges.map((e) => e.node),
      );
      R.tutoring = { id };
      R.career = await create(resource("CAREER_GUIDANCE", "生涯咨询"));
      await rule({ resourceId: R.career.id, warningCategory: "ACADEMIC" });
      R.mental = await create(resource("MENTAL_HEALTH_EDUCATION", "团体辅导"));
      await rule({ resourceId: R.mental.id, warningCategory: "MENTAL_HEALTH" });
      R.aid = await create(resource("FINANCIAL_AID", "助学金"));
      await rule({ resourceId: R.aid.id, caseKind: "ECONOMIC" });
      R.academicCase = await create(resource("TUTORING", "个案学业帮扶"));
      await rule({ resourceId: R.academicCase.id, caseKind: "ACADEMIC" });
      // Never pushed: a retired resource, and an active resource whose only rule is switched off.
      R.retired = await create(resource("TUTORING", "已停办的辅导"));
      await rule({ resourceId: R.retired.id, warningCategory: "ACADEMIC" });
      await run(UPDATE, { input: { id: R.retired.id, active: false } });
      R.ruleOff = await create(resource("PARTY_LEAGUE_ACTIVITY", "团日活动"));
      const off = await rule({ resourceId: R.ruleOff.id, warningCategory: "ACADEMIC" });
      const res = await run(RULE_OFF, { id: off.id });
      expect(expectData(res).setResourceRuleActive.active).toBe(false);
      // E has an open ECONOMIC case; nothing else about E matches.
      const opened = await run(
        OPEN_CASE,
        {
          input: { personId: E.id, summary: "家庭经济困难", source: "COUNSELOR", kind: "ECONOMIC" },
        },
        asCounselor,
        counselorCovers(E.id),
      );
      expect(opened.errors).toBeUndefined();
      // Opening the case pushed what fits it at once, without waiting for a push run.
      expect(await pushRows()).toEqual([
        {
          person_id: E.id,
          resource_id: R.aid.id,
          warning_id: null,
          reason: "帮扶个案（经济困难）",
        },
      ]);
    });

    it("pushes by category and level, naming the most severe warning", async () => {
      const res = await run(PUSH, { asOf: FIRST_RUN });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).pushResources).toEqual({ pushed: 4, asOf: FIRST_RUN });
      const expected = [
        // Pushed when E's case was opened (above).
        {
          person_id: E.id,
          resource_id: R.aid.id,
          warning_id: null,
          reason: "帮扶个案（经济困难）",
        },
        {
          person_id: A.id,
          resource_id: R.tutoring.id,
          warning_id: aOrange.id,
          reason: "学业预警（橙色）",
        },
        // A's newer YELLOW warning also matches; the push names the ORANGE one.
        {
          person_id: A.id,
          resource_id: R.career.id,
          warning_id: aOrange.id,
          reason: "学业预警（橙色）",
        },
        {
          person_id: B.id,
          resource_id: R.career.id,
          warning_id: bYellow.id,
          reason: "学业预警（黄色）",
        },
        {
          person_id: C.id,
          resource_id: R.mental.id,
          warning_id: cMental.id,
          reason: "心理健康预警（红色）",
        },
      ];
      const sort = (rows: PushRow[]) =>
        [...rows].sort((x, y) =>
          `${x.person_id}${x.resource_id}`.localeCompare(`${y.person_id}${y.resource_id}`),
        );
      expect(sort(await pushRows())).toEqual(sort(expected));
      expect(aYellow.id).not.toBe(aOrange.id);
    });

    it("never pushes the same resource to the same student twice; a later run picks up what came since, and cases by kind", async () => {
      const again = await run(PUSH, { asOf: FIRST_RUN });
      expect(expectData(again).pushResources.pushed).toBe(0);
      const now = await run(PUSH, {});
      // G's warning was raised after the first run's asOf: now it matches TUTORING and CAREER. E's
      // ECONOMIC case matches aid only, pushed already when it was opened.
      expect(expectData(now).pushResources.pushed).toBe(2);
      const rows = await pushRows();
      expect(rows.filter((r) => r.person_id === G.id).map((r) => r.warning_id)).toEqual([
        gLate.id,
        gLate.id,
      ]);
      expect(rows.filter((r) => r.person_id === E.id)).toEqual([
        {
          person_id: E.id,
          resource_id: R.aid.id,
          warning_id: null,
          reason: "帮扶个案（经济困难）",
        },
      ]);
      expect(expectData(await run(PUSH, {})).pushResources.pushed).toBe(0);
    });

    it("runs for administrators and the gateway only, and not in the future", async () => {
      for (const as of [student(A), asCounselor, asCollegeAdmin]) {
        const res = await run(PUSH, {}, as, counselorCovers(A.id));
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const system = await run(PUSH, {}, callerFor(["service"], null, "gateway"), { system: true });
      expect(system.errors).toBeUndefined();
      expect(expectData(system).pushResources.pushed).toBe(0);
      const future = await run(PUSH, { asOf: new Date(Date.now() + 86_400_000).toISOString() });
      expect(future.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "asOf",
      });
    });

    it("pushes for named students only, when the caller names them (after raising a warning, opening a case)", async () => {
      const safety = await create(resource("PARTY_LEAGUE_ACTIVITY", "安全教育主题团日"));
      await rule({ resourceId: safety.id, warningCategory: "SAFETY" });
      const em = evaluationEm(harness);
      expect(await pushResourcesFor(em, [])).toBe(0);
      expect(await pushResourcesFor(em, [B.id])).toBe(0);
      expect(await em.transactional((tx) => pushResourcesFor(tx, [F.id]))).toBe(1);
      expect(await pushResourcesFor(em, [F.id])).toBe(0);
      const to = async () =>
        (await pushRows()).filter((r) => r.resource_id === safety.id).map((r) => r.person_id);
      expect(await to()).toEqual([F.id]);
      expect(expectData(await run(PUSH, {})).pushResources.pushed).toBe(1);
      expect((await to()).sort()).toEqual([F.id, H.id].sort());
    });

    it("pushes to 10 or 50 students in the same number of statements", async () => {
      const behaviour = await create(resource("PARTY_LEAGUE_ACTIVITY", "志愿服务"));
      await rule({ resourceId: behaviour.id, warningCategory: "BEHAVIOUR" });
      let before = count();
      expect(expectData(await run(PUSH, {})).pushResources.pushed).toBe(10);
      const forTen = count() - before;
      const financial = await create(resource("FINANCIAL_AID", "勤工助学"));
      await rule({ resourceId: financial.id, warningCategory: "FINANCIAL", minLevel: "ORANGE" });
      before = count();
      expect(expectData(await run(PUSH, {})).pushResources.pushed).toBe(50);
      expect(count() - before).toBe(forTen);
      expect(forTen).toBe(1);
    });
  });

  describe("inbox", () => {
    let late: { id: string };

    beforeAll(async () => {
      // Pushed now, after the first run's pushes: first in A's inbox.
      late = await create(resource("TUTORING", "期中复习营"));
      await rule({ resourceId: late.id, warningCategory: "ACADEMIC", minLevel: "ORANGE" });
      await run(PUSH, {});
    });

    it("shows a student their inbox, newest first, with unread counts", async () => {
      const res = await inbox([A.id], student(A));
      expect(res.errors).toBeUndefined();
      const person = personAt(res);
      expect(person.unreadInboxCount).toBe(3);
      expect(person.inbox?.totalCount).toBe(3);
      const nodes = inboxOf(res).edges.map((e) => e.node);
      expect(nodes[0]).toMatchObject({
        resource: { id: late.id, title: "期中复习营", kind: "TUTORING" },
        reason: "学业预警（橙色）",
        warning: { id: aOrange.id },
        person: { id: A.id },
        readAt: null,
        uptakeAt: null,
      });
      expect(nodes.slice(1).map((n) => n.pushedAt)).toEqual([FIRST_RUN, FIRST_RUN]);
      expect(new Date(String(nodes[0]?.pushedAt)).getTime()).toBeGreaterThan(
        new Date(FIRST_RUN).getTime(),
      );
      const page = await inbox([A.id], student(A), undefined, { first: 2 });
      expect(inboxOf(page).edges.map((e) => e.node.id)).toEqual(nodes.slice(0, 2).map((n) => n.id));
    });

    it("shows it to a counselor with CARE for the student, and to nobody else", async () => {
      const counselorView = await inbox([A.id], asCounselor, counselorCovers(A.id));
      expect(counselorView.errors).toBeUndefined();
      expect(inboxOf(counselorView).totalCount).toBe(3);
      const other = await inbox([A.id], student(B));
      expect(other.data?._entities[0]).toEqual({ id: A.id, unreadInboxCount: null, inbox: null });
      expect(errorsOf(other)).toEqual([
        [["_entities", 0, "inbox"], "FORBIDDEN"],
        [["_entities", 0, "unreadInboxCount"], "FORBIDDEN"],
      ]);
      const grid = await inbox([A.id], asGridLeader, covering("grid_leader", [A.id]));
      expect(grid.data?._entities[0]?.inbox).toBeNull();
      expect(errorsOf(grid).map(([, code]) => code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
      const outside = await inbox([A.id], asCounselor, counselorCovers(B.id));
      expect(outside.data?._entities[0]?.inbox).toBeNull();
    });

    it("names a mental-health warning only to readers holding MENTAL_HEALTH", async () => {
      const own = await inbox([C.id], student(C));
      expect(own.errors).toBeUndefined();
      // An asymmetric matcher is `any` to the type checker: held as unknown, it is only handed on.
      const theMentalResource: unknown = expect.objectContaining({ id: R.mental.id });
      expect(inboxOf(own).edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          resource: theMentalResource,
          reason: "根据你的近况推荐",
          warning: null,
        }),
      ]);
      const admin = await inbox([C.id], asAdmin);
      expect(inboxOf(admin).edges[0]?.node).toMatchObject({
        reason: "根据你的近况推荐",
        warning: null,
      });
      const counselorView = await inbox([C.id], asCounselor, counselorCovers(C.id));
      expect(inboxOf(counselorView).edges[0]?.node).toMatchObject({
        reason: "心理健康预警（红色）",
        warning: { id: cMental.id },
      });
    });

    it("loads the inboxes of 10 or 50 people in the same number of statements", async () => {
      const statementsFor = async (people: { id: string }[], unread: boolean) => {
        const before = count();
        const res = await inbox(
          people.map((p) => p.id),
          asAdmin,
          undefined,
          unread ? { unreadOnly: true } : {},
        );
        expect(res.errors).toBeUndefined();
        for (const entity of expectData(res)._entities) {
          expect(entity?.inbox?.totalCount).toBeGreaterThan(0);
          expect(entity?.inbox?.edges[0]?.node.resource.title).toBeTruthy();
        }
        return count() - before;
      };
      for (const unread of [false, true]) {
        const forTen = await statementsFor(ten, unread);
        expect(await statementsFor(fifty, unread)).toBe(forTen);
        // Pages, sizes, unread counts, resources, warnings: one statement each.
        expect(forTen).toBeLessThanOrEqual(5);
      }
    });
  });

  describe("reading and uptake", () => {
    let pushes: string[];

    beforeAll(async () => {
      const res = await inbox([A.id], student(A));
      pushes = inboxOf(res).edges.map((e) => e.node.id);
    });

    it("lets the student mark a push read, keeping the first reading's time", async () => {
      const first = await run(MARK, { id: pushes[0] }, student(A));
      expect(first.errors).toBeUndefined();
      const readAt = expectData(first).markPushRead.readAt;
      expect(readAt).not.toBeNull();
      expect(expectData(first).markPushRead.uptakeAt).toBeNull();
      const second = await run(MARK, { id: pushes[0] }, student(A));
      expect(expectData(second).markPushRead.readAt).toBe(readAt);
      const res = await inbox([A.id], student(A), undefined, { unreadOnly: true });
      expect(personAt(res).unreadInboxCount).toBe(2);
      expect(inboxOf(res).totalCount).toBe(2);
      expect(inboxOf(res).edges.map((e) => e.node.id)).toEqual(pushes.slice(1));
    });

    it("records uptake, which implies reading; the first uptake's time stays", async () => {
      const took = await run(
        UPTAKE,
        { input: { pushId: pushes[1], note: "  参加了周二的辅导  " } },
        student(A),
      );
      expect(took.errors).toBeUndefined();
      const push = expectData(took).recordUptake;
      expect(push).toMatchObject({ id: pushes[1], uptakeNote: "参加了周二的辅导" });
      expect(push.readAt).not.toBeNull();
      expect(push.uptakeAt).toBe(push.readAt);
      const again = await run(
        UPTAKE,
        { input: { pushId: pushes[1], note: "又去了一次" } },
        student(A),
      );
      expect(expectData(again).recordUptake).toMatchObject({
        readAt: push.readAt,
        uptakeAt: push.uptakeAt,
        uptakeNote: "又去了一次",
      });
      const noNote = await run(UPTAKE, { input: { pushId: pushes[1] } }, student(A));
      expect(expectData(noNote).recordUptake.uptakeNote).toBe("又去了一次");
      // Reading after uptake keeps the times.
      const read = await run(MARK, { id: pushes[1] }, student(A));
      expect(expectData(read).markPushRead.readAt).toBe(push.readAt);
      expect(personAt(await inbox([A.id], student(A))).unreadInboxCount).toBe(1);
      // Taking tutoring or career guidance up counts once in the growth record.
      const growth = await knex()
        .withSchema("evaluation")
        .table("growth_event")
        .where({ source_key: `uptake:${pushes[1]}` })
        .select<Record<string, unknown>[]>("person_id", "domain", "kind", "source");
      expect(growth).toEqual([
        { person_id: A.id, domain: "INTELLECTUAL", kind: "RESOURCE_UPTAKE", source: "evaluation" },
      ]);
    });

    it("lets nobody else mark my push, and changes nothing when refused", async () => {
      const target = pushes[2];
      for (const [as, options] of [
        [student(B), undefined],
        [asCounselor, counselorCovers(A.id)],
        [asAdmin, undefined],
      ] as [Caller, ExecuteOptions | undefined][]) {
        const read = await run(MARK, { id: target }, as, options);
        expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        const took = await run(UPTAKE, { input: { pushId: target } }, as, options);
        expect(took.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const [row] = await knex()
        .withSchema("evaluation")
        .table("resource_push")
        .where({ id: target })
        .select<{ read_at: Date | null; uptake_at: Date | null }[]>("read_at", "uptake_at");
      expect(row).toEqual({ read_at: null, uptake_at: null });
      const unknown = await run(MARK, { id: randomUUID() }, student(A));
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const malformed = await run(MARK, { id: "x" }, student(A));
      expect(malformed.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "pushId",
      });
      const long = await run(
        UPTAKE,
        { input: { pushId: target, note: "长".repeat(2001) } },
        student(A),
      );
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
      const [still] = await knex()
        .withSchema("evaluation")
        .table("resource_push")
        .where({ id: target })
        .select<{ read_at: Date | null }[]>("read_at");
      expect(still.read_at).toBeNull();
    });
  });
});
