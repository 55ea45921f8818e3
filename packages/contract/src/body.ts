/**
 * A parsed HTTP body (JSON or form) as an object, or undefined when it is none: arrays (batches),
 * strings, null. Express hands bodies over untyped; the gateway and the subgraph server read them
 * through this and check each field they use.
 */
export function bodyOf(body: unknown): Record<string, unknown> | undefined {
  return isJsonObject(body) ? body : undefined;
}

/** A JSON object: not null, not an array (a batch or a list where one object belongs). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One field of a parsed body, unknown until the caller checks it. */
export function fieldOf(body: unknown, name: string): unknown {
  return bodyOf(body)?.[name];
}
