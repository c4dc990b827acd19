/**
 * Vite for the viewer: serves the built graph (graph-data/graph.json) at /graph.json in dev and
 * preview, and copies it into dist on build, so `vite` alone shows the current graph.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Connect, Plugin } from "vite";
import { defineConfig } from "vitest/config";

const GRAPH_FILE = resolve(import.meta.dirname, "graph-data/graph.json");

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
