import { fileURLToPath } from "node:url";
import { defineConfig, type Connect, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const gateway = "http://127.0.0.1:4000";

/** The gateway serves GraphiQL at /graphiql; do the same in `vite` and `vite preview`. */
function graphiqlRoute(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    if (req.url === "/graphiql" || req.url?.startsWith("/graphiql?"))
      req.url = req.url.replace("/graphiql", "/graphiql.html");
    next();
  };
  return {
    name: "campus-graphiql-route",
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

// Two pages: the app (index.html) and GraphiQL (graphiql.html), both served by the gateway from
// web/dist at the site root, so every asset URL is absolute ("/assets/…").
export default defineConfig({
  base: "/",
  plugins: [react(), graphiqlRoute()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // GraphiQL (a developer tool on its own page) is one ~650 kB chunk, and exceljs (loaded only when
    // someone exports, web/src/export) one ~930 kB prebuilt chunk; the app itself is far smaller.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        index: here("./index.html"),
        graphiql: here("./graphiql.html"),
      },
      output: {
        // What both pages share, in cacheable chunks with readable names.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "graphql", test: /node_modules[\\/]graphql[\\/]/ },
            // The part of Ant Design the shell needs at once (theme, layout, menu, buttons,
            // messages); tables, forms and pickers come with the pages that use them.
            {
              name: "antd",
              test: /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|dayjs)[\\/]/,
              tags: ["$initial"],
            },
            // What GraphiQL's page takes from the app (session, i18n, the title hook); the app's
            // own shared code (antd and the pages' helpers) is left to rolldown's lazy chunks.
            {
              name: "common",
              test: /[\\/]web[\\/]src[\\/](auth[\\/]|i18n[\\/]|pages[\\/]PageHeading)/,
              minShareCount: 2,
            },
          ],
        },
      },
      onLog(level, log, handler) {
        // graphiql's react-compiler-runtime starts with "use no memo"; harmless when bundled.
        if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.id?.includes("react-compiler-runtime"))
          return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: {
      "/graphql": gateway,
      "/auth": gateway,
    },
  },
});
