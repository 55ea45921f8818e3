import { raw } from "@mikro-orm/core";
import type { Access } from "@campus/access";
import { forbidden } from "@campus/subgraph";
import { uuidArray } from "@campus/subgraph/data";

/**
 * A filter value for a uuid column: "is one of these students". The ids travel as one uuid[]
 * parameter, not one parameter each as `$in` would: a university-wide scope of 40,000 students
 * stays one statement, well inside PostgreSQL's 65,535 bound parameters.
 */
export function anyStudent(ids: readonly string[]) {
  // Scope ids are uuids already (the scope decoder checks); the filter keeps the literal safe regardless.
  return raw("any(?::uuid[])", [uuidArray(ids)]);
}

/**
 * Refuses acting on one's own record (opening one's own case, advancing one's own warning), even
 * for a member of staff whose scope happens to include themselves: see SECURITY.md, "Self".
 */
export function refuseSelf(access: Access, studentId: string, action: string): void {
  if (access.caller.personId !== null && access.caller.personId === studentId) {
    throw forbidden(`${action}: nobody may act on their own record`);
  }
}

/** The person a workflow step is recorded against; FORBIDDEN for callers who are not a person. */
export function actingPerson(access: Access, action: string): string {
  const personId = access.caller.personId;
  if (!personId) throw forbidden(`${action} records who did it, and this caller is not a person`);
  return personId;
}
