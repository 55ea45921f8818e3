import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { groupLoader, isId } from "@campus/subgraph";
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
      ? await em.find(Residence, { $and: [{ personId: { $in: ids } }, currentOn(today())] }, { orderBy: { movedInOn: "asc", id: "asc" } })
      : [];
    const byPerson = new Map(rows.map((row) => [row.personId, row]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  });
}

export function residenceLoaders(em: EntityManager) {
  return {
    currentResidence: currentResidenceLoader(em),
    /** Each room's current residences by bed: one query for all the rooms of a tick. */
    currentResidencesByRoom: groupLoader(
      em,
      Residence,
      (roomIds) => ({ $and: [{ room: { $in: roomIds } }, currentOn(today())] }),
      (residence) => residence.room.id,
      { orderBy: { bed: "asc", id: "asc" } },
    ),
    /** Each grid's current residences, by room and bed: one query (rooms joined) for all grids of a tick. */
    currentResidencesByGrid: groupLoader(
      em,
      Residence,
      (gridIds) => ({ $and: [{ room: { grid: { $in: gridIds } } }, currentOn(today())] }),
      (residence) => residence.room.getEntity().grid?.id ?? "",
      { populate: ["room"], orderBy: { room: { floor: "asc", number: "asc" }, bed: "asc", id: "asc" } },
    ),
  };
}
