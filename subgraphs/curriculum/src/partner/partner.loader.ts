import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { isId } from "@campus/subgraph";
import { PartnerContact, PartnerOrganisation } from "./partner.entity";

export function partnerLoaders(em: EntityManager) {
  return {
    partner: entityLoader(em, PartnerOrganisation),
    /** The partners each person acts for (their contact rows). */
    partnerContactsByPerson: groupLoader(
      em,
      PartnerContact,
      (personIds) => ({ personId: { $in: personIds.filter(isId) } }),
      (contact) => contact.personId,
      {},
      "byPerson",
    ),
    /** Each partner's contacts, in the order they were added. */
    partnerContactsByPartner: groupLoader(
      em,
      PartnerContact,
      (partnerIds) => ({ partner: { $in: partnerIds.filter(isId) } }),
      (contact) => contact.partner.id,
      { orderBy: { createdAt: "asc", id: "asc" } },
      "byPartner",
    ),
  };
}
