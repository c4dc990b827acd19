/**
 * `npm run graph [-- --input DIR --out DIR --quiet --json]`: build graph.json and graph.gexf.
 * Exit codes: 0 built with nothing skipped; 2 built, but some input files were skipped;
 * 1 nothing built (bad input folder, or an error), the previous outputs left untouched.
 */
import path from "node:path";
import { buildGraph } from "../src/build";
import { InputError } from "../src/pipeline/ingest";
import { fail, parseFlags, write } from "./cli";

const flags = parseFlags(process.argv.slice(2), ["input", "out"]);
if (flags.switches.has("help")) {
  write("usage: npm run graph -- [--input DIR] [--out DIR] [--quiet] [--json]");
  process.exit(0);
}
const input = path.resolve(flags.values.get("input") ?? "graph-data/articles");
const out = path.resolve(flags.values.get("out") ?? "graph-data");
const quiet = flags.switches.has("quiet") || flags.switches.has("json");
const tty = process.stderr.isTTY === true;

try {
  const { summary } = await buildGraph({
    input,
    out,
    onProgress: (event) => {
      if (quiet) return;
      if (event.kind === "article") {
        const line = `[${event.index + 1}/${event.total}] ${event.id}: ${event.entities} entities, ${event.relations} relations`;
        process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
      } else process.stderr.write(tty ? `\r\x1b[K${event.stage}…` : `${event.stage}…\n`);
    },
  });
  if (!quiet && tty) process.stderr.write("\r\x1b[K");
  for (const problem of summary.problems)
    process.stderr.write(`${problem.severity}: ${problem.file}: ${problem.message}\n`);
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
    write(`seconds:  ${summary.seconds}`);
    write(`wrote:    ${summary.outputs.map((f) => path.relative(process.cwd(), f)).join(", ")}`);
  }
  process.exit(summary.problems.length > 0 ? 2 : 0);
} catch (error) {
  if (error instanceof InputError) fail(error.message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
