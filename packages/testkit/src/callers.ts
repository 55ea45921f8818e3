import type { Caller, Role } from "@campus/auth";

/** Callers for tests: name who is asking, and nothing else. */
export function callerFor(
  roles: Role[],
  personId: string | null = null,
  name = roles.join("+"),
): Caller {
  return { subject: `test:${name}:${personId ?? "none"}`, personId, name, roles };
}

export const callers = {
  admin: () => callerFor(["admin"], null, "admin"),
  counselor: (personId: string) => callerFor(["counselor"], personId, "counselor"),
  student: (personId: string) => callerFor(["student"], personId, "student"),
};
