import { Directive, UseMiddleware, type MiddlewareFn } from "type-graphql";
import { forbidden } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { Visit } from "./visit.entity";

/**
 * Marks a visit's notes as sensitive under CARE, like `@Sensitive`: `@sensitive` in the schema (so
 * the authorisation matrix finds it) and a guard at run time. Served to a caller who holds CARE for
 * the student (the duty that follows their difficulties, or the student themselves), and to the
 * member of staff who wrote them (the record is theirs; a mentor or office cadre holds no CARE). A
 * visit to a room with no student named is readable by its author and administrators only. Every
 * value served about a student goes on the audit trail with its purpose.
 */
export function VisitNotes(): PropertyDecorator & MethodDecorator {
  const directive = Directive(`@sensitive(level: "SENSITIVE", purposes: ["CARE"])`);
  const guard: MiddlewareFn<RequestContext<Loaders>> = async ({ root, context, info }, next) => {
    const visit = root as Visit;
    const field = `${info.parentType.name}.${info.fieldName}`;
    const author = context.caller.personId !== null && context.caller.personId === visit.byPersonId;
    const grant = visit.studentId ? context.access.grant(visit.studentId, ["CARE"]) : null;
    const admin = !visit.studentId && context.access.hasRole("admin");
    if (!grant && !author && !admin)
      throw forbidden(
        `${field} needs CARE for this student (or to be the visit's author), and the caller holds none`,
        { field, purposes: ["CARE"] },
      );
    const value: unknown = await next();
    if (value !== null && value !== undefined && visit.studentId)
      context.audit.record({ subjectId: visit.studentId, field, purpose: "CARE" });
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
