import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import {
  recordEvaluationGrowthEvents,
  resourceUptakeGrowthEvent,
} from "../src/growth/growth.record";
import { termOf } from "../src/growth/growth.term";
import { graphql } from "./generated";
import type { GrowthDomain, GrowthEventInput } from "./generated/graphql";
import { covering, errorsOf, evaluationEm, evaluationSubgraph, type Caller } from "./support";

const RECORD = graphql(`
  mutation GrowthRecordEvents($events: [GrowthEventInput!]!) {
    recordGrowthEvents(input: { events: $events }) {
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
const SCHEME = graphql(`
  query GrowthEvaluationScheme($t: String!) {
    evaluationScheme(term: $t) {
      term
      isDefault
      updatedBy {
        id
      }
      weights {
        domain
        weight
      }
    }
  }
`);
/**
 * A person's growth record as the gateway asks for it, through `_entities`: federation's field is
 * not in schema.graphql, so the call is text, and the fragment it spreads is the typed (checked) part.
 */
const PERSON_GROWTH_RECORD = graphql(`
  fragment GrowthRecordOfPerson on Person {
    id
    growthRecord(first: $first, after: $after, domain: $domain, term: $term) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          domain
          kind
          title
          points
          occurredOn
          term
          source
          person {
            id
          }
        }
      }
    }
  }
`);
const GROWTH_RECORD = `query($r: [_Any!]!, $first: Int! = 20, $after: String, $domain: GrowthDomain, $term: String) { _entities(representations: $r) { ...GrowthRecordOfPerson } } ${print(PERSON_GROWTH_RECORD)}`;
type GrowthRecords = { _entities: (ResultOf<typeof PERSON_GROWTH_RECORD> | null)[] };
/** Person.growthRecord's arguments; left out, the field's defaults. */
interface GrowthRecordArgs {
  first?: number;
  after?: string;
  domain?: GrowthDomain;
  term?: string;
}

/** The growth record of the one person asked for, in an answer that must have succeeded. */
function connectionOf(res: GraphQLResponse<GrowthRecords>) {
  const connection = expectData(res)._entities[0]?.growthRecord;
  if (!connection) throw new Error(`no growth record: ${JSON.stringify(res)}`);
  return connection;
}

describe("growth record (成长档案)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("growth");
  const [zhao, qian, sun] = ["赵一鸣", "钱语嫣", "孙思远"].map((name) => b.student({ name }));
  const counselor = b.staff({ name: "周静" });
  const admin = b.staff({ name: "刘建国" });
  const dataset = b.build();

  const leagueApp = { ...callerFor(["service"], null, "league-app"), client: "league-app" };
  const asLeagueApp: ExecuteOptions = {
    scope: { students: { service: "all" }, clientPurposes: ["CARE"] },
  };

  const event = (over: Partial<GrowthEventInput> = {}): GrowthEventInput => ({
    personId: zhao.id,
    domain: "MORAL",
    kind: "VOLUNTEER_HOURS",
    title: "社区志愿服务 4 小时",
    points: 2,
    occurredOn: "2025-10-12",
    sourceKey: "league:1",
    ...over,
  });

  const record = (
    events: GrowthEventInput[],
    as: Caller = leagueApp,
    options: ExecuteOptions = asLeagueApp,
  ) => subgraphQuery(harness, "evaluation", RECORD, { events }, as, options);

  const growthRecord = (
    personId: string,
    args: GrowthRecordArgs,
    as = callers.admin(),
    options?: ExecuteOptions,
  ) =>
    harness.execute<GrowthRecords>(
      "evaluation",
      GROWTH_RECORD,
      { r: [{ __typename: "Person", id: personId }], ...args },
      as,
      options,
    );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  describe("the campus calendar rule for terms", () => {
    it("puts September to February in the autumn term and March to August in the spring term", () => {
      expect(termOf("2026-09-01")).toBe("2026-2027-1");
      expect(termOf("2026-12-31")).toBe("2026-2027-1");
      expect(termOf("2027-01-01")).toBe("2026-2027-1");
      expect(termOf("2027-02-28")).toBe("2026-2027-1");
      expect(termOf("2028-02-29")).toBe("2027-2028-1");
      expect(termOf("2027-03-01")).toBe("2026-2027-2");
      expect(termOf("2027-08-31")).toBe("2026-2027-2");
    });

    it("stores the term derived from occurredOn for each recorded event", async () => {
      const boundary = [
        ["2025-08-31", "2024-2025-2"],
        ["2025-09-01", "2025-2026-1"],
        ["2026-02-28", "2025-2026-1"],
        ["2026-03-01", "2025-2026-2"],
      ];
      const res = await record(
        boundary.map(([occurredOn], i) =>
          event({ personId: sun.id, occurredOn, sourceKey: `boundary:${i}` }),
        ),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).recordGrowthEvents).toEqual({ recorded: 4, duplicates: 0, rows: [] });
      const page = await growthRecord(sun.id, { first: 10 });
      expect(page.errors).toBeUndefined();
      const terms = connectionOf(page).edges.map((e) => [e.node.occurredOn, e.node.term]);
      expect(terms).toEqual([...boundary].reverse());
    });
  });

  describe("recordGrowthEvents", () => {
    it("records facts once by source key: a replayed batch counts duplicates and doubles nothing", async () => {
      const batch = [
        event({ sourceKey: "idem:1" }),
        event({
          sourceKey: "idem:2",
          domain: "LABOUR",
          kind: "LABOUR_PRACTICE",
          title: "宿舍公共区域劳动",
          points: 1.5,
        }),
      ];
      const first = await record(batch);
      expect(first.errors).toBeUndefined();
      expect(expectData(first).recordGrowthEvents).toEqual({
        recorded: 2,
        duplicates: 0,
        rows: [],
      });

      const again = await record([
        ...batch,
        event({ sourceKey: "idem:3", points: 3 }),
        event({ sourceKey: "idem:3", points: 3 }),
      ]);
      expect(again.errors).toBeUndefined();
      // The two rows sent before, and the repeat of idem:3 within the batch, are duplicates.
      expect(expectData(again).recordGrowthEvents).toEqual({
        recorded: 1,
        duplicates: 3,
        rows: [],
      });

      const page = await growthRecord(zhao.id, { first: 100, term: "2025-2026-1" });
      const keys = connectionOf(page).edges.map((e) => e.node);
      expect(keys).toHaveLength(3);
      expect(keys.every((n) => n.source === "service:league-app" && n.person?.id === zhao.id)).toBe(
        true,
      );
      expect(keys.map((n) => n.points).sort()).toEqual([1.5, 2, 3]);
    });

    it("keeps sources apart: the same key from another sender is another fact", async () => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        RECORD,
        { events: [event({ sourceKey: "idem:1", personId: qian.id })] },
        undefined,
        { system: true },
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).recordGrowthEvents).toEqual({ recorded: 1, duplicates: 0, rows: [] });
      const page = await growthRecord(qian.id, { first: 5 });
      expect(connectionOf(page).edges.map((e) => e.node.source)).toEqual(["gateway"]);
    });

    it("reports bad rows by index and field, and records the good rows beside them", async () => {
      const res = await record([
        event({ sourceKey: "rows:good-1", personId: qian.id, occurredOn: "2025-11-01" }),
        event({ sourceKey: "rows:bad-person", personId: "not-an-id" }),
        event({ sourceKey: "rows:bad-points", points: 100.5 }),
        event({ sourceKey: "rows:future", occurredOn: "2099-01-01" }),
        event({ sourceKey: "rows:bad-date", occurredOn: "2025-02-30" }),
        event({ sourceKey: "rows:bad-kind", kind: "volunteer hours" }),
        event({ sourceKey: "rows:blank-title", title: "   " }),
        event({ sourceKey: "  " }),
        event({
          sourceKey: "rows:good-2",
          personId: qian.id,
          occurredOn: today(),
          points: -100,
          kind: "DISCIPLINE",
          title: "违反宿舍管理规定",
        }),
      ]);
      expect(res.errors).toBeUndefined();
      const report = expectData(res).recordGrowthEvents;
      expect(report.recorded).toBe(2);
      expect(report.duplicates).toBe(0);
      expect(report.rows.map((r) => [r.index, r.field])).toEqual([
        [1, "personId"],
        [2, "points"],
        [3, "occurredOn"],
        [4, "occurredOn"],
        [5, "kind"],
        [6, "title"],
        [7, "sourceKey"],
      ]);
      expect(report.rows[2]?.message).toMatch(/future/);
      const page = await growthRecord(qian.id, { first: 10 });
      expect(connectionOf(page).edges.map((e) => e.node.title)).toEqual([
        "违反宿舍管理规定",
        "社区志愿服务 4 小时",
        "社区志愿服务 4 小时",
      ]);
    });

    it("refuses a whole batch over the size limit, recording nothing", async () => {
      const events = Array.from({ length: 1001 }, (_, i) => event({ sourceKey: `big:${i}` }));
      const res = await record(events);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "events",
      });
      const retry = await record([event({ sourceKey: "big:0" })]);
      expect(expectData(retry).recordGrowthEvents).toEqual({
        recorded: 1,
        duplicates: 0,
        rows: [],
      });
    });

    it("is refused to a student, a counselor, a service client without CARE, and recorded as an administrator's import", async () => {
      const refused = [
        await record([event({ sourceKey: "who:student" })], callers.student(zhao.id), {}),
        await record(
          [event({ sourceKey: "who:counselor" })],
          callers.counselor(counselor.id),
          covering("counselor", [zhao.id]),
        ),
        await record([event({ sourceKey: "who:contact-app" })], leagueApp, {
          scope: { students: { service: "all" }, clientPurposes: ["CONTACT"] },
        }),
      ];
      for (const res of refused) {
        expect(res.data?.recordGrowthEvents ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const byAdmin = await record(
        [event({ sourceKey: "who:admin", personId: sun.id, occurredOn: "2024-05-01" })],
        callerFor(["admin"], admin.id, "admin"),
        {},
      );
      expect(expectData(byAdmin).recordGrowthEvents).toEqual({
        recorded: 1,
        duplicates: 0,
        rows: [],
      });
      const page = await growthRecord(sun.id, { first: 5, term: "2023-2024-2" });
      expect(connectionOf(page).edges.map((e) => e.node.source)).toEqual(["admin"]);
      const none = await growthRecord(zhao.id, { first: 100 });
      expect(connectionOf(none).edges.map((e) => e.node.source)).not.toContain("admin");
    });

    it("records this subgraph's own facts, such as taking up a party and league activity, once", async () => {
      const em = evaluationEm(harness);
      const uptake = {
        id: "9b0c8f52-4a4e-4c55-9a51-3d1f0e6a7b01",
        personId: sun.id,
        resourceKind: "PARTY_LEAGUE_ACTIVITY",
        resourceTitle: "团支部主题团日",
        occurredOn: "2025-12-01",
      };
      const fact = resourceUptakeGrowthEvent(uptake);
      if (!fact) throw new Error("taking up a party and league activity is a growth fact");
      expect(fact).toMatchObject({
        domain: "MORAL",
        kind: "RESOURCE_UPTAKE",
        sourceKey: `uptake:${uptake.id}`,
      });
      expect(resourceUptakeGrowthEvent({ ...uptake, resourceKind: "FINANCIAL_AID" })).toBeNull();
      // Would disclose mental-health help to everyone who reads the growth record.
      expect(
        resourceUptakeGrowthEvent({ ...uptake, resourceKind: "MENTAL_HEALTH_EDUCATION" }),
      ).toBeNull();
      expect(await recordEvaluationGrowthEvents(em, [fact])).toEqual({
        recorded: 1,
        duplicates: 0,
        rows: [],
      });
      expect(await recordEvaluationGrowthEvents(em, [fact])).toEqual({
        recorded: 0,
        duplicates: 1,
        rows: [],
      });
      const page = await growthRecord(sun.id, { first: 5, domain: "MORAL", term: "2025-2026-1" });
      expect(connectionOf(page).edges.map((e) => [e.node.kind, e.node.source])).toEqual([
        ["VOLUNTEER_HOURS", "service:league-app"], // 2026-02-28
        ["RESOURCE_UPTAKE", "evaluation"], // 2025-12-01
        ["VOLUNTEER_HOURS", "service:league-app"], // 2025-09-01
      ]);
    });
  });

  describe("Person.growthRecord", () => {
    const pager = b.student({ name: "李浩然" });
    const otherStudent = b.student({ name: "王子涵" });
    // Eight facts: two on the same day (the page order falls back to the id), two domains, two terms.
    const facts = [
      ["2025-09-10", "MORAL"],
      ["2025-10-01", "PHYSICAL"],
      ["2025-10-01", "MORAL"],
      ["2025-11-20", "PHYSICAL"],
      ["2025-12-05", "MORAL"],
      ["2026-03-15", "MORAL"],
      ["2026-04-02", "PHYSICAL"],
      ["2026-05-30", "MORAL"],
    ] as const;

    beforeAll(async () => {
      const res = await record(
        facts.map(([occurredOn, domain], i) =>
          event({
            personId: pager.id,
            occurredOn,
            domain,
            sourceKey: `pager:${i}`,
            title: `fact ${i}`,
          }),
        ),
      );
      expect(expectData(res).recordGrowthEvents.recorded).toBe(facts.length);
    });

    async function all(
      args: Pick<GrowthRecordArgs, "domain" | "term">,
      size: number,
      as = callers.admin(),
      options?: ExecuteOptions,
    ) {
      const titles: string[] = [];
      let after: string | undefined = undefined;
      for (let i = 0; i < 20; i++) {
        const res: GraphQLResponse<GrowthRecords> = await growthRecord(
          pager.id,
          { first: size, ...(after ? { after } : {}), ...args },
          as,
          options,
        );
        expect(res.errors).toBeUndefined();
        const connection = connectionOf(res);
        titles.push(...connection.edges.map((e) => e.node.title));
        expect(connection.edges.length).toBeLessThanOrEqual(size);
        if (!connection.pageInfo.hasNextPage) return { titles, totalCount: connection.totalCount };
        after = connection.pageInfo.endCursor ?? undefined;
      }
      throw new Error("too many pages");
    }

    it("pages newest first with cursors that continue where the last page ended", async () => {
      const expected = facts
        .map(([occurredOn], i) => ({ occurredOn, title: `fact ${i}` }))
        .sort((x, y) => y.occurredOn.localeCompare(x.occurredOn));
      const { titles, totalCount } = await all({}, 3);
      expect(totalCount).toBe(8);
      expect(titles).toHaveLength(8);
      expect(new Set(titles).size).toBe(8);
      // Same-day facts may come in either order, but the days are newest first.
      expect(titles.map((t) => expected.find((e) => e.title === t)?.occurredOn)).toEqual(
        expected.map((e) => e.occurredOn),
      );
      expect((await all({}, 1)).titles).toEqual(titles);
    });

    it("filters by domain and by term, both together, with counts to match", async () => {
      const moral = await all({ domain: "MORAL" }, 2);
      expect(moral).toEqual({
        titles: ["fact 7", "fact 5", "fact 4", expect.any(String), "fact 0"],
        totalCount: 5,
      });
      expect(moral.titles[3]).toBe("fact 2");
      expect(await all({ term: "2025-2026-2" }, 10)).toEqual({
        titles: ["fact 7", "fact 6", "fact 5"],
        totalCount: 3,
      });
      expect(await all({ domain: "PHYSICAL", term: "2025-2026-1" }, 10)).toEqual({
        titles: ["fact 3", "fact 1"],
        totalCount: 2,
      });
      expect(await all({ domain: "AESTHETIC" }, 10)).toEqual({ titles: [], totalCount: 0 });
    });

    it("rejects a malformed term, page size or cursor", async () => {
      const cases: [GrowthRecordArgs, string][] = [
        [{ term: "2025-2027-1" }, "term"],
        [{ term: "autumn" }, "term"],
        [{ first: 0 }, "first"],
        [{ after: "bm90LWEtY3Vyc29y" }, "after"],
      ];
      for (const [args, field] of cases) {
        const res = await growthRecord(pager.id, args);
        expect(res.errors?.[0]?.extensions, JSON.stringify(args)).toMatchObject({
          code: "BAD_USER_INPUT",
          field,
        });
      }
    });

    it("is visible to the student and to staff whose duty covers them, and FORBIDDEN to anyone else", async () => {
      expect((await all({}, 10, callers.student(pager.id), {})).totalCount).toBe(8);
      expect(
        (await all({}, 10, callers.counselor(counselor.id), covering("counselor", [pager.id])))
          .totalCount,
      ).toBe(8);
      expect(
        (
          await all(
            {},
            10,
            callerFor(["grid_leader"], counselor.id),
            covering("grid_leader", [pager.id]),
          )
        ).totalCount,
      ).toBe(8);
      for (const [as, options] of [
        [callers.student(otherStudent.id), {}],
        [callers.counselor(counselor.id), covering("counselor", [otherStudent.id])],
        [callerFor(["auditor"], counselor.id), {}],
      ] as const) {
        const res = await growthRecord(pager.id, { first: 5 }, as, options);
        expect(res.data?._entities[0]?.growthRecord).toBeNull();
        expect(errorsOf(res)).toEqual([[["_entities", 0, "growthRecord"], "FORBIDDEN"]]);
      }
    });

    it("costs the same SQL for twenty people as for four", async () => {
      const crowd = Array.from({ length: 20 }, (_, i) => ({
        __typename: "Person",
        id: i % 2 ? pager.id : zhao.id,
      }));
      const statementsFor = async (people: unknown[]) => {
        const counter = evaluationSubgraph(harness).statements;
        const before = counter.count;
        const res = await harness.execute(
          "evaluation",
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { all: growthRecord(first: 3) { totalCount edges { node { id } } } moral: growthRecord(first: 2, domain: MORAL) { totalCount } } } }`,
          { r: people },
        );
        expect(res.errors).toBeUndefined();
        return counter.count - before;
      };
      const distinct = [pager, zhao, qian, sun].map((p) => ({ __typename: "Person", id: p.id }));
      await statementsFor(distinct);
      const four = await statementsFor(distinct);
      const twenty = await statementsFor([...distinct, ...crowd]);
      // One statement per distinct filter (all, MORAL), each a page with its total.
      expect(four).toBe(2);
      expect(twenty).toBe(four);
    });
  });

  it("seeds no scheme for a dataset without growth events, and does not seed over recorded ones", async () => {
    const term = termOf(today());
    const res = await subgraphQuery(
      harness,
      "evaluation",
      SCHEME,
      { t: term },
      callers.student(zhao.id),
      {},
    );
    expect(res.errors).toBeUndefined();
    // This dataset has no growth events of its own, so nothing was seeded for the current term.
    expect(expectData(res).evaluationScheme).toBeNull();
    const em = evaluationEm(harness);
    expect(await seed(em, dataset, { onlyIfEmpty: true })).toBe(false);
  });
});
