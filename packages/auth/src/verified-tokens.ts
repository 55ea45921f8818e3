/** Entries a cache holds at most: a bounded memory cost whatever callers send. */
export const VERIFIED_TOKENS_MAX_ENTRIES = 1000;

export interface VerifiedTokensOptions {
  /** At most this many tokens held; the oldest is dropped for a new one (default 1000). */
  maxEntries?: number;
  /** A token is served from the cache at most this long after it was verified (default: until its exp). */
  maxAgeMs?: number;
}

/**
 * What verifying a token established, by the token's exact text, until the token expires (or
 * `maxAgeMs` after it was verified, whichever is sooner). Only a token that verified is ever put
 * here, and a lookup is by the whole string, signature included: a token changed in any character
 * is a different key and goes through verification again. Bounded: when full, the entry put
 * longest ago goes first (with tokens of a fixed lifetime, the nearest to expiring).
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private readonly maxEntries: number;

  constructor(private readonly options: VerifiedTokensOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? VERIFIED_TOKENS_MAX_ENTRIES);
  }

  /** What `token` was verified as, while it is still valid; otherwise undefined. */
  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps what a verified `token` established until its `exp` (seconds since the epoch). */
  set(token: string, value: T, exp: number | undefined): void {
    // A token without an expiry is never kept: it would be served for as long as it is held.
    if (typeof exp !== "number" || !Number.isFinite(exp)) return;
    const now = Date.now();
    const maxAge = this.options.maxAgeMs;
    const until = Math.min(exp * 1000, maxAge === undefined ? Infinity : now + maxAge);
    if (until <= now) return;
    this.entries.delete(token);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(token, { value, until });
  }

  get size(): number {
    return this.entries.size;
  }
}
