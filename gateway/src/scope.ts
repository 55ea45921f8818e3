import {
  CAMPUS_WIDE_ROLES,
  encodeScope,
  type AccessScope,
  type EncodedScope,
  type Purpose,
} from "@campus/access";
import { isRole, type Caller, type Role } from "@campus/auth";
import type { Logger } from "@campus/log";
import type { InternalClient } from "./internal";
import { aliasedBatch } from "./operations/batch";
import { CareScope } from "./operations/evaluation";
import { ResidentsOf } from "./operations/organisation";
import { StaffScope } from "./operations/people";

/** A caller with the roles their assignments give them, and the scope those roles cover. */
export interface ResolvedScope {
  caller: Caller;
  scope: AccessScope;
  encoded: EncodedScope;
  /** False when an owning subgraph did not answer: the scope may be smaller than it should be. */
  complete: boolean;
}

export interface ScopeResolverOptions {
  internal: InternalClient;
  /** How long a resolved scope is reused for the same caller; assignment changes take effect within it. */
  ttlMs: number;
  log: Logger;
}

/**
 * Resolves, once per request (and reused for `ttlMs`), which students each of a caller's roles
 * covers, from the subgraphs that own the facts: people (staff assignments, classes, units),
 * organisation (who lives in which grid, building and branch) and evaluation (cases, referrals).
 * No subgraph reads another's tables; the gateway asks each owner through internal fields.
 */
export class ScopeResolver {
  private readonly cache = new Map<string, { value: Promise<ResolvedScope>; expires: number }>();
  private readonly blobs = new Map<string, { blob: string; expires: number }>();

  constructor(private readonly options: ScopeResolverOptions) {}

  /** The blob for a digest this gateway produced recently (to resend when a subgraph lost it). */
  blob(digest: string): string | undefined {
    const entry = this.blobs.get(digest);
    return entry && entry.expires > Date.now() ? entry.blob : undefined;
  }

  /** A service client's scope: every student, for the purposes it was registered for. */
  forClient(caller: Caller, purposes: readonly Purpose[]): ResolvedScope {
    return this.remember({
      caller,
      scope: { students: { service: "all" }, clientPurposes: purposes },
      complete: true,
    });
  }

  resolve(caller: Caller, requestId: string): Promise<ResolvedScope> {
    const key = `${caller.subject}\u0000${caller.personId ?? ""}\u0000${[...caller.roles].sort().join(",")}`;
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.expires > now) return cached.value;
    const value = this.compute(caller, requestId).then((resolved) => {
      // A partial scope is used for this request only; the next request asks again.
      if (!resolved.complete) this.cache.delete(key);
      return resolved;
    });
    this.cache.set(key, { value, expires: now + this.options.ttlMs });
    if (this.cache.size > 10_000) this.prune(now);
    return value;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.cache) if (entry.expires <= now) this.cache.delete(key);
    for (const [digest, entry] of this.blobs) if (entry.expires <= now) this.blobs.delete(digest);
  }

  private remember(resolved: Omit<ResolvedScope, "encoded">): ResolvedScope {
    const encoded = encodeScope(resolved.scope);
    // Kept longer than the scope itself, so a subgraph that restarts mid-way can be sent it again.
    this.blobs.set(encoded.digest, {
      blob: encoded.blob,
      expires: Date.now() + 4 * this.options.ttlMs + 60_000,
    });
    return { ...resolved, encoded };
  }

  private async compute(caller: Caller, requestId: string): Promise<ResolvedScope> {
    const { internal, log } = this.options;
    const students: Partial<Record<Role, "all" | Set<string>>> = {};
    const roles = new Set<Role>(caller.roles);
    let complete = true;
    const add = (role: Role, ids: Iterable<string>) => {
      roles.add(role);
      const set = students[role];
      if (set === "all") return;
      const target = set ?? new Set<string>();
      for (const id of ids) target.add(id);
      students[role] = target;
    };
    const failed = (what: string) => (error: unknown) => {
      complete = false;
      log.warn("scope resolution incomplete", {
        what,
        error: (error as Error).message,
        caller: caller.subject,
      });
      return null;
    };

    if (caller.personId) {
      const [staff, care] = await Promise.all([
        internal
          .query("people", StaffScope, { personId: caller.personId }, requestId)
          .catch(failed("staff assignments")),
        internal
          .query("evaluation", CareScope, { personId: caller.personId }, requestId)
          .catch(failed("cases and referrals")),
      ]);
      const coverage = (staff?.staffScope ?? []).filter((c) => isRole(c.role));
      for (const c of coverage) add(c.role as Role, c.studentIds);
      for (const c of care?.careScope ?? []) if (isRole(c.role)) add(c.role, c.studentIds);
      // One request to organisation for every role's grids, buildings and branches, by alias.
      const places = coverage.filter(
        (c) => c.gridIds.length + c.buildingIds.length + c.branchIds.length > 0,
      );
      if (places.length) {
        const batch = aliasedBatch(
          ResidentsOf,
          places.map(({ gridIds, buildingIds, branchIds }) => ({
            gridIds,
            buildingIds,
            branchIds,
          })),
        );
        const residents = await internal
          .query("organisation", batch.document, batch.variables, requestId)
          .catch(failed("residents"));
        if (residents)
          batch
            .results(residents)
            .forEach((r, i) => add(places[i].role as Role, r.residentsOf ?? []));
      }
    }
    for (const role of roles) if (CAMPUS_WIDE_ROLES.includes(role)) students[role] = "all";
    const scope: AccessScope = {
      students: Object.fromEntries(
        Object.entries(students).map(([role, ids]) => [role, ids === "all" ? "all" : [...ids]]),
      ),
    };
    return this.remember({ caller: { ...caller, roles: [...roles] }, scope, complete });
  }
}
