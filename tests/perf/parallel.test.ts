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
import { buildGraph, startEarly } from "../../src/build";
import { MIN_ARTICLES_FOR_WORKERS } from "../../src/parallel/extract-pool";
import { computePositions } from "../../src/pipeline/layout";
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
    const early = startEarly({ input: big, out, threads: 2 });
    expect(early.pool?.threads).toBe(2);
    // Too few articles for the layout thread (LAYOUT_THREAD_MIN_ARTICLES).
    expect(early.layout).toBeUndefined();
    await early.pool?.close();
    expect(startEarly({ input: folderOf(3), out, threads: 2 })).toEqual({});
    expect(startEarly({ input: big, out, threads: 2, workers: "never" })).toEqual({});

    const cold = await buildGraph({ input: big, out, threads: 2 });
    expect(cold.summary.threads).toBe(2);
    // The cache now holds every article: a rebuild would only wait for threads it does not use.
    expect(startEarly({ input: big, out, threads: 2 })).toEqual({});
    const early2 = startEarly({ input: big, out, threads: 2, cache: false });
    expect(early2.pool?.threads).toBe(2);
    await early2.pool?.close();

    writeFileSync(path.join(big, "story-0.txt"), "Mayor Lena Sorvik said the port in Riga would close.\n");
    const rebuild = await buildGraph({ input: big, out, threads: 2 });
    expect(rebuild.summary.threads).toBe(0);
    expect(rebuild.graph.order).toBeGreaterThan(0);
  }, 120_000);

  it("start the layout thread with the workers for a folder big enough for it, and use it", async () => {
    const big = folderOf(MIN_ARTICLES_FOR_WORKERS + 2);
    const out = mkdtempSync(path.join(os.tmpdir(), "ng-early-layout-"));
    const early = startEarly({ input: big, out, threads: 2, layoutThread: "always" });
    expect(early.pool?.threads).toBe(2);
    expect(early.layout).toBeDefined();
    // The early thread answers jobs as the one started after extraction does.
    const job = {
      n: 3,
      mass: Float64Array.from([2, 3, 2]),
      source: Int32Array.from([0, 1]),
      target: Int32Array.from([1, 2]),
      weight: Float64Array.from([1, 1]),
      xy: new Float64Array(6),
      known: new Uint8Array(3),
      seed: 7,
    };
    const xy = await early.layout!.positions(job);
    expect(Array.from(xy)).toEqual(Array.from(computePositions(job)));
    await Promise.all([early.pool?.close(), early.layout?.close()]);
    expect(startEarly({ input: big, out, threads: 2, layoutThread: "never" }).layout).toBeUndefined();
    const csvOnly = startEarly({ input: big, out, threads: 2, layoutThread: "always", formats: ["csv"] });
    expect(csvOnly.layout).toBeUndefined();
    await csvOnly.pool?.close();

    const built = await buildGraph({ input: big, out, threads: 2, layoutThread: "always" });
    expect(built.summary.layoutOnThread).toBe(true);
    expect(built.graph.order).toBeGreaterThan(0);
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
