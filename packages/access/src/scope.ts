import { createHash } from "node:crypto";
import { isRole, type Role } from "@campus/auth";
import { isPurpose, type Purpose } from "./policy";

/**
 * The students each of a caller's roles covers, resolved once per request by the gateway from the
 * subgraphs that own the relationships (staff assignments, residences, cases, referrals).
 */
export interface AccessScope {
  /** Per role: "all", or the ids of the students it covers. Roles the caller lacks are absent. */
  students: Partial<Record<Role, "all" | readonly string[]>>;
  /** Purposes a service client was registered for; absent for people. */
  clientPurposes?: readonly Purpose[];
}

export const EMPTY_SCOPE: AccessScope = { students: {} };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 16 bytes per student instead of 38 characters of JSON: a college's 8,000 students are 171 kB. */
function packIds(ids: readonly string[]): string {
  const sorted = [...new Set(ids.map((id) => id.toLowerCase()))].sort();
  const buffer = Buffer.alloc(sorted.length * 16);
  sorted.forEach((id, i) => {
    if (!UUID.test(id)) throw new Error(`not a uuid in an access scope: ${id}`);
    buffer.write(id.replaceAll("-", ""), i * 16, "hex");
  });
  return buffer.toString("base64url");
}

function unpackIds(packed: string): string[] {
  const buffer = Buffer.from(packed, "base64url");
  if (buffer.length % 16 !== 0) throw new Error("malformed access scope");
  const ids: string[] = [];
  for (let offset = 0; offset < buffer.length; offset += 16) {
    const hex = buffer.toString("hex", offset, offset + 16);
    ids.push(
      `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    );
  }
  return ids;
}

export interface EncodedScope {
  /** What travels in the request body: canonical, so one scope always has one digest. */
  blob: string;
  /** sha256 of the blob, base64url; signed into the internal credential. */
  digest: string;
  /** Students listed (campus-wide roles count 0). */
  size: number;
}

export function scopeDigest(blob: string): string {
  return createHash("sha256").update(blob).digest("base64url");
}

export function encodeScope(scope: AccessScope): EncodedScope {
  const students: Record<string, string> = {};
  let size = 0;
  for (const role of Object.keys(scope.students).sort() as Role[]) {
    const covered = scope.students[role];
    if (covered === undefined) continue;
    if (covered === "all") students[role] = "*";
    else {
      students[role] = packIds(covered);
      size += covered.length;
    }
  }
  const blob = JSON.stringify({
    s: students,
    c: scope.clientPurposes ? [...scope.clientPurposes].sort() : null,
  });
  return { blob, digest: scopeDigest(blob), size };
}

export function decodeScope(blob: string): AccessScope {
  const parsed = JSON.parse(blob) as { s?: Record<string, string>; c?: string[] | null };
  if (!parsed || typeof parsed.s !== "object") throw new Error("malformed access scope");
  const students: AccessScope["students"] = {};
  for (const [role, packed] of Object.entries(parsed.s)) {
    if (!isRole(role) || typeof packed !== "string")
      throw new Error(`malformed access scope entry: ${role}`);
    students[role] = packed === "*" ? "all" : unpackIds(packed);
  }
  const scope: AccessScope = { students };
  if (Array.isArray(parsed.c)) return { ...scope, clientPurposes: parsed.c.filter(isPurpose) };
  return scope;
}

/** Request-body extension that carries a scope blob from the gateway to a subgraph. */
export const SCOPE_EXTENSION = "campusScope";
/** Error code a subgraph answers (HTTP 409) when it holds no scope for the signed digest; the gateway resends with the blob. */
export const SCOPE_UNKNOWN = "SCOPE_UNKNOWN" as const;

/**
 * Scopes a subgraph has been sent, by digest. The gateway sends a scope's blob once per subgraph
 * and then only its digest, so a college administrator's 8,000 students cross the wire once per
 * scope change, not on every request. Bounded: least recently used entries go first.
 */
export class ScopeCache<T = AccessScope> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly maxEntries = 2000,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  get(digest: string): T | undefined {
    const entry = this.entries.get(digest);
    if (!entry) return undefined;
    this.entries.delete(digest);
    if (entry.expires < Date.now()) return undefined;
    this.entries.set(digest, entry);
    return entry.value;
  }

  set(digest: string, value: T): void {
    this.entries.delete(digest);
    this.entries.set(digest, { value, expires: Date.now() + this.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
