import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/postgresql";
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
import { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { OrgUnitKind } from "../org-unit/org-unit.enums";
import { GridRooms } from "./grid-admin.repository";
import type { CreateGridInput } from "./grid-admin.input";
import { GridBranchChange } from "./grid-branch-change.entity";
import { Grid } from "./grid.entity";
import { GridKind } from "./grid.enums";

/** The branches that may be responsible for grids: teacher-student joint branches (师生联合党支部). */
const RESPONSIBLE_KINDS: readonly OrgUnitKind[] = [OrgUnitKind.JOINT_BRANCH];

/**
 * Grid administration (1 branch : N grids): creating a grid over a floor, a wing or a building,
 * assigning and reassigning its branch with history, closing it. Every refusal is a coded error
 * thrown before anything is written or inside the one transaction, so nothing changes.
 */
export class GridAdminService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** University administrators keep the residences' layout (as they keep moveIn and moveOut). */
  private assertAdmin(): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("only an administrator may create, assign or close grids");
  }

  async create(input: CreateGridInput): Promise<Grid> {
    this.assertAdmin();
    const name = input.name.trim();
    const { buildingId, kind } = input;
    if (kind === GridKind.FLOOR && (input.floor === null || input.floor === undefined))
      throw badUserInput("a floor grid needs its floor", "input.floor");
    if (kind !== GridKind.FLOOR && input.floor !== null && input.floor !== undefined)
      throw badUserInput("only a floor grid names a floor", "input.floor");
    if (kind === GridKind.WING && !input.roomIds?.length)
      throw badUserInput("a wing grid needs its rooms", "input.roomIds");
    if (kind !== GridKind.WING && input.roomIds?.length)
      throw badUserInput("only a wing grid names rooms", "input.roomIds");
    const grid = await this.ctx.em.transactional(async (em) => {
      const building = await em.findOne(
        Building,
        { id: buildingId },
        { comments: label("organisation.gridBuilding") },
      );
      if (!building)
        throw badUserInput(`building ${buildingId} does not exist`, "input.buildingId");
      const branch = input.branchId
        ? await this.responsibleBranch(em, input.branchId, "input.branchId")
        : null;
      const rooms = new GridRooms(em);
      let roomIds: string[];
      if (kind === GridKind.WING) {
        roomIds = [...new Set(input.roomIds ?? [])];
        const inBuilding = await rooms.inBuilding(buildingId, roomIds);
        const stray = roomIds.find((id) => !inBuilding.has(id));
        if (stray)
          throw badUserInput(`room ${stray} is not a room of this building`, "input.roomIds");
      } else {
        roomIds = await rooms.ofBuilding(
          buildingId,
          kind === GridKind.FLOOR ? (input.floor ?? null) : null,
        );
        if (!roomIds.length)
          throw badUserInput(
            kind === GridKind.FLOOR
              ? `the building has no rooms on floor ${input.floor}`
              : "the building has no rooms",
            kind === GridKind.FLOOR ? "input.floor" : "input.buildingId",
          );
      }
      const created = em.create(Grid, { name, kind, building, branch });
      if (branch)
        em.create(GridBranchChange, {
          grid: created,
          toBranch: branch,
          changedById: this.ctx.caller.personId,
        });
      await em.flush();
      const claimed = await rooms.claim(created.id, roomIds);
      if (claimed.size !== roomIds.length) {
        const taken = (await rooms.taken(roomIds.filter((id) => !claimed.has(id)))).filter(
          (room) => room.grid_id !== created.id,
        );
        throw codedError(
          "CONFLICT",
          `rooms ${taken.map((room) => room.number).join(", ")} are already in another grid; a room belongs to at most one grid`,
          {
            roomIds: taken.map((room) => room.id),
            gridIds: [...new Set(taken.map((room) => room.grid_id))],
          },
        );
      }
      return created;
    });
    this.forget();
    return grid;
  }

  /**
   * Makes `branchId` the branch responsible for the grid, keeping the change (who, when, from, to).
   * The grid row is locked, so of two reassignments at once each sees the other's result as its
   * "from", and the history is a chain.
   */
  async assignBranch(
    gridId: string,
    branchId: string,
    expectedBranchId: string | null = null,
  ): Promise<Grid> {
    this.assertAdmin();
    assertId(gridId, "gridId");
    assertId(branchId, "branchId");
    const grid = await this.ctx.em.transactional(async (em) => {
      const found = await this.lock(em, gridId);
      if (expectedBranchId && found.branch?.id !== expectedBranchId)
        throw codedError(
          "CONFLICT",
          "another change of this grid's branch came first; look at the grid again",
          { gridId, branchId: found.branch?.id ?? null },
        );
      const branch = await this.responsibleBranch(em, branchId, "branchId");
      if (found.branch?.id === branch.id)
        throw badUserInput("this branch is already responsible for the grid", "branchId");
      em.create(GridBranchChange, {
        grid: found,
        fromBranch: found.branch,
        toBranch: branch,
        changedById: this.ctx.caller.personId,
      });
      found.branch = em.getReference(OrgUnit, branch.id, { wrapped: true });
      return found;
    });
    this.forget();
    return grid;
  }

  /** Closes the grid today: its rooms are freed for other grids; the grid and its history stay. */
  async close(gridId: string): Promise<Grid> {
    this.assertAdmin();
    assertId(gridId, "gridId");
    const grid = await this.ctx.em.transactional(async (em) => {
      const found = await this.lock(em, gridId);
      found.closedOn = today();
      found.closedById = this.ctx.caller.personId;
      await em.flush();
      await new GridRooms(em).free(found.id);
      return found;
    });
    this.forget();
    return grid;
  }

  /** The grid, read afresh and locked; NOT_FOUND when there is none, CONFLICT once it is closed. */
  private async lock(em: EntityManager, gridId: string): Promise<Grid> {
    const found = await em.findOne(
      Grid,
      { id: gridId },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("organisation.lockGrid"),
      },
    );
    if (!found) throw notFound("grid", gridId);
    if (found.closedOn !== null)
      throw codedError("CONFLICT", `this grid was closed on ${found.closedOn}`, {
        gridId,
        closedOn: found.closedOn,
      });
    return found;
  }

  /** A teacher-student joint branch, else BAD_USER_INPUT on `field`. */
  private async responsibleBranch(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
    const unit = await em.findOne(OrgUnit, { id }, { comments: label("organisation.gridBranch") });
    if (!unit) throw badUserInput(`no unit has the id ${id}`, field);
    if (!RESPONSIBLE_KINDS.includes(unit.kind))
      throw badUserInput(
        `${unit.name} is not a teacher-student joint branch (师生联合党支部); only a branch is responsible for grids`,
        field,
      );
    return unit;
  }

  /** Drops what this request's loaders remember about grids, rooms and residents. */
  private forget(): void {
    const { loaders } = this.ctx;
    loaders.grid.clearAll();
    loaders.gridsByBuilding.clearAll();
    loaders.gridsByBranch.clearAll();
    loaders.roomsByGrid.clearAll();
    loaders.room.clearAll();
    loaders.residentCountByGrid.clearAll();
    loaders.currentResidentIdsByGrid.clearAll();
    loaders.branchHistoryByGrid.clearAll();
  }
}
