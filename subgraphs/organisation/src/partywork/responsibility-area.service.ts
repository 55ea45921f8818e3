import {
  assertId,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { Room } from "../room/room.entity";
import { assertPartyMembers } from "./party-graph";
import { BranchOfficers, jointBranch } from "./partywork.guard";
import type { CreateResponsibilityAreaInput } from "./partywork.input";
import { PartyworkRepository } from "./partywork.repository";
import { ResponsibilityCoverage } from "./responsibility-coverage.type";
import { ResponsibilityArea, ResponsibilityAreaPlace } from "./responsibility-area.entity";

/**
 * Responsibility areas (责任区): a party member of a branch looks after rooms and whole grids of
 * that branch's grids. Made and ended by the branch's secretary or an administrator; the coverage
 * (rooms inside some area, per building and per branch) in two statements for the whole campus.
 */
export class ResponsibilityAreaService {
  private readonly officers: BranchOfficers;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.officers = new BranchOfficers(ctx);
  }

  async create(input: CreateResponsibilityAreaInput): Promise<ResponsibilityArea> {
    this.officers.assertMayAct("set up a responsibility area");
    const roomIds = [...new Set(input.roomIds ?? [])];
    const gridIds = [...new Set(input.gridIds ?? [])];
    if (!roomIds.length && !gridIds.length)
      throw badUserInput("an area needs at least one room or grid", "input.roomIds");
    const em = this.ctx.em;
    const branch = await jointBranch(em, input.branchId, "input.branchId");
    await this.officers.assertOfficer(branch.id, "set up an area in this branch");
    const grids = gridIds.length
      ? await em.find(Grid, { id: { $in: gridIds } }, { comments: label("organisation.areaGrids") })
      : [];
    const strayGrid = gridIds.find((id) => {
      const grid = grids.find((g) => g.id === id);
      return !grid || grid.closedOn !== null || grid.branch?.id !== branch.id;
    });
    if (strayGrid)
      throw badUserInput(`grid ${strayGrid} is not a grid of this branch in use`, "input.gridIds");
    const rooms = roomIds.length
      ? await em.find(Room, { id: { $in: roomIds } }, { comments: label("organisation.areaRooms") })
      : [];
    const roomGridIds = [...new Set(rooms.flatMap((r) => (r.grid ? [r.grid.id] : [])))];
    const roomGrids = roomGridIds.length
      ? await em.find(
          Grid,
          { id: { $in: roomGridIds }, closedOn: null, branch: branch.id },
          { comments: label("organisation.areaGrids") },
        )
      : [];
    const ours = new Set(roomGrids.map((g) => g.id));
    const strayRoom = roomIds.find((id) => {
      const room = rooms.find((r) => r.id === id);
      return !room?.grid || !ours.has(room.grid.id);
    });
    if (strayRoom)
      throw badUserInput(`room ${strayRoom} is not in a grid of this branch`, "input.roomIds");
    await assertPartyMembers(this.ctx, [{ id: input.memberId, field: "input.memberId" }]);
    const area = await em.transactional((tx) => {
      const made = tx.create(ResponsibilityArea, {
        branch: branch.id,
        memberId: input.memberId,
        name: input.name.trim(),
        createdById: this.ctx.caller.personId,
      });
      for (const room of roomIds) tx.create(ResponsibilityAreaPlace, { area: made, room });
      for (const grid of gridIds) tx.create(ResponsibilityAreaPlace, { area: made, grid });
      return made;
    });
    this.forget();
    return area;
  }

  async end(areaId: string): Promise<ResponsibilityArea> {
    this.officers.assertMayAct("end a responsibility area");
    assertId(areaId, "areaId");
    const area = await this.ctx.em.findOne(
      ResponsibilityArea,
      { id: areaId },
      { comments: label("organisation.responsibilityArea") },
    );
    if (!area) throw notFound("responsibility area", areaId);
    await this.officers.assertOfficer(area.branch.id, "end this area");
    if (area.endedOn !== null)
      throw codedError("CONFLICT", `this area was ended on ${area.endedOn}`, { areaId });
    area.endedOn = today();
    area.endedById = this.ctx.caller.personId;
    await this.ctx.em.flush();
    this.forget();
    return area;
  }

  /**
   * The share of rooms inside some responsibility area, per building and per branch: the whole
   * campus for administrators, one branch (and the buildings its grids are in) for its secretary.
   */
  async coverage(branchId: string | null): Promise<ResponsibilityCoverage> {
    this.officers.assertMayAct("read the responsibility-area coverage");
    if (branchId) await this.officers.assertOfficer(branchId, "read this branch's coverage");
    else if (!this.ctx.access.hasRole("admin"))
      throw forbidden("the whole campus's coverage is for administrators; name your branch");
    const repository = new PartyworkRepository(this.ctx.em);
    const buildings = await repository.shares("building", branchId);
    const branches = await repository.shares("branch", branchId);
    const share = (row: { room_count: number; covered_room_count: number }) => ({
      roomCount: row.room_count,
      coveredRoomCount: row.covered_room_count,
      share: row.room_count ? row.covered_room_count / row.room_count : 0,
    });
    return {
      buildings: buildings.map((row) => ({ buildingId: row.key_id, ...share(row) })),
      branches: branches.map((row) => ({ branchId: row.key_id, ...share(row) })),
    };
  }

  private forget(): void {
    this.ctx.loaders.areasByBranch.clearAll();
    this.ctx.loaders.placesByArea.clearAll();
  }
}
