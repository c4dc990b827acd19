/**
 * The GEXF written by streaming `gexfChunks` to a file is the document `toGexf` builds, escaping
 * is unchanged by its fast path, and the file is valid GEXF 1.3 (when xmllint and ../shared are
 * there).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateNewsGraph } from "../../src/bench/generate-graph";
import { gexfChunks, toGexf, xmlEscape } from "../../src/export/gexf";
import { writeOutputsAtomic } from "../../src/io/atomic-write";
import { layoutGraph } from "../../src/pipeline/layout";
import { available, hasCommand } from "../export/external-tools";
import { hasShared, sharedPath } from "../support/shared";

/** A plain regex escaper as the reference. Apostrophes stay: every value is double-quoted. */
function referenceEscape(value: string): string {
  const forbidden =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  const escapes: Record<string, string> = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\t": "&#9;",
    "\n": "&#10;",
    "\r": "&#13;",
  };
  return value.replace(forbidden, "").replace(/[&<>"\t\n\r]/g, (c) => escapes[c]!);
}

describe("streamed GEXF", () => {
  const graph = generateNewsGraph({ nodes: 3_000, edges: 6_000, seed: 5 });
  layoutGraph(graph);
  graph.mergeNodeAttributes(graph.nodes()[0]!, { label: "Bad \u0001 text \uD800 & <tags> “quotes” 😀" });

  it("writes exactly what toGexf returns, atomically (no temp file left)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-gexf-"));
    const file = path.join(dir, "graph.gexf");
    await writeOutputsAtomic(dir, { "graph.gexf": gexfChunks(graph) });
    expect(readFileSync(file, "utf8")).toBe(toGexf(graph));
    expect(readdirSync(dir)).toEqual(["graph.gexf"]);
  });

  it("escapes as the reference does", () => {
    for (const value of [
      "plain text",
      "",
      `"quoted" & <b>'s</b>`,
      "\u0000\u0008\u000B tab\tnewline\n return\r",
      "lone \uD800 high, lone \uDC00 low, pair 😀",
      "\uFFFE\uFFFF end",
      JSON.stringify([{ text: 'He said "no" & left\'s' }]),
    ])
      expect(xmlEscape(value)).toBe(referenceEscape(value));
  });

  it.runIf(
    available(hasCommand("xmllint", ["--version"]), "xmllint (apt-get install libxml2-utils)") &&
      hasShared("schemas/gexf-1.3/gexf.rng"),
  )("is valid against the GEXF 1.3 RELAX NG schema", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-gexf-"));
    const file = path.join(dir, "graph.gexf");
    await writeOutputsAtomic(dir, { "graph.gexf": gexfChunks(graph) });
    const rng = sharedPath("schemas/gexf-1.3/gexf.rng");
    execFileSync("xmllint", ["--noout", "--relaxng", rng, file], { stdio: "pipe" });
  });
});
