import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import type { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import type { OrgUnit } from "../org-unit/org-unit.entity";
import { Room } from "../room/room.entity";
import type { RoomRepository } from "../room/room.repository";
import { earlier, today } from "./dates";
import type { Person } from "./person.reference";
import { Residence } from "./residence.entity";
import type { ResidenceRepository } from "./residence.repository";
import { visibleResidencesLoader, type ResidentsOf } from "./residence.loader";
import type { MoveInInput } from "./residence.input";

/** A request's loaders of visible residents, kept beside its other loaders (they live as long). */
const VISIBLE_RESIDENCES = new WeakMap<
  object,
  Map<ResidentsOf, ReturnType<typeof visibleResidencesLoader>>
>();

/** Unique indexes of the residence table, and what each one means to a caller. */
const CONFLICTS: Record<string, string> = {
  residence_room_bed_open_unique: "this bed is already taken",
  residence_person_open_unique: "this person already lives elsewhere; move them out first",
};

function residences(em: EntityManager): ResidenceRepository {
  return em.getRepository<Residence, ResidenceRepository>(Residence);
}

export class ResidenceService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Residences are housing records the university administers; no scoped role changes them. */
  private assertAdmin(): void {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("only an administrator may change residences");
  }

  /**
   * Who lives today in these grids, buildings or branches' grids: one statement, however many
   * students, because a college's scope can be thousands of them.
   */
  async residentsOf(
    gridIds: string[],
    buildingIds: string[],
    branchIds: string[],
    roomIds: string[] = [],
  ): Promise<string[]> {
    for (const id of [...gridIds, ...buildingIds, ...branchIds, ...roomIds]) assertId(id, "ids");
    if (!gridIds.length && !buildingIds.length && !branchIds.length && !roomIds.length) return [];
    return residences(this.ctx.em).residentsOf(gridIds, buildingIds, branchIds, today(), roomIds);
  }

  /**
   * The people living now in a grid or a room whom the caller may know to live there, by room and
   * bed; keys only (the people subgraph has the rest). Each one listed is a disclosure of where
   * they live, audited as `<Type>.residents` under the purpose that allowed it.
   */
  async visibleResidents(of: ResidentsOf, id: string): Promise<Person[]> {
    const residences = await this.visibleLoader(of).load(id);
    const field = of === "grid" ? "Grid.residents" : "Room.residents";
    return residences.flatMap((residence) => {
      const grant = this.ctx.access.grant(residence.personId, ["RESIDENCE"]);
      // The SQL filter already holds to the caller's scope; this keeps the audit exact should it ever not.
      if (!grant) return [];
      this.ctx.audit.record({ subjectId: residence.personId, field, purpose: grant.purpose });
      return [{ id: residence.personId }];
    });
  }

  private visibleLoader(of: ResidentsOf) {
    let perRequest = VISIBLE_RESIDENCES.get(this.ctx.loaders);
    if (!perRequest) {
      perRequest = new Map<ResidentsOf, ReturnType<typeof visibleResidencesLoader>>();
      VISIBLE_RESIDENCES.set(this.ctx.loaders, perRequest);
    }
    let loader = perRequest.get(of);
    if (!loader)
      perRequest.set(of, (loader = visibleResidencesLoader(this.ctx.em, this.ctx.access, of)));
    return loader;
  }

  /**
   * The ids of the building, grid and branch the person lives in now, for the people subgraph to
   * name the staff on duty there; none unless the caller holds RESIDENCE for the person.
   */
  async placeIdsOf(person: Person): Promise<string[]> {
    if (!this.ctx.access.grant(person.id, ["RESIDENCE"])) return [];
    const residence = await this.current(person);
    if (!residence) return [];
    const room = await this.ctx.loaders.room.load(residence.room.id);
    if (!room) return [];
    const grid = room.grid ? await this.ctx.loaders.grid.load(room.grid.id) : null;
    return [
      room.building.id,
      ...(grid ? [grid.id] : []),
      ...(grid?.branch ? [grid.branch.id] : []),
    ];
  }

  person(residence: Residence): Person {
    return { id: residence.personId };
  }

  async room(residence: Residence): Promise<Room> {
    const room = await this.ctx.loaders.room.load(residence.room.id);
    // The foreign key makes this impossible; say so rather than answer a null for a non-null field.
    if (!room) throw new Error(`room ${residence.room.id} of residence ${residence.id} is missing`);
    return room;
  }

  /**
   * The person's current residence; null when they live off campus. Batched across people, its
   * room, building, grid and branch joined in and handed to their loaders, so the fields below
   * it (room, building, grid, branch, residencePlaceIds) run no further SQL.
   */
  async current(person: Person): Promise<Residence | null> {
    const residence = await this.ctx.loaders.currentResidence.load(person.id);
    if (!residence) return null;
    const { room: rooms, building: buildings, grid: grids, orgUnit: units } = this.ctx.loaders;
    const room = residence.room.getEntity();
    rooms.prime(room.id, room);
    buildings.prime(room.building.id, room.building.getEntity());
    if (room.grid) {
      const grid = room.grid.getEntity();
      grids.prime(grid.id, grid);
      if (grid.branch) units.prime(grid.branch.id, grid.branch.getEntity());
    }
    return residence;
  }

  /** The grid of the current residence's room: residences, then rooms, then grids, each one query. */
  async gridOf(person: Person): Promise<Grid | null> {
    const residence = await this.current(person);
    if (!residence) return null;
    const room = await this.ctx.loaders.room.load(residence.room.id);
    return room?.grid ? this.ctx.loaders.grid.load(room.grid.id) : null;
  }

  /** The party branch responsible for the person's grid. */
  async branchOf(person: Person): Promise<OrgUnit | null> {
    const grid = await this.gridOf(person);
    return grid?.branch ? this.ctx.loaders.orgUnit.load(grid.branch.id) : null;
  }

  /**
   * Gives a person a bed. The room row is locked (SELECT ... FOR UPDATE) for the whole
   * check-then-insert, so concurrent move-ins to one room run one after another; the partial
   * unique indexes catch whatever gets past the checks anyway (two rooms, one person). A refusal
   * rolls everything back.
   *
   * Refused when the person has a residence still current today or overlapping the new one
   * (moved out after `movedInOn`), when such a residence holds the bed, or when the room is full.
   */
  async moveIn(input: MoveInInput): Promise<Residence> {
    this.assertAdmin();
    const bed = input.bed.trim();
    const { personId, roomId, movedInOn } = input;
    const since = earlier(movedInOn, today());
    await assertPeopleExist(this.ctx, [{ id: personId, field: "input.personId" }]);
    let residence: Residence;
    try {
      residence = await this.ctx.em.transactional(async (em) => {
        const room = await em.getRepository<Room, RoomRepository>(Room).lock(roomId);
        if (!room) throw badUserInput(`room ${roomId} does not exist`, "input.roomId");
        if (room.outOfUseOn !== null)
          throw codedError("CONFLICT", `this room was taken out of use on ${room.outOfUseOn}`, {
            roomId,
          });
        const housed = await residences(em).housed(personId, since);
        if (housed)
          throw codedError("CONFLICT", CONFLICTS.residence_person_open_unique, {
            personId,
            residenceId: housed.id,
          });
        const occupied = await residences(em).occupying(roomId, since);
        if (occupied.some((r) => r.bed === bed))
          throw codedError("CONFLICT", CONFLICTS.residence_room_bed_open_unique, { roomId, bed });
        if (occupied.length >= room.capacity)
          throw codedError("CONFLICT", "this room is full", { roomId, capacity: room.capacity });
        // Beds are numbered 1 to capacity (a name that is not a number is left as it is).
        const number = /^\d{1,3}$/.test(bed) ? Number(bed) : null;
        if (number !== null && (number < 1 || number > room.capacity))
          throw badUserInput(`the room's beds are numbered 1 to ${room.capacity}`, "input.bed");
        return em.create(Residence, { personId, room, bed, movedInOn });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const constraint = (error as { constraint?: string }).constraint ?? "";
        throw codedError(
          "CONFLICT",
          CONFLICTS[constraint] ?? "this residence conflicts with another",
          { personId, roomId, bed },
        );
      }
      throw error;
    }
    this.forget(personId);
    return residence;
  }

  /** Ends a residence; the row stays, with its move-out date, as the record of who lived where. */
  async moveOut(residenceId: string, movedOutOn: string): Promise<Residence> {
    this.assertAdmin();
    assertId(residenceId, "residenceId");
    const residence = await this.ctx.em.transactional(async (em) => {
      const found = await residences(em).lock(residenceId);
      if (!found) throw notFound("residence", residenceId);
      if (found.movedOutOn !== null) {
        throw codedError("CONFLICT", `this residence already ends on ${found.movedOutOn}`, {
          residenceId,
          movedOutOn: found.movedOutOn,
        });
      }
      if (movedOutOn < found.movedInOn)
        throw badUserInput(
          `movedOutOn is before the move-in date ${found.movedInOn}`,
          "movedOutOn",
        );
      found.movedOutOn = movedOutOn;
      return found;
    });
    this.forget(residence.personId);
    return residence;
  }

  /** Drops what this request's loaders remember about residences, so later fields see the change. */
  private forget(personId: string): void {
    const { loaders } = this.ctx;
    loaders.currentResidence.clear(personId);
    loaders.currentResidentIdsByGrid.clearAll();
    VISIBLE_RESIDENCES.delete(loaders);
    loaders.residentCountByGrid.clearAll();
    loaders.bedsInUseByRoom.clearAll();
  }
}
