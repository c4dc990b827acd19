/**
 * `npm start [-- --input DIR --out DIR --port N --no-models]`: build the graph, serve the viewer
 * with Vite's dev server, and keep building. The build runs in a watching process
 * (`build-graph.ts --watch`): an article added to or edited in the input folder is extracted on its
 * own, the rest come from memory, and the open viewer shows the new graph in place (the server
 * tells it over Vite's HMR channel; see vite.config.ts). Defaults: graph-data/articles into
 * graph-data.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createServer } from "vite";
import type { WatchMessage } from "./build-graph";
import { fail, parseFlags, write } from "./cli";

const flags = parseFlags(process.argv.slice(2), ["input", "out", "port"]);
if (flags.switches.has("help")) {
  write("usage: npm start -- [--input DIR] [--out DIR] [--port N] [--no-models]");
  process.exit(0);
}
const root = path.resolve(import.meta.dirname, "..");
const input = path.resolve(flags.values.get("input") ?? path.join(root, "graph-data/articles"));
const out = path.resolve(flags.values.get("out") ?? path.join(root, "graph-data"));
const port = flags.values.has("port") ? Number(flags.values.get("port")) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
  fail(`--port needs a port number, not "${flags.values.get("port")}"`);

// Through the launcher: the build runs from its cached bundle (scripts/run.mjs).
const builder = spawn(
  process.execPath,
  [
    path.join(root, "scripts/run.mjs"),
    path.join(root, "scripts/build-graph.ts"),
    "--watch",
    "--input",
    input,
    "--out",
    out,
    ...(flags.switches.has("no-models") ? ["--no-models"] : []),
  ],
  { cwd: root, stdio: ["inherit", "inherit", "inherit", "ipc"] },
);
process.on("exit", () => builder.kill());
// Ctrl-C reaches the builder too; both end.
process.on("SIGINT", () => process.exit(0));

const firstBuild = new Promise<WatchMessage>((resolve) => {
  builder.once("message", (message) => resolve(message as WatchMessage));
  builder.once("exit", () => resolve({ kind: "failed" }));
});
builder.on("exit", (code, signal) => {
  if (signal === null && code !== 0) fail(`the build stopped (exit ${code})`);
});

// The first build decides: nothing to show (its error is printed above) ends the start.
if ((await firstBuild).kind === "failed") {
  builder.kill();
  process.exit(1);
}
// Read by vite.config.ts: the graph it serves at /graph.json and watches for rebuilds.
process.env.NEWSGRAPH_GRAPH = path.join(out, "graph.json");
const server = await createServer({
  root,
  server: { host: process.env.HOST ?? "127.0.0.1", ...(port !== undefined ? { port } : {}) },
});
await server.listen();
server.printUrls();
write(`watching ${path.relative(process.cwd(), input) || "."}: the viewer shows each rebuild`);
