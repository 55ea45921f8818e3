import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  errorsOf,
  startTestSubgraphs,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { statementsOf } from "./support";

// Federation's _entities is not in schema.graphql: no typed documents, the shapes written here.
const LEADERS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Grid { leader { name } }
  ... on Building { leader { name } }
  ... on OrgUnit { secretary { name } }
} }`;
const COVERAGE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCoverage {
  gridsWithoutLeader { id }
  gridsWithLeaderAssignmentEnded { id }
  leaderGridIds
  leaderPersonIds
} } }`;
type Coverage = {
  gridsWithoutLeader: { id: string }[];
  gridsWithLeaderAssignmentEnded: { id: string }[];
  leaderGridIds: string[];
  leaderPersonIds: string[];
};

/**
 * Grid.leader, Building.leader and OrgUnit.secretary (organisation's places, people's staff
 * assignments), and people's part of the grid coverage report (its grid leaders).
 */
describe("people: who leads a grid, a building and a branch, and the grids without a leader", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("place-leaders");
  const [led, ended, never, future] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const building = randomUUID();
  const branch = randomUUID();
  const leader = b.staff({ name: "赵敏" });
  const former = b.staff({ name: "钱进" });
  const next = b.staff({ name: "吴磊" });
  b.assign(leader, "GRID_LEADER", "GRID", led);
  // A counselor of the grid is not its leader.
  b.assign(b.staff({ name: "陈晓燕" }), "COUNSELOR", "GRID", never);
  b.assign(former, "GRID_LEADER", "GRID", ended, { startsOn: "2023-09-01", endsOn: "2024-07-01" });
  b.assign(next, "GRID_LEADER", "GRID", future, { startsOn: "2099-09-01" });
  b.assign(b.staff({ name: "孙伟" }), "BUILDING_LEADER", "BUILDING", building);
  b.assign(b.staff({ name: "周静" }), "BRANCH_SECRETARY", "BRANCH", branch);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("names the leader on duty today, and nobody where none is", async () => {
    const res = await harness.execute<{ _entities: Record<string, { name: string } | null>[] }>(
      "people",
      LEADERS,
      {
        r: [
          { __typename: "Grid", id: led },
          { __typename: "Grid", id: ended },
          { __typename: "Grid", id: future },
          { __typename: "Building", id: building },
          { __typename: "OrgUnit", id: branch },
          { __typename: "OrgUnit", id: led },
        ],
      },
      callers.admin(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { leader: { name: "赵敏" } },
      { leader: null },
      { leader: null },
      { leader: { name: "孙伟" } },
      { secretary: { name: "周静" } },
      { secretary: null },
    ]);
  });

  it("tells the report which grids have no leader, which lost theirs, and who leads the rest", async () => {
    const res: GraphQLResponse<{ _entities: Coverage[] }> = await harness.execute(
      "people",
      COVERAGE,
      { r: [{ __typename: "GridCoverage", id: "campus", gridIds: [led, ended, never, future] }] },
      callers.admin(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities[0]).toEqual({
      // A duty that starts next term does not lead the grid today.
      gridsWithoutLeader: [{ id: never }, { id: future }],
      gridsWithLeaderAssignmentEnded: [{ id: ended }],
      leaderGridIds: [led],
      leaderPersonIds: [leader.id],
    });
    const student = await harness.execute(
      "people",
      COVERAGE,
      { r: [{ __typename: "GridCoverage", id: "campus", gridIds: [led] }] },
      callers.student(leader.id),
    );
    expect(errorsOf(student).map(([, code]) => code)).toContain("FORBIDDEN");
  });

  it("answers for 2,000 grids in as many statements as for two", async () => {
    const measure = async (gridIds: string[]) => {
      const run = () =>
        harness.execute<{ _entities: Coverage[] }>(
          "people",
          COVERAGE,
          { r: [{ __typename: "GridCoverage", id: "campus", gridIds }] },
          callers.admin(),
        );
      await run(); // warm-up
      const { statements, result } = await statementsOf(harness, run);
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const many = Array.from({ length: 2000 }, () => randomUUID());
    await (harness.subgraphs.people.orm.em.fork() as EntityManager).getConnection().execute(
      `insert into people.staff_assignment (id, person_id, role, target_kind, target_id, starts_on)
       select gen_random_uuid(), ?, 'GRID_LEADER', 'GRID', t.id, '2024-09-01'
         from unnest(?::uuid[]) as t(id)`,
      [leader.id, `{${many.slice(0, 1000).join(",")}}`],
    );
    const two = await measure([led, ended]);
    expect(await measure([led, ended, ...many])).toBe(two);
  });
});
