import { forbidden } from "@campus/contract";
import { Directive, UseMiddleware, type MiddlewareFn } from "type-graphql";
import type { Access, PurposeOptions } from "./access";
import type { AuditTrail } from "./audit";
import type { Purpose, Sensitivity } from "./policy";

/** What the access decorators need from a subgraph's request context. */
export interface AccessContext {
  access: Access;
  audit: AuditTrail;
  /** The gateway calling for itself, not on behalf of a caller. */
  system: boolean;
}

/** The spec every subgraph links, so `@sensitive` is composed into the supergraph. */
export const ACCESS_SPEC_URL = "https://campus-graph.dev/access/v1.0";
export const ACCESS_LINK = `extend schema @link(url: "${ACCESS_SPEC_URL}", import: ["@sensitive"]) @composeDirective(name: "@sensitive")`;
export const SENSITIVE_DIRECTIVE_SDL = `directive @sensitive(level: String!, purposes: [String!]!) on FIELD_DEFINITION`;

// One forbidden() for the platform (@campus/contract); re-exported for the access decorators' users.
export { forbidden };

export interface SensitiveOptions<T> {
  level: Sensitivity;
  /** Purposes any one of which justifies reading the field. */
  purposes: Purpose[];
  /** The student the value is about; null when the row is about no student (then it is not personal). */
  subject(root: T): string | null;
}

/**
 * Marks a field as sensitive, in the schema (`@sensitive`, composed into the supergraph, where the
 * authorisation-matrix test finds it) and at run time: the value is served only when the caller
 * holds one of the purposes for that student, and every value served is put on the audit trail.
 * A denied field resolves to null with FORBIDDEN on its path; the rest of the answer still comes.
 * It applies on every path to the field (root queries, nested fields, `_entities`), because it
 * wraps the field's own resolver.
 */
export function Sensitive<T>(options: SensitiveOptions<T>): PropertyDecorator & MethodDecorator {
  const purposes = options.purposes.map((p) => `"${p}"`).join(", ");
  const directive = Directive(`@sensitive(level: "${options.level}", purposes: [${purposes}])`);
  const guard: MiddlewareFn<AccessContext> = async ({ root, context, info }, next) => {
    const subjectId = options.subject(root as T);
    if (!subjectId) return next() as Promise<unknown>;
    const field = `${info.parentType.name}.${info.fieldName}`;
    const grant = context.access.grant(subjectId, options.purposes);
    if (!grant) {
      throw forbidden(
        `${field} needs one of ${options.purposes.join(", ")} for this student, and the caller holds none`,
        {
          field,
          purposes: options.purposes,
        },
      );
    }
    const value: unknown = await next();
    if (value !== null && value !== undefined)
      context.audit.record({ subjectId, field, purpose: grant.purpose });
    return value;
  };
  const middleware = UseMiddleware(guard);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    // On a property (an entity's column) there is no descriptor; on a resolver method there is.
    if (descriptor) {
      directive(target, key, descriptor);
      middleware(target, key, descriptor);
    } else {
      directive(target, key);
      middleware(target, key);
    }
  };
}

/**
 * A field only the gateway itself may call (scope resolution, audit intake, client registry):
 * `@inaccessible` keeps it out of the public API, and the guard refuses any caller but the gateway.
 */
export function Internal(): MethodDecorator {
  const directive = Directive("@inaccessible");
  const middleware = UseMiddleware((async ({ context, info }, next) => {
    if (!context.system)
      throw forbidden(`${info.parentType.name}.${info.fieldName} is internal to the platform`);
    return next() as Promise<unknown>;
  }) as MiddlewareFn<AccessContext>);
  return (target, key, descriptor) => {
    directive(target, key, descriptor);
    middleware(target, key, descriptor);
  };
}

/** Throws FORBIDDEN unless the caller holds `purpose` for the student as staff (not merely as themselves). */
export function requireStaffPurpose(
  access: Access,
  studentId: string,
  purposes: Purpose[],
  action: string,
  options: PurposeOptions = { includeSelf: false },
) {
  const grant = access.grant(studentId, purposes, options);
  if (!grant)
    throw forbidden(
      `${action} needs ${purposes.join(" or ")} for this student, and the caller holds none`,
      { purposes },
    );
  return grant;
}
