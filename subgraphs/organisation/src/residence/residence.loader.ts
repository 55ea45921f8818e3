import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Access } from "@campus/access";
import { isId } from "@campus/subgraph";
import { anyId, groupLoader, label } from "@campus/subgraph/data";
import { currentOn, today } from "./dates";
import { Residence } from "./residence.entity";
import type { ResidenceRepository } from "./residence.repository";

/**
 * Each person's current residence, with its room, the room's building, grid and the grid's branch
 * joined in: one query for all the people of a tick, where the room, grid, building and branch
 * loaders after it would be four dependent round trips (ResidenceService.current primes those
 * loaders with them). The service and the partial unique index keep it to at most one per person;
 * should data break that, the latest move-in wins rather than an arbitrary row.
 */
function currentResidenceLoader(em: EntityManager): DataLoader<string, Residence | null> {
  return new DataLoader(async (personIds) => {
    const ids = personIds.filter(isId);
    const rows = ids.length
      ? await em.find(
          Residence,
          { $and: [{ personId: { $in: ids } }, currentOn(today())] },
          {
            populate: ["room.building", "room.grid.branch"],
            strategy: "joined",
            orderBy: { movedInOn: "asc", id: "asc" },
            comments: label("organisation.currentResidenceWithPlace"),
          },
        )
      : [];
    const byPerson = new Map(rows.map((row) => [row.personId, row]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  });
}

export function residenceLoaders(em: EntityManager) {
  return {
    currentResidence: currentResidenceLoader(em),
    /**
     * The people living now in each grid, by room and bed: one statement (rooms joined) for all
     * grids of a tick, plain rows, so a grid of 500 costs what a grid of 50 does in statements.
     */
    currentResidentIdsByGrid: new DataLoader<string, string[]>(async (gridIds) => {
      const ids = gridIds.filter(isId);
      const rows = ids.length
        ? await em
            .getRepository<Residence, ResidenceRepository>(Residence)
            .residentIdsByGrid(ids, today())
        : [];
      const byGrid = new Map<string, string[]>(gridIds.map((id) => [id, []]));
      for (const row of rows) byGrid.get(row.grid_id)?.push(row.person_id);
      return gridIds.map((id) => byGrid.get(id) ?? []);
    }),
    /** Each building's current residences, by floor, room and bed: one query for all buildings of a tick. */
    currentResidencesByBuilding: groupLoader(
      em,
      Residence,
      (buildingIds) => ({
        $and: [{ room: { building: { $in: buildingIds } } }, currentOn(today())],
      }),
      (residence) => residence.room.getEntity().building.id,
      {
        populate: ["room"],
        orderBy: { room: { floor: "asc", number: "asc" }, bed: "asc", id: "asc" },
      },
    ),
  };
}

/** Where a list of residents comes from: the rooms of a grid, or one room. */
export type ResidentsOf = "grid" | "room";

/**
 * The current residences of each grid or room whose person the caller may know the residence of
 * (RESIDENCE: their own, or a duty in the residences): one query per tick for all grids or rooms,
 * filtered in SQL, so a list never carries a row the caller may not see. Made per request, because
 * the filter is the caller's.
 */
export function visibleResidencesLoader(
  em: EntityManager,
  access: Access,
  of: ResidentsOf,
): DataLoader<string, Residence[]> {
  const visible = access.students("RESIDENCE");
  const whose = visible === "all" ? {} : { personId: anyId(visible) };
  return new DataLoader(async (keys) => {
    const groups = new Map<string, Residence[]>(keys.map((key) => [key, []]));
    if (visible !== "all" && visible.length === 0) return keys.map(() => []);
    const place =
      of === "grid" ? { room: { grid: { $in: [...keys] } } } : { room: { $in: [...keys] } };
    const rows = await em.find(
      Residence,
      { $and: [place, whose, currentOn(today())] },
      {
        populate: ["room"],
        orderBy: { room: { floor: "asc", number: "asc" }, bed: "asc", id: "asc" },
      },
    );
    for (const row of rows)
      groups.get(of === "grid" ? (row.room.getEntity().grid?.id ?? "") : row.room.id)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
