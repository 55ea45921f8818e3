/**
 * A parsed HTTP body (JSON or form) as an object, or undefined when it is none: arrays (batches),
 * strings, null. Express hands bodies over untyped; the gateway and the subgraph server read them
 * through this and check each field they use.
 */
export function bodyOf(body: unknown): Record<string, unknown> | undefined {
  return body && typeof body === "object" && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

/** One field of a parsed body, unknown until the caller checks it. */
export function fieldOf(body: unknown, name: string): unknown {
  return bodyOf(body)?.[name];
}
