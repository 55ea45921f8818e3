import { isId, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { Person } from "./person.entity";

/**
 * A Person from its representation. When the gateway's plan brings fields other subgraphs lend
 * (`residencePlaceIds`, for `responsibleStaff`), they ride on a view of the loaded person, so the
 * entity shared by the request's identity map is never changed.
 */
export async function personReference(reference: { id: string } & Record<string, unknown>, ctx: RequestContext<Loaders>): Promise<Person | null> {
  const person = await ctx.loaders.person.load(reference.id);
  if (!person || !Array.isArray(reference.residencePlaceIds)) return person;
  const residencePlaceIds = reference.residencePlaceIds.filter((id): id is string => typeof id === "string" && isId(id));
  return Object.assign(Object.create(person) as Person, { residencePlaceIds });
}
