import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupConnectionLoader } from "@campus/subgraph/data";
import { Pairing, PairingActivity, PairingUnit } from "./pairing.entity";
import { PairingRepository, type TermCountRow } from "./pairing.repository";

/** Pairings, a unit's page of them, a pairing's page of activities and its counts per term: one statement each per tick. */
export function pairingLoaders(em: EntityManager) {
  const repository = new PairingRepository(em);
  return {
    pairing: entityLoader(em, Pairing),
    /** A unit's pairings (on either side), latest recorded first, with their total. */
    pairingPagesByUnit: groupConnectionLoader(em, PairingUnit, "unit", "createdAt", "desc"),
    /** A pairing's activities, latest held first, with their total. */
    activityPagesByPairing: groupConnectionLoader(em, PairingActivity, "pairing", "heldOn", "desc"),
    termCountsByPairing: new DataLoader<string, TermCountRow[]>(async (ids) => {
      const rows = await repository.termCounts(ids);
      const groups = new Map<string, TermCountRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get(row.pairing_id)?.push(row);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}
