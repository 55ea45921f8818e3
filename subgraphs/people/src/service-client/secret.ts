import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const KEY_LENGTH = 32;
/** scrypt's cost: ~50 ms per check, paid at sign-in only (the gateway caches grants, not secrets). */
const COST: Required<Pick<ScryptOptions, "N" | "r" | "p">> = { N: 16384, r: 8, p: 1 };

function derive(secret: string, salt: Buffer, options: typeof COST): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A new client secret: 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** `scrypt$N$r$p$salt$hash`, with a fresh random salt; the parameters travel with the hash so they can change later. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, COST);
  return [
    "scrypt",
    COST.N,
    COST.r,
    COST.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

// Checked against when there is no stored hash, so an unknown client costs as long as a wrong secret.
let decoy: Promise<string> | undefined;

/** Whether `secret` matches `stored`, comparing in constant time; `stored` null checks a decoy and says no. */
export async function secretMatches(secret: string, stored: string | null): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = (
    stored ?? (await (decoy ??= hashSecret(newSecret())))
  ).split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(secret, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected) && stored !== null;
}
