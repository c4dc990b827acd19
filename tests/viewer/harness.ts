/**
 * Test harness for the browser suite and the benchmark: a vite dev server on a free localhost
 * port (the project's config, plus a route serving fixture graphs built in node), and headless
 * Debian Chromium through playwright-core. Nothing is downloaded.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium } from "playwright-core";
import {
  build,
  type Connect,
  createServer,
  type Plugin,
  type PreviewServer,
  preview,
  type ViteDevServer,
} from "vite";
import { randomGraph } from "../fixtures/random-graph";
import { buildSmallGraph, buildXssGraph } from "../fixtures/small-graph";

export const ROOT = resolve(import.meta.dirname, "../..");
export const OUTPUT = resolve(ROOT, "tests/output");

const cache = new Map<string, string>();

/** `/fixtures/small.json`, `/fixtures/xss.json`, `/fixtures/random-<nodes>-<edges>.json`. */
function fixtureJson(name: string): string | null {
  const hit = cache.get(name);
  if (hit) return hit;
  let json: string | null = null;
  if (name === "small") json = JSON.stringify(buildSmallGraph().export());
  else if (name === "xss") json = JSON.stringify(buildXssGraph().export());
  else {
    const match = /^random-(\d+)-(\d+)$/.exec(name);
    if (match) json = JSON.stringify(randomGraph(Number(match[1]), Number(match[2])).export());
  }
  if (json) cache.set(name, json);
  return json;
}

function serveFixtures(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const match = /^\/fixtures\/([\w-]+)\.json$/.exec(req.url?.split("?")[0] ?? "");
    const json = match ? fixtureJson(match[1]!) : null;
    if (!json) return next();
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(json);
  };
}

export function fixturesPlugin(): Plugin {
  return {
    name: "newsgraph-test-fixtures",
    configureServer(server) {
      server.middlewares.use(serveFixtures());
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveFixtures());
    },
  };
}

/**
 * A production build (the viewer plus the bare-sigma baseline page) served by `vite preview`:
 * what the benchmark measures, so dev-server module loading does not count against us.
 */
export async function startPreview(): Promise<{ server: PreviewServer; url: string }> {
  const outDir = resolve(OUTPUT, "bench-dist");
  await build({
    configFile: resolve(ROOT, "vite.config.ts"),
    root: ROOT,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: { main: resolve(ROOT, "index.html"), bare: resolve(ROOT, "tests/viewer/bench/bare.html") },
      },
    },
  });
  const server = await preview({
    configFile: resolve(ROOT, "vite.config.ts"),
    root: ROOT,
    logLevel: "error",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    plugins: [fixturesPlugin()],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview did not listen on a port");
  return { server, url: `http://127.0.0.1:${address.port}` };
}

export async function startServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: resolve(ROOT, "vite.config.ts"),
    root: ROOT,
    logLevel: "error",
    clearScreen: false,
    server: { host: "127.0.0.1", port: 0, strictPort: false, hmr: false, watch: null },
    plugins: [fixturesPlugin()],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("vite did not listen on a port");
  return { server, url: `http://127.0.0.1:${address.port}` };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--enable-unsafe-swiftshader",
    ],
  });
}
