import type { Access } from "@campus/access";
import { forbidden } from "@campus/subgraph";

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
