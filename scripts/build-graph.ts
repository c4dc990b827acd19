/**
 * `npm run graph [-- --input DIR --out DIR --format gexf,graphml,json,csv --strict --no-cache --no-models --quiet
 * --json]`: build the graph and write the chosen outputs (default graph.json and graph.gexf).
 * Per-article results are cached in `<out>/.cache` (`--no-cache`: extract everything again); a
 * progress bar with ETA shows on stderr when it is a terminal. `--watch` keeps running and rebuilds
 * whenever a file in the input folder changes, with every unchanged article's extraction in memory
 * (and, when started with an IPC channel, as by `npm start`, says after each build how it went).
 * Exit codes: 0 built with nothing skipped; 2 built, but some input was skipped (each named on
 * stderr); 1 nothing built (bad input folder, bad flag, --strict and a bad file, a write error),
 * the previous outputs left untouched.
 */
import { watch } from "node:fs";
import path from "node:path";
import {
  type BuildSession,
  type BuildSummary,
  buildGraph,
  newBuildSession,
  prepareExtraction,
} from "../src/build";
import { FORMAT_NAMES, FormatError, type FormatName, parseFormats } from "../src/export/formats";
import { EXIT_FAILED, exitCodeForBuild } from "../src/io/exit-codes";
import { formatProblem, InputError } from "../src/pipeline/ingest";
import { fail, parseFlags, write } from "./cli";
import { progressBar } from "./progress";

const flags = parseFlags(process.argv.slice(2), ["input", "out", "format"]);
if (flags.switches.has("help")) {
  write(
    `usage: npm run graph -- [--input DIR] [--out DIR] [--format ${FORMAT_NAMES.join(",")}|all] [--strict] [--no-cache] [--no-models] [--watch] [--quiet] [--json]`,
  );
  process.exit(0);
}
let formats: FormatName[];
try {
  formats = parseFormats(flags.values.get("format"));
} catch (error) {
  if (error instanceof FormatError) fail(error.message, EXIT_FAILED);
  throw error;
}
const input = path.resolve(flags.values.get("input") ?? "graph-data/articles");
const out = path.resolve(flags.values.get("out") ?? "graph-data");
const quiet = flags.switches.has("quiet") || flags.switches.has("json");

/** Prints a build's summary the way the flags ask. */
function report(summary: BuildSummary): void {
  for (const problem of summary.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (flags.switches.has("json")) write(JSON.stringify(summary));
  else if (!flags.switches.has("quiet")) {
    const types = (counts: Record<string, number>) =>
      Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t} ${n}`)
        .join(", ");
    write(`articles: ${summary.articles}`);
    write(`nodes:    ${summary.nodes} (${types(summary.nodesByType)})`);
    write(`edges:    ${summary.edges} (${types(summary.edgesByType)})`);
    write(
      `grounding: ${summary.grounding.droppedUngrounded} ungrounded and ${summary.grounding.droppedBadTypes} mistyped edges dropped; ${summary.grounding.gazetteerEdges} located-in edges from the gazetteer`,
    );
    const cached = summary.cache ? `, ${summary.cache.hits} articles from the cache` : "";
    const threads = summary.threads > 0 ? `${summary.threads} worker threads` : "in process";
    const files = summary.outputs.map((f) => path.relative(process.cwd(), f)).join(", ");
    if (summary.upToDate) {
      write(`seconds:  ${summary.seconds} (nothing changed since the last build: its outputs stand)`);
      write(`up to date: ${files}`);
    } else {
      write(`seconds:  ${summary.seconds} (${threads}${cached})`);
      write(`wrote:    ${files}`);
    }
  }
}

async function build(session?: BuildSession): Promise<BuildSummary> {
  const bar = progressBar();
  try {
    const { summary } = await buildGraph({
      input,
      out,
      formats,
      strict: flags.switches.has("strict"),
      cache: !flags.switches.has("no-cache"),
      models: !flags.switches.has("no-models"),
      onProgress: quiet ? undefined : (event) => bar.update(event),
      ...(session ? { session } : {}),
    });
    return summary;
  } finally {
    bar.clear();
  }
}

/** A build that failed: what to print (the previous outputs are untouched either way). */
function failure(error: unknown): string {
  if (error instanceof InputError) {
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return error.message;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * What a watching build tells the process that started it (`npm start`, over its IPC channel),
 * after each build: that the viewer can show the new graph, or that the build failed.
 */
export type WatchMessage =
  | { kind: "built"; nodes: number; edges: number; articles: number }
  | { kind: "failed" };

function toParent(message: WatchMessage): void {
  process.send?.(message);
}

if (flags.switches.has("watch")) {
  // Watch mode: the models, the gazetteer and every article's extraction stay in memory, so a
  // rebuild after an edit redoes that article and the merge only.
  const session = newBuildSession();
  try {
    const summary = await build(session);
    report(summary);
    toParent({ kind: "built", nodes: summary.nodes, edges: summary.edges, articles: summary.articles });
  } catch (error) {
    process.stderr.write(`error: ${failure(error)}\n`);
    toParent({ kind: "failed" });
  }
  // While it waits for the first edit, so that rebuild does not load them.
  prepareExtraction(!flags.switches.has("no-models"));
  if (!quiet) write(`watching ${path.relative(process.cwd(), input) || "."} for changes (Ctrl-C to stop)`);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const summary = await build(session);
      report(summary);
      toParent({ kind: "built", nodes: summary.nodes, edges: summary.edges, articles: summary.articles });
    } catch (error) {
      process.stderr.write(`error: ${failure(error)} (the previous outputs are unchanged)\n`);
      toParent({ kind: "failed" });
    } finally {
      running = false;
      if (again) {
        again = false;
        void rebuild();
      }
    }
  };
  // Ctrl-C ends a watch normally (exit 0; writes are atomic, so no build is left half done).
  process.on("SIGINT", () => process.exit(0));
  watch(input, (_event, name) => {
    // Hidden files (editors' swap files, a cache kept inside the folder) are not articles.
    if (typeof name === "string" && name.startsWith(".")) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 150);
  });
} else {
  try {
    const summary = await build();
    report(summary);
    process.exit(exitCodeForBuild(summary.problems));
  } catch (error) {
    fail(failure(error), error instanceof InputError ? EXIT_FAILED : 1);
  }
}
