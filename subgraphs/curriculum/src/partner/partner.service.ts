import { UniqueConstraintViolationException } from "@mikro-orm/core";
import {
  assertPeopleExist,
  codedError,
  forbidden,
  notFound,
  cleanText,
  type RequestContext,
} from "@campus/subgraph";
import { paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { organises } from "../climb/organisers";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.reference";
import { PartnerContact, PartnerOrganisation } from "./partner.entity";
import type { CreatePartnerOrganisationInput } from "./partner.input";

/** The ids of the partner organisations the caller acts for (none for a caller who is no person). */
export async function partnersOfCaller(ctx: RequestContext<Loaders>): Promise<Set<string>> {
  const me = ctx.caller.personId;
  if (!me) return new Set();
  const contacts = await ctx.loaders.partnerContactsByPerson.load(me);
  return new Set(contacts.map((c) => c.partner.id));
}

/**
 * Partner organisations (合作单位): administrators register them with the people who act for
 * them; their names and kinds are public to every signed-in caller (the board names them), their
 * contacts only to administrators and the contacts themselves.
 */
export class PartnerService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async create(input: CreatePartnerOrganisationInput): Promise<PartnerOrganisation> {
    if (!organises(this.ctx))
      throw forbidden("only an organiser (administrator) registers a partner organisation");
    const contactIds = [...new Set(input.contactIds)];
    await assertPeopleExist(
      this.ctx,
      contactIds.map((id, i) => ({ id, field: `input.contactIds.${i}` })),
    );
    try {
      return await this.ctx.em.transactional(async (em) => {
        const partner = em.create(PartnerOrganisation, {
          name: input.name.trim(),
          kind: input.kind,
          description: cleanText(input.description) ?? "",
          createdById: this.ctx.caller.personId,
        });
        for (const personId of contactIds) em.create(PartnerContact, { partner, personId });
        await em.flush();
        return partner;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "a partner organisation of this name exists", {
          field: "input.name",
        });
      throw error;
    }
  }

  list(args: PageArgs): Promise<Connection<PartnerOrganisation>> {
    return paginate(this.ctx.em, PartnerOrganisation, {}, args, "name");
  }

  async byId(id: string): Promise<PartnerOrganisation> {
    const partner = await this.ctx.loaders.partner.load(id);
    if (!partner) throw notFound("partner organisation", id);
    return partner;
  }

  /** The people who act for the partner: for administrators and those people themselves. */
  async contacts(partner: PartnerOrganisation): Promise<Person[]> {
    if (!organises(this.ctx) && !(await partnersOfCaller(this.ctx)).has(partner.id))
      throw forbidden("only administrators and the partner's own contacts see its contacts");
    const rows = await this.ctx.loaders.partnerContactsByPartner.load(partner.id);
    return rows.map((row) => ({ id: row.personId }));
  }

  /** The partner organisations the caller acts for, by name. */
  async mine(): Promise<PartnerOrganisation[]> {
    const ids = [...(await partnersOfCaller(this.ctx))];
    const rows = await Promise.all(ids.map((id) => this.ctx.loaders.partner.load(id)));
    return rows
      .filter((row): row is PartnerOrganisation => row !== null)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
