import type { Logger } from "@campus/log";
import type { NextFunction, Request, RequestHandler, Response } from "express";

/** Paths the gateway itself answers; the web app's client-side routes must never shadow them. */
export const GATEWAY_PATHS = ["/graphql", "/health", "/ready", "/metrics", "/auth", "/internal"];

export function isGatewayPath(path: string): boolean {
  return GATEWAY_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
}

/** Serves the web app's files and routes only for paths that are not the gateway's own. */
export function unlessGatewayPath(handler: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) =>
    isGatewayPath(req.path) ? next() : handler(req, res, next);
}

/**
 * `/ready`: the supergraph is loaded and every subgraph answers its own `/ready` within
 * `timeoutMs`. A 503 names the subgraphs that are not ready, never their addresses (those go to
 * the log), so a load balancer or `npm start` can tell what is missing.
 */
export function readinessCheck(options: {
  subgraphUrls: Record<string, string>;
  schemaLoaded: () => boolean;
  timeoutMs?: number;
  log: Logger;
}): RequestHandler {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const probe = async (name: string, graphqlUrl: string): Promise<boolean> => {
    const url = new URL("/ready", graphqlUrl);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
      if (!res.ok)
        options.log.warn("subgraph not ready", {
          subgraph: name,
          url: url.href,
          status: res.status,
        });
      return res.ok;
    } catch (error) {
      options.log.warn("subgraph not ready", {
        subgraph: name,
        url: url.href,
        error: (error as Error).message,
      });
      return false;
    }
  };
  return async (_req, res) => {
    const names = Object.keys(options.subgraphUrls).sort();
    const results = await Promise.all(names.map((name) => probe(name, options.subgraphUrls[name])));
    const subgraphs = Object.fromEntries(
      names.map((name, i) => [name, results[i] ? "ready" : "unavailable"]),
    );
    const supergraph = options.schemaLoaded() ? "loaded" : "not loaded";
    const notReady = names.filter((_, i) => !results[i]);
    const ready = notReady.length === 0 && supergraph === "loaded";
    res.setHeader("cache-control", "no-store");
    res.status(ready ? 200 : 503).json({
      status: ready ? "ready" : "unavailable",
      service: "gateway",
      supergraph,
      subgraphs,
      ...(ready ? {} : { notReady }),
    });
  };
}
