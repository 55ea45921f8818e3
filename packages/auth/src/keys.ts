import { generateKeyPairSync, createPublicKey } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateKeyPairPem(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export function publicKeyFromPrivate(privateKeyPem: string): string {
  return createPublicKey(privateKeyPem).export({ type: "spki", format: "pem" }).toString();
}

/** A configuration value that is either PEM text or a path to a PEM file. */
export function readPem(valueOrPath: string): string {
  return valueOrPath.includes("-----BEGIN") ? valueOrPath : readFileSync(valueOrPath, "utf8");
}

export interface DevKeys {
  /** Signs users' tokens in development, standing in for the campus identity provider. */
  issuer: KeyPairPem;
  /** Signs the short-lived credential the gateway sends to subgraphs. */
  internal: KeyPairPem;
  /** Signs subgraphs' assertions when they ask the graph through the gateway's relay. */
  graphClient: KeyPairPem;
}

/** Creates (once) and returns the development key pairs kept in a project-local folder. */
export function ensureDevKeys(dir: string): DevKeys {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const load = (name: string): KeyPairPem => {
    const priv = join(dir, `${name}.key.pem`);
    const pub = join(dir, `${name}.pub.pem`);
    if (!existsSync(priv) || !existsSync(pub)) {
      const pair = generateKeyPairPem();
      writeFileSync(priv, pair.privateKeyPem, { mode: 0o600 });
      writeFileSync(pub, pair.publicKeyPem);
    }
    return { privateKeyPem: readFileSync(priv, "utf8"), publicKeyPem: readFileSync(pub, "utf8") };
  };
  return {
    issuer: load("dev-issuer"),
    internal: load("internal-credential"),
    graphClient: load("graph-client"),
  };
}
