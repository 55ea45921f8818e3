import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Access } from "@campus/access";
import { isId } from "@campus/subgraph";
import { anyId, groupLoader } from "@campus/subgraph/data";
import { currentOn, today } from "./dates";
import { Residence } from "./residence.entity";

/**
 * Each person's current residence: one query for all the people of a tick. The service and the
 * partial unique index keep it to at most one per person; should data break that, the latest
 * move-in wins rather than an arbitrary row.
 */
function currentResidenceLoader(em: EntityManager): DataLoader<string, Residence | null> {
  return new DataLoader(async (personIds) => {
    const ids = personIds.filter(isId);
    const rows = ids.length
      ? await em.find(
          Residence,
          { $and: [{ personId: { $in: ids } }, currentOn(today())] },
          { orderBy: { movedInOn: "asc", id: "asc" } },
        )
      : [];
    const byPerson = new Map(rows.map((row) => [row.personId, row]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  });
}

export function residenceLoaders(em: EntityManager) {
  return {
    currentResidence: currentResidenceLoader(em),
    /** Each grid's current residences, by room and bed: one query (rooms joined) for all grids of a tick. */
    currentResidencesByGrid: groupLoader(
      em,
      Residence,
      (gridIds) => ({ $and: [{ room: { grid: { $in: gridIds } } }, currentOn(today())] }),
      (residence) => residence.room.getEntity().grid?.id ?? "",
      {
        populate: ["room"],
        orderBy: { room: { floor: "asc", number: "asc" }, bed: "asc", id: "asc" },
      },
    ),
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
