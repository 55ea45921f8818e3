import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { PartnerContact, PartnerOrganisation } from "./partner.entity";
import type { PartnerKind } from "./partner.enums";

export function seedPartners(em: EntityManager, data: Dataset): void {
  for (const row of data.partners ?? []) {
    const partner = em.create(PartnerOrganisation, {
      id: row.id,
      name: row.name,
      kind: row.kind as PartnerKind,
      description: row.description,
    });
    for (const personId of row.contactIds) em.create(PartnerContact, { partner, personId });
  }
}
