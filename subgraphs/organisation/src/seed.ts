import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { seedBuildings } from "./building/building.seed";
import { Campus } from "./campus/campus.entity";
import { seedCampuses } from "./campus/campus.seed";
import { seedGrids } from "./grid/grid.seed";
import { OrgUnit } from "./org-unit/org-unit.entity";
import { seedOrgUnits } from "./org-unit/org-unit.seed";
import { seedOrgUnitAdministration } from "./org-unit/org-unit-admin.seed";
import { seedGovernance } from "./governance/governance.seed";
import { seedPairings } from "./pairing/pairing.seed";
import { seedPartywork } from "./partywork/partywork.seed";
import { seedResidences } from "./residence/residence.seed";
import { seedRooms } from "./room/room.seed";

/** Loads this subgraph's slice of a dataset; returns false when it already holds data. */
export async function seed(
  em: EntityManager,
  data: Dataset,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<boolean> {
  if (options.onlyIfEmpty && ((await em.count(OrgUnit)) > 0 || (await em.count(Campus)) > 0))
    return false;
  // Dependency order: units, campuses, buildings, grids, rooms, residences, then party work.
  await seedOrgUnits(em, data);
  await seedCampuses(em, data);
  await seedBuildings(em, data);
  await seedGrids(em, data);
  await seedRooms(em, data);
  await seedResidences(em, data);
  await em.flush();
  seedPartywork(em, data);
  await em.flush();
  await seedOrgUnitAdministration(em, data);
  seedGovernance(em, data);
  await em.flush();
  await seedPairings(em, data);
  return true;
}
