/**
 * Extraction on worker threads gives the same graph, problems and clean report as in process, on a
 * folder with a duplicate, an empty file and an unsupported one.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build";
import { repoRoot } from "../support/shared";

function corpusWithDuplicates(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-parallel-"));
  const source = path.join(repoRoot, "graph-data/articles");
  const names = readdirSync(source);
  for (const name of names) copyFileSync(path.join(source, name), path.join(dir, name));
  // A duplicate (credited to both files), an empty file and an unsupported one.
  copyFileSync(path.join(source, names[0]!), path.join(dir, "zz-copy.txt"));
  writeFileSync(path.join(dir, "empty.txt"), "  \n");
  writeFileSync(path.join(dir, "notes.pdf"), "%PDF");
  writeFileSync(
    path.join(dir, "extra.txt"),
    "Polish President Marek Wolny said on Monday that the talks in Warsaw had failed.\n",
  );
  return dir;
}

describe("parallel extraction", () => {
  it("builds the same graph on worker threads as in process", async () => {
    const input = corpusWithDuplicates();
    const build = (workers: "always" | "never") =>
      buildGraph({
        input,
        out: mkdtempSync(path.join(os.tmpdir(), "ng-par-")),
        cache: false,
        workers,
        threads: 2,
      });
    const inProcess = await build("never");
    const parallel = await build("always");
    expect(inProcess.summary.threads).toBe(0);
    expect(parallel.summary.threads).toBe(2);
    expect(parallel.graph.order).toBeGreaterThan(10);
    expect(JSON.stringify(parallel.graph.export())).toBe(JSON.stringify(inProcess.graph.export()));
    expect(parallel.summary.problems).toEqual(inProcess.summary.problems);
    const report = (out: string) => readFileSync(path.join(out, "clean-report.json"), "utf8");
    expect(report(path.dirname(parallel.summary.outputs[0]!))).toBe(
      report(path.dirname(inProcess.summary.outputs[0]!)),
    );
  }, 120_000);
});
