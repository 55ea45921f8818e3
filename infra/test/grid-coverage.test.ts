/**
 * The grid coverage report through the real gateway: organisation owns grids, rooms, branches and
 * residences; people owns who leads each grid. The gateway's plan fetches the grids in use from
 * organisation, their leaders from people (@requires), and gives the leaders back to organisation
 * (@requires) to find who moved out. Neither subgraph reads the other's tables.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, callers, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const COVERAGE = graphql(`
  query CoverageReport {
    gridCoverage {
      gridCount
      gridsWithoutBranch {
        name
      }
      gridsWithoutLeader {
        name
      }
      gridsWithLeaderAssignmentEnded {
        name
      }
      gridsWithLeaderMovedOut {
        name
        leader {
          name
        }
      }
      roomsInNoGrid {
        totalCount
        rooms {
          number
        }
      }
      branches {
        branch {
          name
          secretary {
            name
          }
        }
        gridCount
        residentCount
        grids {
          name
          leader {
            name
          }
          building {
            name
            leader {
              name
            }
          }
        }
      }
    }
  }
`);

const b = new DatasetBuilder("grid-coverage");
const general = b.orgUnit({ name: "彭康书院党总支", kind: "GENERAL_BRANCH" });
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
const campus = b.campus({ name: "兴庆校区" });
const building = b.building({ name: "彭康1号楼", campusId: campus.id, floors: 4 });
const grids = [1, 2, 3].map((floor) =>
  b.grid({ name: `${floor}层网格`, buildingId: building.id, branchId: branch.id }),
);
const [led, ended, movedOut] = grids as [(typeof grids)[0], (typeof grids)[0], (typeof grids)[0]];
const rooms = grids.map((grid, i) =>
  b.room({ buildingId: building.id, gridId: grid.id, floor: i + 1, number: `${i + 1}01` }),
);
// A grid nobody leads, with no rooms yet; and a fourth floor in no grid.
b.grid({ name: "4层东区", buildingId: building.id, branchId: branch.id });
b.room({ buildingId: building.id, gridId: null, floor: 4, number: "401" });
const residents = ["王子涵", "李浩然", "张欣怡"].map((name, i) => {
  const student = b.student({ name });
  b.residence(student, rooms[i % 2], { bed: String(i + 1) });
  return student;
});
// A student grid leader of the third floor who lived there and moved out last year.
const leaver = b.student({ name: "刘洋" });
b.residence(leaver, rooms[2], { bed: "1", movedInOn: "2023-09-01", movedOutOn: "2024-07-01" });
const leader = b.staff({ name: "赵敏" });
const formerLeader = b.staff({ name: "钱进" });
const secretary = b.staff({ name: "周静" });
const buildingLeader = b.staff({ name: "孙伟" });
b.assign(leader, "GRID_LEADER", "GRID", led.id);
b.assign(formerLeader, "GRID_LEADER", "GRID", ended.id, {
  startsOn: "2023-09-01",
  endsOn: "2024-07-01",
});
b.assign(leaver, "GRID_LEADER", "GRID", movedOut.id);
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.assign(buildingLeader, "BUILDING_LEADER", "BUILDING", building.id);
const dataset = b.build();

describe("the grid coverage report through the gateway", () => {
  let stack: StackHarness;
  const sql = (subgraph: string, text: string) =>
    (stack.subgraphs[subgraph].orm.em.fork() as EntityManager).getConnection().execute(text);

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  it("shows an administrator every gap, with leaders and secretaries from people", async () => {
    const res = await gatewayQuery(stack, COVERAGE, {}, callers.admin());
    expect(res.errors).toBeUndefined();
    const coverage = expectData(res).gridCoverage;
    expect(coverage.gridCount).toBe(4);
    expect(coverage.gridsWithoutBranch).toEqual([]);
    // The second floor's leader's assignment ended; the third floor's leader is on duty but moved out.
    expect(coverage.gridsWithoutLeader).toEqual([{ name: "4层东区" }]);
    expect(coverage.gridsWithLeaderAssignmentEnded).toEqual([{ name: "2层网格" }]);
    expect(coverage.gridsWithLeaderMovedOut).toEqual([
      { name: "3层网格", leader: { name: "刘洋" } },
    ]);
    expect(coverage.roomsInNoGrid).toEqual({ totalCount: 1, rooms: [{ number: "401" }] });
    const building = { name: "彭康1号楼", leader: { name: "孙伟" } };
    expect(coverage.branches).toEqual([
      {
        branch: { name: "第1师生联合党支部", secretary: { name: "周静" } },
        gridCount: 4,
        residentCount: residents.length,
        grids: [
          { name: "1层网格", leader: { name: "赵敏" }, building },
          { name: "2层网格", leader: null, building },
          { name: "3层网格", leader: { name: "刘洋" }, building },
          { name: "4层东区", leader: null, building },
        ],
      },
    ]);
  });

  it("refuses the report to anyone but an administrator", async () => {
    const res = await gatewayQuery(
      stack,
      COVERAGE,
      {},
      callerFor(["branch_secretary"], secretary.id, "周静"),
    );
    expect(res.data).toBeNull();
    expect(errorsOf(res)[0]?.[1]).toBe("FORBIDDEN");
  });

  it("costs each subgraph the same number of statements when the campus has a hundred times the grids", async () => {
    const measure = async () => {
      await gatewayQuery(stack, COVERAGE, {}, callers.admin()); // warm-up
      const before = Object.fromEntries(
        Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count]),
      );
      const res = await gatewayQuery(stack, COVERAGE, {}, callers.admin());
      expect(res.errors).toBeUndefined();
      return {
        grids: expectData(res).gridCoverage.gridCount,
        statements: Object.fromEntries(
          Object.entries(stack.subgraphs).map(([name, s]) => [
            name,
            s.statements.count - (before[name] ?? 0),
          ]),
        ),
      };
    };
    const small = await measure();
    // 300 more grids with a room and four residents each, and a grid leader for every other one.
    await sql(
      "organisation",
      `with g as (
         insert into organisation.grid (id, name, building_id, branch_id)
         select gen_random_uuid(), '扩充网格' || i, '${building.id}', '${branch.id}'
           from generate_series(1, 300) i
         returning id, name),
       rm as (
         insert into organisation.room (id, building_id, grid_id, number, floor, capacity)
         select gen_random_uuid(), '${building.id}', g.id, 'x' || substring(g.name from '[0-9]+$'), 5, 4 from g
         returning id)
       insert into organisation.residence (id, person_id, room_id, bed, moved_in_on)
       select gen_random_uuid(), gen_random_uuid(), rm.id, bed::text, '2024-09-01'
         from rm, generate_series(1, 4) bed`,
    );
    const newGrids = (await sql(
      "organisation",
      `select id from organisation.grid where name like '扩充网格%' order by name`,
    )) as { id: string }[];
    await sql(
      "people",
      `insert into people.staff_assignment (id, person_id, role, target_kind, target_id, starts_on)
       select gen_random_uuid(), '${leader.id}', 'GRID_LEADER', 'GRID', t.id::uuid, '2024-09-01'
         from unnest('{${newGrids
           .filter((_, i) => i % 2 === 0)
           .map((g) => g.id)
           .join(",")}}'::text[]) as t(id)`,
    );
    const large = await measure();
    expect(large.grids).toBe(small.grids + 300);
    expect(large.statements).toEqual(small.statements);
  });
});
