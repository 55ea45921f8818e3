/**
 * Student governance posts (学生自治岗位) through the real gateway: the place (a grid in use, a room)
 * and the holder's residence are organisation's, asked by people through the relay's
 * `placeResident` (a yes or no about one student, never the residents), so a student living
 * elsewhere, an unknown room or a room's building's leader are decided across subgraphs; the grid's
 * list shows the holders' names from people and the rooms' numbers from organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const APPOINT = graphql(`
  mutation PostsAppoint($input: AppointGovernancePostInput!) {
    appointGovernancePost(input: $input) {
      id
      kind
      gridId
      room {
        number
      }
      holder {
        name
      }
    }
  }
`);
const GRID_POSTS = graphql(`
  query PostsOfGrid($id: ID!, $room: ID!) {
    grid(id: $id) {
      name
      governancePosts {
        kind
        holder {
          name
        }
        room {
          number
        }
      }
    }
    room(id: $room) {
      governancePosts {
        kind
        holder {
          name
        }
      }
    }
  }
`);

const b = new DatasetBuilder("governance-posts");
const campus = b.campus();
const building = b.building({ name: "启德3号楼", campusId: campus.id });
const branch = b.orgUnit({ name: "第3师生联合党支部", kind: "JOINT_BRANCH" });
const grid = b.grid({ name: "3号楼1层网格", buildingId: building.id, branchId: branch.id });
const upstairs = b.grid({ name: "3号楼2层网格", buildingId: building.id, branchId: branch.id });
const room = b.room({ buildingId: building.id, gridId: grid.id, floor: 1, number: "101" });
const roomUpstairs = b.room({
  buildingId: building.id,
  gridId: upstairs.id,
  floor: 2,
  number: "201",
});
const resident = b.student({ name: "陈思远" });
const neighbour = b.student({ name: "林晓" });
const elsewhere = b.student({ name: "王子涵" });
b.residence(resident, room, { bed: "1" });
b.residence(neighbour, room, { bed: "2" });
b.residence(elsewhere, roomUpstairs, { bed: "1" });
const gridLeader = b.staff({ name: "周网格" });
const buildingLeader = b.staff({ name: "吴楼长" });
const otherLeader = b.staff({ name: "郑网格" });
const adminPerson = b.staff({ name: "刘建国" });
b.assign(gridLeader, "GRID_LEADER", "GRID", grid.id);
b.assign(buildingLeader, "BUILDING_LEADER", "BUILDING", building.id);
b.assign(otherLeader, "GRID_LEADER", "GRID", upstairs.id);
const dataset = b.build();

const asGridLeader = callerFor(["grid_leader"], gridLeader.id, "周网格");
const asBuildingLeader = callerFor(["building_leader"], buildingLeader.id, "吴楼长");
const asOtherLeader = callerFor(["grid_leader"], otherLeader.id, "郑网格");
const asAdmin = callerFor(["admin"], adminPerson.id, "刘建国");

const term = { startsOn: "2026-09-01", endsOn: "2027-07-15" };

describe("student governance posts through the gateway", () => {
  let stack: StackHarness;
  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  it("checks the place and the holder's residence with organisation, through the relay", async () => {
    const refusals: [
      { kind: "DORM_HEAD" | "FLOOR_HEAD"; holderId: string; gridId?: string; roomId?: string },
      string,
    ][] = [
      [{ kind: "DORM_HEAD", roomId: room.id, holderId: elsewhere.id }, "BAD_USER_INPUT"], // lives upstairs
      [{ kind: "FLOOR_HEAD", gridId: grid.id, holderId: elsewhere.id }, "BAD_USER_INPUT"],
      [{ kind: "DORM_HEAD", roomId: grid.id, holderId: resident.id }, "BAD_USER_INPUT"], // a grid is no room
      [{ kind: "FLOOR_HEAD", gridId: room.id, holderId: resident.id }, "BAD_USER_INPUT"], // a room is no grid
    ];
    for (const [input, code] of refusals) {
      const res = await gatewayQuery(stack, APPOINT, { input: { ...input, ...term } }, asAdmin);
      expect([input, errorsOf(res)[0]?.[1]]).toEqual([input, code]);
    }
    // The leader of another grid may not appoint in this one's room.
    const foreign = await gatewayQuery(
      stack,
      APPOINT,
      { input: { kind: "DORM_HEAD", roomId: room.id, holderId: resident.id, ...term } },
      asOtherLeader,
    );
    expect(errorsOf(foreign)[0]?.[1]).toBe("FORBIDDEN");
  });

  it("lets the building's leader appoint a dorm head and the grid's leader a floor head", async () => {
    const dormHead = await gatewayQuery(
      stack,
      APPOINT,
      { input: { kind: "DORM_HEAD", roomId: room.id, holderId: resident.id, ...term } },
      asBuildingLeader,
    );
    expect(expectData(dormHead).appointGovernancePost).toMatchObject({
      kind: "DORM_HEAD",
      gridId: grid.id, // the room's grid, asked of organisation
      room: { number: "101" },
      holder: { name: "陈思远" },
    });
    const floorHead = await gatewayQuery(
      stack,
      APPOINT,
      { input: { kind: "FLOOR_HEAD", gridId: grid.id, holderId: neighbour.id, ...term } },
      asGridLeader,
    );
    expect(floorHead.errors).toBeUndefined();
    const second = await gatewayQuery(
      stack,
      APPOINT,
      { input: { kind: "DORM_HEAD", roomId: room.id, holderId: neighbour.id, ...term } },
      asGridLeader,
    );
    expect(errorsOf(second)[0]?.[1]).toBe("CONFLICT");
  });

  it("shows the grid's posts, its room's dorm head included, and the room's own", async () => {
    const res = expectData(
      await gatewayQuery(stack, GRID_POSTS, { id: grid.id, room: room.id }, asOtherLeader),
    );
    expect(
      res.grid?.governancePosts.map((p) => [p.kind, p.holder.name, p.room?.number ?? null]),
    ).toEqual([
      ["FLOOR_HEAD", "林晓", null],
      ["DORM_HEAD", "陈思远", "101"],
    ]);
    expect(res.room?.governancePosts).toEqual([{ kind: "DORM_HEAD", holder: { name: "陈思远" } }]);
  });
});
