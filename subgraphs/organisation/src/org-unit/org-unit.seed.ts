import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset, OrgUnitSeed } from "@campus/demo-data";
import { OrgUnitChange } from "./org-unit-change.entity";
import { OrgUnit } from "./org-unit.entity";
import { OrgUnitChangeKind, OrgUnitKind } from "./org-unit.enums";

/** Parents before children, whatever order the dataset lists them in; refuses a cycle. */
function parentsFirst(rows: OrgUnitSeed[]): OrgUnitSeed[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const done = new Set<string>();
  const ordered: OrgUnitSeed[] = [];
  const visit = (row: OrgUnitSeed, path: Set<string>) => {
    if (done.has(row.id)) return;
    if (path.has(row.id)) throw new Error(`seed: org unit ${row.id} is its own ancestor`);
    path.add(row.id);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) visit(parent, path);
    done.add(row.id);
    ordered.push(row);
  };
  for (const row of rows) visit(row, new Set());
  return ordered;
}

export async function seedOrgUnits(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of parentsFirst(data.orgUnits)) {
    const parent = row.parentId ? em.getReference(OrgUnit, row.parentId) : null;
    const unit = em.create(OrgUnit, {
      id: row.id,
      name: row.name,
      kind: row.kind as OrgUnitKind,
      parent,
      college: row.collegeId ? em.getReference(OrgUnit, row.collegeId) : null,
    });
    // The dataset's units have stood since before the demo's dates: their history starts there.
    em.create(OrgUnitChange, {
      unit,
      change: OrgUnitChangeKind.CREATED,
      name: row.name,
      parent,
      changedOn: "2020-09-01",
    });
  }
}
