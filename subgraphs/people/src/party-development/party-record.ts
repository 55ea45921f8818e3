import { Directive, UseMiddleware, type MiddlewareFn } from "type-graphql";
import { forbidden } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";

/**
 * Marks a party-development field (党员发展) as sensitive under PARTY, like `@Sensitive`: in the
 * schema (`@sensitive`, so the authorisation matrix finds it) and at run time. It is served to a
 * caller who holds PARTY for the student (the student themselves, the secretary of their branch, an
 * organiser), and also to the student's cultivation contacts and introducers, whose duty is the
 * sponsorship itself (a fact of this subgraph, not a role the gateway resolves). Every value served
 * goes on the audit trail with purpose PARTY.
 */
export function PartyRecord<T>(
  subject: (root: T) => string | null,
): PropertyDecorator & MethodDecorator {
  const directive = Directive(`@sensitive(level: "SENSITIVE", purposes: ["PARTY"])`);
  const guard: MiddlewareFn<RequestContext<Loaders>> = async ({ root, context, info }, next) => {
    const subjectId = subject(root as T);
    if (!subjectId) return next() as Promise<unknown>;
    const field = `${info.parentType.name}.${info.fieldName}`;
    if (!context.access.grant(subjectId, ["PARTY"]) && !(await sponsors(context, subjectId))) {
      throw forbidden(
        `${field} needs PARTY for this student (their branch's secretary, an organiser, or their contact or introducer), and the caller holds none`,
        { field, purposes: ["PARTY"] },
      );
    }
    const value: unknown = await next();
    if (value !== null && value !== undefined)
      context.audit.record({ subjectId, field, purpose: "PARTY" });
    return value;
  };
  const middleware = UseMiddleware(guard);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) {
      directive(target, key, descriptor);
      middleware(target, key, descriptor);
    } else {
      directive(target, key);
      middleware(target, key);
    }
  };
}

/** Whether the caller is a cultivation contact or introducer of the student (batched per request). */
export async function sponsors(ctx: RequestContext<Loaders>, studentId: string): Promise<boolean> {
  const me = ctx.caller.personId;
  if (!me || me === studentId) return false;
  const development = await ctx.loaders.partyDevelopmentByPerson.load(studentId);
  if (!development) return false;
  const rows = await ctx.loaders.partySponsorsByDevelopment.load(development.id);
  return rows.some((row) => row.personId === me);
}
