import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  assertId,
  badUserInput,
  codedError,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import { assertMayKeepBuilding } from "../building/building-admin.service";
import type { Loaders } from "../loaders";
import { Residence } from "../residence/residence.entity";
import type { ResidenceRepository } from "../residence/residence.repository";
import type { CreateRoomInput } from "./room-admin.input";
import { Room } from "./room.entity";
import type { RoomRepository } from "./room.repository";

/** A bed's number when it is one (beds are numbered 1 to capacity), else null. */
function bedNumber(bed: string): number | null {
  return /^\d{1,3}$/.test(bed) ? Number(bed) : null;
}

/**
 * Rooms and their beds maintained: created, their capacity changed, taken out of use. A bed in use
 * never disappears: each change locks the room's row, the same lock moveIn takes, so a capacity
 * change and a move-in into the bed it would remove run one after the other and the second sees
 * the first (exactly one of them wins).
 */
export class RoomAdminService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async create(input: CreateRoomInput): Promise<Room> {
    const number = input.number.trim();
    const building = await this.ctx.em.findOne(
      Building,
      { id: input.buildingId },
      { comments: label("organisation.roomBuilding") },
    );
    await assertMayKeepBuilding(this.ctx, building?.college?.id ?? null);
    if (!building)
      throw badUserInput(`no building has the id ${input.buildingId}`, "input.buildingId");
    if (input.floor > building.floors)
      throw badUserInput(`${building.name} has ${building.floors} floors`, "input.floor");
    try {
      const room = await this.ctx.em.transactional(async (em) =>
        em.create(Room, { building, number, floor: input.floor, capacity: input.capacity }),
      );
      this.forget();
      return room;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", `${building.name} already has a room ${number}`, {
          buildingId: building.id,
        });
      throw error;
    }
  }

  /** CONFLICT when fewer beds would remain than people live there, or a removed bed is in use. */
  async changeCapacity(roomId: string, capacity: number): Promise<Room> {
    assertId(roomId, "roomId");
    const room = await this.ctx.em.transactional(async (em) => {
      const found = await this.lockInUse(em, roomId);
      if (found.capacity === capacity)
        throw badUserInput(`the room already has ${capacity} beds`, "capacity");
      const occupied = await this.occupying(em, roomId);
      const lost = occupied.filter((r) => (bedNumber(r.bed) ?? 0) > capacity);
      if (occupied.length > capacity || lost.length)
        throw codedError(
          "CONFLICT",
          `beds in use cannot disappear: ${occupied.length} of the room's beds are in use${lost.length ? `, among them bed ${lost.map((r) => r.bed).join(", ")}` : ""}`,
          { roomId, bedsInUse: occupied.length },
        );
      found.capacity = capacity;
      return found;
    });
    this.forget();
    return room;
  }

  /** Takes the room out of use today; CONFLICT while anyone lives there or will move in. */
  async takeOutOfUse(roomId: string): Promise<Room> {
    assertId(roomId, "roomId");
    const room = await this.ctx.em.transactional(async (em) => {
      const found = await this.lockInUse(em, roomId);
      const occupied = await this.occupying(em, roomId);
      if (occupied.length)
        throw codedError(
          "CONFLICT",
          `beds in use cannot disappear: ${occupied.length} people live in the room; move them out first`,
          { roomId, bedsInUse: occupied.length },
        );
      found.outOfUseOn = today();
      return found;
    });
    this.forget();
    return room;
  }

  /** The room locked (FOR UPDATE), after the caller's right to it: NOT_FOUND, FORBIDDEN, CONFLICT. */
  private async lockInUse(em: EntityManager, roomId: string): Promise<Room> {
    const found = await em.getRepository<Room, RoomRepository>(Room).lock(roomId);
    if (!found) throw notFound("room", roomId);
    const building = await em.findOne(
      Building,
      { id: found.building.id },
      { comments: label("organisation.roomBuilding") },
    );
    await assertMayKeepBuilding(this.ctx, building?.college?.id ?? null);
    if (found.outOfUseOn !== null)
      throw codedError("CONFLICT", `this room was taken out of use on ${found.outOfUseOn}`, {
        roomId,
      });
    return found;
  }

  private occupying(em: EntityManager, roomId: string): Promise<Residence[]> {
    return em.getRepository<Residence, ResidenceRepository>(Residence).occupying(roomId, today());
  }

  private forget(): void {
    const { loaders } = this.ctx;
    loaders.room.clearAll();
    loaders.roomsByBuilding.clearAll();
    loaders.roomsByGrid.clearAll();
    loaders.bedsInUseByRoom.clearAll();
  }
}
