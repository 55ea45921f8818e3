import { isId, notFound, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { Person } from "./person.entity";

/**
 * A Person from its representation. When the gateway's plan brings fields other subgraphs lend
 * (`residencePlaceIds`, for `responsibleStaff`), they ride on a view of the loaded person, so the
 * entity shared by the request's identity map is never changed. An id nobody answers to (a
 * dangling reference elsewhere) is an error on that one entity's path, not a null the gateway
 * would silently fold into its parent.
 */
export async function personReference(
  reference: { id: string } & Record<string, unknown>,
  ctx: RequestContext<Loaders>,
): Promise<Person> {
  const person = await ctx.loaders.person.load(reference.id);
  if (!person) throw notFound("person", reference.id);
  if (!Array.isArray(reference.residencePlaceIds)) return person;
  const residencePlaceIds = reference.residencePlaceIds.filter(
    (id): id is string => typeof id === "string" && isId(id),
  );
  return Object.assign(Object.create(person) as Person, { residencePlaceIds });
}
