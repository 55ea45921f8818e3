import { AuthenticationError, ROLES, type Caller, type Role } from "@campus/auth";
import type { Logger } from "@campus/log";
import type { InternalClient } from "./internal";
import { PersonFacts as PERSON } from "./operations/people";

/**
 * Roles the identity provider is trusted to assert by default: the platform holds no fact that
 * could grant them. Every other role comes from the platform's own data (see SECURITY.md, Sign-in).
 */
export const DEFAULT_TRUSTED_ROLES: readonly Role[] = ["admin", "auditor", "developer"];

/** Roles a user token may be trusted for: `service` belongs to client credentials only. */
export const USER_ROLES: readonly Role[] = ROLES.filter((r) => r !== "service");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the people subgraph knows about the person a token names; null when it names nobody. */
type PersonFacts = { kind: string } | null;

export interface IdentityResolverOptions {
  internal: InternalClient;
  /** Token roles taken as the identity provider asserts them; the others are ignored. */
  trustedRoles: readonly Role[];
  /** How long what people said about a person is reused (the scope's TTL): a deletion takes effect within it. */
  ttlMs: number;
  log: Logger;
}

/**
 * Turns a verified token into the caller the platform serves: the person it names must exist, the
 * `student` role is the platform's fact, and a claimed role counts only when the identity provider
 * is trusted for it. Staff roles are added from assignments by the scope resolution.
 */
export class IdentityResolver {
  private readonly people = new Map<string, { facts: Promise<PersonFacts>; expires: number }>();
  private readonly trusted: ReadonlySet<Role>;

  constructor(private readonly options: IdentityResolverOptions) {
    this.trusted = new Set(options.trustedRoles);
  }

  async resolve(claimed: Caller, requestId: string): Promise<Caller> {
    const roles = new Set(claimed.roles.filter((r) => this.trusted.has(r)));
    if (claimed.personId) {
      const facts = await this.person(claimed.personId, requestId);
      if (facts === null)
        throw new AuthenticationError("this token names a person the platform does not know");
      if (facts === undefined) roles.delete("student");
      else if (facts.kind === "STUDENT") roles.add("student");
      else roles.delete("student");
    }
    return { ...claimed, roles: [...roles] };
  }

  /** The person's facts, null for nobody; undefined when people did not answer (not cached: less access this once). */
  private async person(personId: string, requestId: string): Promise<PersonFacts | undefined> {
    if (!UUID.test(personId)) return null;
    const now = Date.now();
    const cached = this.people.get(personId);
    if (cached && cached.expires > now) return cached.facts.catch(() => undefined);
    const facts = this.options.internal
      .query("people", PERSON, { id: personId }, requestId)
      .then((data) => (data.person ? { kind: data.person.kind } : null));
    facts.catch((error: Error) => {
      this.people.delete(personId);
      this.options.log.warn("identity not checked: people did not answer", {
        error: error.message,
        personId,
      });
    });
    this.people.set(personId, { facts, expires: now + this.options.ttlMs });
    if (this.people.size > 50_000)
      for (const [id, entry] of this.people) if (entry.expires <= now) this.people.delete(id);
    return facts.catch(() => undefined);
  }
}

/** Parses AUTH_TRUSTED_ROLES: a comma-separated list of user roles; empty trusts none. */
export function parseTrustedRoles(text: string | undefined, problems: string[]): Role[] {
  if (text === undefined) return [...DEFAULT_TRUSTED_ROLES];
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(USER_ROLES as readonly string[]).includes(n));
  if (unknown.length)
    problems.push(
      `AUTH_TRUSTED_ROLES names roles a user token cannot hold: ${unknown.join(", ")} (allowed: ${USER_ROLES.join(", ")})`,
    );
  return names.filter((n): n is Role => (USER_ROLES as readonly string[]).includes(n));
}
