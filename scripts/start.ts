/**
 * `npm start`: build the graph when the articles (or the pipeline) are newer than it, then serve
 * the viewer with Vite's dev server.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createServer } from "vite";
import { write } from "./cli";

const root = path.resolve(import.meta.dirname, "..");
const graphFile = path.join(root, "graph-data/graph.json");
const articles = path.join(root, "graph-data/articles");
const sources = [path.join(root, "src/pipeline"), path.join(root, "src/nlp")];

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(graphFile) ||
  Math.max(newestIn(articles), ...sources.map(newestIn)) > statSync(graphFile).mtimeMs;
if (stale) {
  // Through the launcher: the build runs from its cached bundle (scripts/run.mjs).
  const launcher = path.join(root, "scripts/run.mjs");
  const result = spawnSync(process.execPath, [launcher, path.join(root, "scripts/build-graph.ts")], {
    stdio: "inherit",
    cwd: root,
  });
  if (result.status !== 0 && result.status !== 2) process.exit(result.status ?? 1);
} else write("graph-data/graph.json is up to date");

const server = await createServer({ root, server: { host: process.env.HOST ?? "127.0.0.1" } });
await server.listen();
server.printUrls();
