/**
 * The per-article extraction cache: a rebuild reuses every unchanged article, redoes a changed one,
 * ignores (and rewrites) a corrupt entry, and starts afresh when the version fingerprint changes.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph, newBuildSession } from "../../src/build";
import { extractionFingerprint } from "../../src/cache/extraction-cache";
import { repoRoot } from "../support/shared";

/**
 * A rebuild with nothing changed stops before the cache when the last build's manifest still
 * matches (tests/perf/rebuild-outputs.test.ts): without it, the rebuild goes through the cache.
 */
function forgetLastBuild(out: string): void {
  rmSync(path.join(out, ".cache", "build.json"));
}

function corpus(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cache-in-"));
  const source = path.join(repoRoot, "graph-data/articles");
  for (const name of readdirSync(source).slice(0, 3))
    copyFileSync(path.join(source, name), path.join(dir, name));
  return dir;
}

const exported = (graph: Awaited<ReturnType<typeof buildGraph>>["graph"]) => JSON.stringify(graph.export());

describe("extraction cache", () => {
  it("misses on a cold build, hits on a rebuild, and gives the same graph", async () => {
    const input = corpus();
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cache-out-"));
    const cold = await buildGraph({ input, out, cacheFingerprint: "test-a" });
    expect(cold.summary.cache).toMatchObject({ hits: 0, misses: 3, written: 3 });
    forgetLastBuild(out);
    const warm = await buildGraph({ input, out, cacheFingerprint: "test-a" });
    expect(warm.summary.cache).toMatchObject({ hits: 3, misses: 0, written: 0 });
    expect(exported(warm.graph)).toBe(exported(cold.graph));
    const full = await buildGraph({ input, out: mkdtempSync(path.join(os.tmpdir(), "ng-")), cache: false });
    expect(full.summary.cache).toBeUndefined();
    full.graph.forEachNode((node) => expect(warm.graph.hasNode(node)).toBe(true));
  }, 60_000);

  it("redoes only the article that changed", async () => {
    const input = corpus();
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cache-out-"));
    await buildGraph({ input, out, cacheFingerprint: "test-b" });
    const file = path.join(input, readdirSync(input)[1]!);
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\nPolish President Marek Wolny visited Riga on Monday.\n`,
    );
    const rebuilt = await buildGraph({ input, out, cacheFingerprint: "test-b" });
    expect(rebuilt.summary.cache).toMatchObject({ hits: 2, misses: 1, written: 1 });
    expect(rebuilt.graph.findNode((_n, a) => a.label === "Marek Wolny")).toBeDefined();
  }, 60_000);

  it("in a watching process, takes unchanged articles from memory and gives the same graph", async () => {
    const input = corpus();
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cache-out-"));
    const session = newBuildSession();
    await buildGraph({ input, out, cacheFingerprint: "test-s", session });
    expect(session.extractions.size).toBe(3);
    const pack = path.join(out, ".cache", "extract-test-s", "pack.jsonl");
    expect(session.pack?.file).toBe(pack);
    const file = path.join(input, readdirSync(input)[2]!);
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\nPolish President Marek Wolny visited Riga on Monday.\n`,
    );
    const watched = await buildGraph({ input, out, cacheFingerprint: "test-s", session });
    expect(watched.summary.cache).toMatchObject({ hits: 2, misses: 1, written: 1 });
    // The pack on disk holds all three for a later process, and that process builds the same graph.
    expect(readFileSync(pack, "utf8").trimEnd().split("\n")).toHaveLength(3);
    forgetLastBuild(out);
    const later = await buildGraph({ input, out, cacheFingerprint: "test-s" });
    expect(later.summary.cache).toMatchObject({ hits: 3, misses: 0 });
    expect(exported(later.graph)).toBe(exported(watched.graph));
    // A pack emptied behind the session's back is read again, not trusted from memory; the
    // results still in memory are written back to it.
    writeFileSync(pack, "");
    forgetLastBuild(out);
    const afterWipe = await buildGraph({ input, out, cacheFingerprint: "test-s", session });
    expect(afterWipe.summary.cache).toMatchObject({ hits: 0, misses: 0, written: 3 });
    expect(readFileSync(pack, "utf8").trimEnd().split("\n")).toHaveLength(3);
    expect(exported(afterWipe.graph)).toBe(exported(watched.graph));
  }, 60_000);

  it("ignores a corrupt entry and writes it again", async () => {
    const input = corpus();
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cache-out-"));
    const first = await buildGraph({ input, out, cacheFingerprint: "test-c" });
    const pack = path.join(out, ".cache", "extract-test-c", "pack.jsonl");
    const lines = readFileSync(pack, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const keys = lines.map((line) => JSON.parse(line).key as string);
    // One line torn half way, one that carries its key but no extraction.
    lines[0] = lines[0]!.slice(0, lines[0]!.length / 2);
    lines[1] = JSON.stringify({ key: keys[1], extraction: {} });
    writeFileSync(pack, `${lines.join("\n")}\n`);
    forgetLastBuild(out);
    const second = await buildGraph({ input, out, cacheFingerprint: "test-c" });
    expect(second.summary.cache).toMatchObject({ hits: 1, misses: 2, corrupt: 2, written: 2 });
    expect(exported(second.graph)).toBe(exported(first.graph));
    const rewritten = readFileSync(pack, "utf8").trimEnd().split("\n");
    expect(rewritten.map((line) => JSON.parse(line).key).sort()).toEqual([...keys].sort());
    forgetLastBuild(out);
    const third = await buildGraph({ input, out, cacheFingerprint: "test-c" });
    expect(third.summary.cache).toMatchObject({ hits: 3, misses: 0, corrupt: 0 });
  }, 60_000);

  it("starts afresh when the version fingerprint changes, removing the old entries", async () => {
    const input = corpus();
    const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cache-out-"));
    await buildGraph({ input, out, cacheFingerprint: "test-v1" });
    const next = await buildGraph({ input, out, cacheFingerprint: "test-v2" });
    expect(next.summary.cache).toMatchObject({ hits: 0, misses: 3 });
    expect(existsSync(path.join(out, ".cache", "extract-test-v1"))).toBe(false);
  }, 60_000);

  it("fingerprints PIPELINE_VERSION (and the extraction code and data versions)", () => {
    expect(extractionFingerprint("1")).toBe(extractionFingerprint("1"));
    expect(extractionFingerprint("1")).not.toBe(extractionFingerprint("2"));
  });
});
