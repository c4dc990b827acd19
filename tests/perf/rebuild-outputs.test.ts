/**
 * A watching process's rebuild writes its outputs from the previous build's pieces (and, where it
 * can, its merge from memory): the files must be byte for byte those of a build from scratch in a
 * fresh process given the same input and the same previous graph (positions are kept from it).
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type BuildOptions, buildGraph, newBuildSession } from "../../src/build";
import { sameValue } from "../../src/export/kept-fragments";
import { repoRoot } from "../support/shared";

const OUTPUTS = ["graph.json", "graph.gexf", "clean-report.json"];
const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsgraph-${name}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The outputs a build from scratch (no session, no cache) writes, starting from `previousOut`'s graph. */
async function scratchBuild(input: string, previousOut: string): Promise<Map<string, Buffer>> {
  const out = temp("scratch");
  copyFileSync(path.join(previousOut, "graph.json"), path.join(out, "graph.json"));
  await buildGraph({ input, out, cache: false, workers: "never" });
  return new Map(OUTPUTS.map((name) => [name, readFileSync(path.join(out, name))]));
}

describe("rebuild in a watching process", () => {
  it("writes exactly what a build from scratch writes, re-serialising only what changed", async () => {
    const input = temp("rebuild-in");
    const out = temp("rebuild-out");
    const source = path.join(repoRoot, "graph-data/articles");
    const names = readdirSync(source).sort();
    for (const name of names.slice(0, 4)) copyFileSync(path.join(source, name), path.join(input, name));
    const session = newBuildSession();
    const options: BuildOptions = { input, out, session, workers: "never" };
    const first = await buildGraph(options);
    const pieces = first.summary.nodes + first.summary.edges;
    expect(session.fragments.rendered).toBe(2 * pieces);

    // One article edited (new people, a new relation), one removed, one added, one renamed (same
    // text, another id).
    const edited = path.join(input, names[0]!);
    writeFileSync(
      edited,
      `${readFileSync(edited, "utf8").trimEnd()}\nPolish President Marek Wolny met Ilse Brandt in Vilnius on Monday, officials said.\n`,
    );
    const previous = temp("previous");
    copyFileSync(path.join(out, "graph.json"), path.join(previous, "graph.json"));
    unlinkSync(path.join(input, names[1]!));
    copyFileSync(path.join(source, names[4]!), path.join(input, names[4]!));
    renameSync(path.join(input, names[2]!), path.join(input, `renamed-${names[2]!}`));
    const second = await buildGraph(options);
    const expected = await scratchBuild(input, previous);
    for (const name of OUTPUTS)
      expect(readFileSync(path.join(out, name)).equals(expected.get(name)!), name).toBe(true);
    const written = readFileSync(path.join(out, "graph.json"), "utf8");
    expect(written).toContain("Marek Wolny");
    expect(written).toContain(`renamed-${names[2]!.replace(/\.txt$/, "")}`);
    const secondPieces = second.summary.nodes + second.summary.edges;
    expect(session.fragments.rendered).toBeGreaterThan(0);
    expect(session.fragments.rendered).toBeLessThan(2 * secondPieces);

    // Nothing changed: the build stops after reading the input, and the files stay the same.
    const before = new Map(OUTPUTS.map((name) => [name, readFileSync(path.join(out, name))]));
    const third = await buildGraph(options);
    expect(third.summary.upToDate).toBe(true);
    expect(third.summary.nodes).toBe(second.summary.nodes);
    for (const name of OUTPUTS)
      expect(readFileSync(path.join(out, name)).equals(before.get(name)!), name).toBe(true);
    expect(JSON.stringify(third.graph.export())).toBe(before.get("graph.json")!.toString());
  }, 180_000);
});

describe("a build with nothing changed", () => {
  it("stops early only while the input, the options and the last outputs are as they were", async () => {
    const input = temp("unchanged-in");
    const out = temp("unchanged-out");
    const source = path.join(repoRoot, "graph-data/articles");
    const names = readdirSync(source).sort().slice(0, 2);
    for (const name of names) copyFileSync(path.join(source, name), path.join(input, name));
    const options: BuildOptions = { input, out, workers: "never", cacheFingerprint: "unchanged-test" };
    const first = await buildGraph(options);
    expect(first.summary.upToDate).toBeUndefined();
    const again = await buildGraph(options);
    expect(again.summary).toMatchObject({
      upToDate: true,
      nodes: first.summary.nodes,
      edges: first.summary.edges,
    });

    // An output edited or removed by hand is written again.
    const graphJson = path.join(out, "graph.json");
    writeFileSync(graphJson, readFileSync(graphJson, "utf8").replace("}", " }"));
    expect((await buildGraph(options)).summary.upToDate).toBeUndefined();
    expect((await buildGraph(options)).summary.upToDate).toBe(true);
    unlinkSync(path.join(out, "graph.gexf"));
    expect((await buildGraph(options)).summary.upToDate).toBeUndefined();
    expect(readFileSync(path.join(out, "graph.gexf"), "utf8")).toContain("<gexf");

    // Other options, another extraction version, a renamed file: built again.
    expect((await buildGraph({ ...options, formats: ["json"] })).summary.upToDate).toBeUndefined();
    expect((await buildGraph(options)).summary.upToDate).toBeUndefined();
    expect(
      (await buildGraph({ ...options, cacheFingerprint: "unchanged-test-2" })).summary.upToDate,
    ).toBeUndefined();
    renameSync(path.join(input, names[0]!), path.join(input, `renamed-${names[0]!}`));
    expect(
      (await buildGraph({ ...options, cacheFingerprint: "unchanged-test-2" })).summary.upToDate,
    ).toBeUndefined();
    // And --no-cache always builds.
    expect((await buildGraph({ ...options, cache: false })).summary.upToDate).toBeUndefined();
  }, 180_000);
});

describe("sameValue", () => {
  it("compares JSON-like values deeply, with key order", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: 2 }, { a: [1, { b: "x" }], c: 2 })).toBe(true);
    expect(sameValue({ a: 1, c: 2 }, { c: 2, a: 1 })).toBe(false);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
