/**
 * Extraction on worker threads gives the same graph, problems and clean report as in process, on a
 * folder with a duplicate, an empty file and an unsupported one; workers start before the input is
 * read only when a cold build will use them. The layout's own thread writes the same outputs.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph, startWorkersEarly } from "../../src/build";
import { MIN_ARTICLES_FOR_WORKERS } from "../../src/parallel/extract-pool";
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

describe("layout on a thread of its own", () => {
  it("writes the same graph.json and graph.gexf as the layout in process", async () => {
    const input = corpusWithDuplicates();
    const build = (layoutThread: "always" | "never") =>
      buildGraph({
        input,
        out: mkdtempSync(path.join(os.tmpdir(), "ng-lay-")),
        cache: false,
        workers: "never",
        layoutThread,
      });
    const here = await build("never");
    const there = await build("always");
    expect(here.summary.layoutOnThread).toBeUndefined();
    expect(there.summary.layoutOnThread).toBe(true);
    const file = (summary: { outputs: string[] }, name: string) =>
      readFileSync(summary.outputs.find((f) => path.basename(f) === name)!, "utf8");
    for (const name of ["graph.json", "graph.gexf"])
      expect(file(there.summary, name)).toBe(file(here.summary, name));
    // Laid out, not left at the origin.
    expect(new Set(there.graph.mapNodes((_n, a) => a.x)).size).toBeGreaterThan(5);
  }, 120_000);
});

describe("workers started before the input is read", () => {
  function folderOf(count: number): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-early-"));
    for (let i = 0; i < count; i++)
      writeFileSync(
        path.join(dir, `story-${i}.txt`),
        `Councillor Anna Brenner${i} said on Monday that the bridge in Tallinn would reopen.\n`,
      );
    return dir;
  }

  it("start only for a cold build of a folder big enough for workers", async () => {
    const big = folderOf(MIN_ARTICLES_FOR_WORKERS + 2);
    const out = mkdtempSync(path.join(os.tmpdir(), "ng-early-"));
    const early = startWorkersEarly({ input: big, out, threads: 2 });
    expect(early?.threads).toBe(2);
    await early?.close();
    expect(startWorkersEarly({ input: folderOf(3), out, threads: 2 })).toBeUndefined();
    expect(startWorkersEarly({ input: big, out, threads: 2, workers: "never" })).toBeUndefined();

    const cold = await buildGraph({ input: big, out, threads: 2 });
    expect(cold.summary.threads).toBe(2);
    // The cache now holds every article: a rebuild would only wait for threads it does not use.
    expect(startWorkersEarly({ input: big, out, threads: 2 })).toBeUndefined();
    const early2 = startWorkersEarly({ input: big, out, threads: 2, cache: false });
    expect(early2?.threads).toBe(2);
    await early2?.close();

    writeFileSync(path.join(big, "story-0.txt"), "Mayor Lena Sorvik said the port in Riga would close.\n");
    const rebuild = await buildGraph({ input: big, out, threads: 2 });
    expect(rebuild.summary.threads).toBe(0);
    expect(rebuild.graph.order).toBeGreaterThan(0);
  }, 120_000);
});

describe("the city index on a fresh install", () => {
  it("is built once, in the main thread, before the workers start", () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), "ng-cityindex-"));
    // A child process: this one has loaded its gazetteer already.
    const script = [
      `import { existsSync } from "node:fs";`,
      `import { cityIndexFile } from "./src/nlp/city-index.ts";`,
      `import { workerPool } from "./src/parallel/extract-pool.ts";`,
      `const before = existsSync(cityIndexFile());`,
      `const pool = workerPool(2);`,
      `console.log(JSON.stringify({ before, after: existsSync(cityIndexFile()) }));`,
      `await pool.close();`,
    ].join("\n");
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: repoRoot,
      env: { ...process.env, NEWSGRAPH_GAZETTEER_CACHE: cache },
      encoding: "utf8",
    });
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual({ before: false, after: true });
  }, 60_000);
});
