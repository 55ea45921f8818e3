import { join } from "node:path";
import compression from "compression";
import express, { type Router } from "express";

/** The pages that name the current build's files: asked for again on every visit. */
const REVALIDATE = { headers: { "cache-control": "no-cache" } };

/**
 * The built web app (web/dist), as a phone on the campus network should get it: compressed
 * (gzip, by the `compression` middleware: antd's stylesheet alone is 1 MB as built, about a tenth
 * of that sent), Vite's content-hashed files under /assets cached for a year as immutable (a new
 * build has new names), and index.html and graphiql.html revalidated on each visit so a new build
 * is picked up at once. Client-side routes all load index.html; a missing file under /assets is a
 * 404, not the app's page (a script tag would be handed HTML). The gateway's own paths never
 * reach this router (see `unlessGatewayPath`), so GraphQL answers are not compressed here.
 */
export function webApp(webDir: string): Router {
  const web = express.Router();
  web.use(compression());
  web.get("/graphiql", (_req, res) => res.sendFile(join(webDir, "graphiql.html"), REVALIDATE));
  web.use(
    "/assets",
    express.static(join(webDir, "assets"), {
      index: false,
      immutable: true,
      maxAge: "365d",
      fallthrough: false,
    }),
  );
  web.use(express.static(webDir, { index: false, maxAge: "1h" }));
  web.get("/{*path}", (_req, res) => res.sendFile(join(webDir, "index.html"), REVALIDATE));
  return web;
}
