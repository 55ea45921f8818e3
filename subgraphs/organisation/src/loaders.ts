import type { EntityManager } from "@mikro-orm/postgresql";
import { buildingLoaders } from "./building/building.loader";
import { campusLoaders } from "./campus/campus.loader";
import { governanceLoaders } from "./governance/governance.loader";
import { gridLoaders } from "./grid/grid.loader";
import { orgUnitLoaders } from "./org-unit/org-unit.loader";
import { pairingLoaders } from "./pairing/pairing.loader";
import { partyworkLoaders } from "./partywork/partywork.loader";
import { residenceLoaders } from "./residence/residence.loader";
import { roomLoaders } from "./room/room.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return {
    ...orgUnitLoaders(em),
    ...campusLoaders(em),
    ...buildingLoaders(em),
    ...gridLoaders(em),
    ...roomLoaders(em),
    ...residenceLoaders(em),
    ...partyworkLoaders(em),
    ...governanceLoaders(em),
    ...pairingLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
