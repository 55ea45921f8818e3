import { generateKeyPairPem, type DevKeys } from "@campus/auth";

let keys: DevKeys | undefined;

/** Key pairs made once per test process; nothing on disk. */
export function testKeys(): DevKeys {
  keys ??= {
    issuer: generateKeyPairPem(),
    internal: generateKeyPairPem(),
    graphClient: generateKeyPairPem(),
  };
  return keys;
}
