/**
 * Vite for the viewer: serves the built graph (graph-data/graph.json, or `NEWSGRAPH_GRAPH`, which
 * `npm start -- --out DIR` sets) at /graph.json in dev and preview, and copies it into dist on
 * build, so `vite` alone shows the current graph. In dev, a rebuilt graph is announced to open
 * pages (`newsgraph:graph-rebuilt`), which show it in place.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Connect, Plugin, ViteDevServer } from "vite";
import { defineConfig } from "vitest/config";

const GRAPH_FILE = resolve(
  process.env.NEWSGRAPH_GRAPH ?? resolve(import.meta.dirname, "graph-data/graph.json"),
);
/** The HMR event a page hears when the served graph file was written again. */
export const GRAPH_REBUILT_EVENT = "newsgraph:graph-rebuilt";

/**
 * Tells open pages when the graph file is replaced. A build renames its new files into place one
 * after another; the pause lets it finish before a page asks for the graph.
 */
function announceRebuilds(server: ViteDevServer): void {
  server.watcher.add(GRAPH_FILE);
  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string) => {
    if (resolve(file) !== GRAPH_FILE) return;
    clearTimeout(timer);
    timer = setTimeout(() => server.ws.send({ type: "custom", event: GRAPH_REBUILT_EVENT }), 100);
  };
  server.watcher.on("change", changed);
  server.watcher.on("add", changed);
}

function serveGraph(): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (req.url?.split("?")[0] !== "/graph.json") return next();
    if (!existsSync(GRAPH_FILE)) {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("No graph-data/graph.json yet: run `npm run graph`.");
      return;
    }
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(readFileSync(GRAPH_FILE));
  };
}

export function graphJsonPlugin(): Plugin {
  return {
    name: "newsgraph-graph-json",
    configureServer(server) {
      server.middlewares.use(serveGraph());
      announceRebuilds(server);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveGraph());
    },
    generateBundle() {
      if (existsSync(GRAPH_FILE)) {
        this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(GRAPH_FILE) });
      }
    },
  };
}

export default defineConfig({
  // Relative base so dist/ works from any folder or static host, with graph.json beside it.
  base: "./",
  plugins: [graphJsonPlugin()],
  optimizeDeps: {
    // Listed up front so the dev server never reloads the page mid-test to add one.
    include: [
      "sigma",
      "sigma/rendering",
      "graphology",
      "graphology-gexf/browser",
      "graphology-layout-forceatlas2",
      "graphology-layout-forceatlas2/worker",
      "@sigma/edge-curve",
    ],
  },
  build: { target: "es2022", chunkSizeWarningLimit: 800 },
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
