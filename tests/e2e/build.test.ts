/**
 * The pipeline end to end on the five built-in articles: real expectations about the graph a
 * reader would check, the files the build writes, and the CLI's exit codes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build";
import type { NewsGraph } from "../../src/graph";
import { RELATION_TYPES } from "../../src/schema";
import { hasCommand, hasShared, repoRoot, sharedPath } from "../support/shared";

const out = mkdtempSync(path.join(os.tmpdir(), "newsgraph-e2e-"));
let graph: NewsGraph;

beforeAll(async () => {
  ({ graph } = await buildGraph({ input: path.join(repoRoot, "graph-data/articles"), out }));
}, 60_000);

const labelled = (label: string) => graph.findNode((_n, a) => a.label === label);

describe("graph from the five articles", () => {
  it("has the people of the main stories as person nodes under their full names", () => {
    for (const name of [
      "Volodymyr Zelensky",
      "Oleksandr Syrskyi",
      "Vyacheslav Gladkov",
      "Vladimir Putin",
      "Joe Biden",
    ]) {
      const node = labelled(name);
      expect(node, name).toBeDefined();
      expect(graph.getNodeAttribute(node!, "type")).toBe("person");
    }
    const zelensky = graph.getNodeAttributes(labelled("Volodymyr Zelensky")!);
    expect(zelensky.aliases).toEqual(
      expect.arrayContaining(["Zelenskiy", "Zelenskyy"].map((s) => expect.stringContaining(s))),
    );
    expect(zelensky.articles.length).toBeGreaterThanOrEqual(4);
  });

  it("has no node from page furniture or unrelated teasers", () => {
    const labels = graph.mapNodes((_n, a) => a.label.toLowerCase());
    for (const noise of [
      "reuters",
      "ap",
      "chrome",
      "planet labs",
      "shaka",
      "vance",
      "trump",
      "real madrid",
      "petronas",
      "haiti",
    ]) {
      expect(labels, noise).not.toContain(noise);
    }
  });

  it("has an edge of each core relation type, each with evidence naming its article and sentence", () => {
    for (const type of ["said", "commands", "attacked", "located-in"]) {
      expect(
        graph.someEdge((_e, a) => a.type === type),
        type,
      ).toBe(true);
    }
    graph.forEachEdge((edge, a) => {
      expect(RELATION_TYPES).toContain(a.type);
      expect(a.evidence.length, edge).toBeGreaterThan(0);
      expect(a.weight).toBe(a.evidence.length);
      for (const e of a.evidence) {
        expect(e.article).toMatch(/^\d{3}_/);
        if (e.source !== "gazetteer") expect(e.text.length).toBeGreaterThan(10);
      }
    });
    graph.forEachNode((node, a) => {
      expect(a.evidence.length, node).toBeGreaterThan(0);
      expect(node).toBe(`${a.type}:${node.slice(a.type.length + 1)}`);
    });
  });

  it("keeps the quote on said edges and places the Kursk region in Russia", () => {
    const said = graph.filterEdges((_e, a) => a.type === "said");
    expect(
      said.some((e) => graph.getEdgeAttribute(e, "evidence").some((x) => (x.quote ?? "").length > 10)),
    ).toBe(true);
    const kursk = labelled("Kursk region");
    const russia = labelled("Russia");
    expect(kursk && russia && graph.hasEdge(`located-in:${kursk}->${russia}`)).toBe(true);
  });

  it("writes graphology JSON that imports back into an identical multigraph", () => {
    const data = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8"));
    expect(data.options).toMatchObject({ type: "directed", multi: true });
    const copy = new Graph({ type: "directed", multi: true });
    copy.import(data);
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    copy.forEachNode((_n, a) => expect(typeof a.x).toBe("number"));
  });
});

describe("graph.gexf", () => {
  it("validates against the official GEXF 1.3 RelaxNG schema", () => {
    if (!hasShared("schemas/gexf-1.3/gexf.rng")) return;
    if (!hasCommand("/usr/bin/xmllint")) throw new Error("xmllint is missing: apt-get install libxml2-utils");
    const result = spawnSync(
      "/usr/bin/xmllint",
      ["--noout", "--relaxng", sharedPath("schemas/gexf-1.3/gexf.rng"), path.join(out, "graph.gexf")],
      { encoding: "utf8" },
    );
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  it("is read by NetworkX with node types, labels and edge relation labels intact", () => {
    if (!hasCommand("/usr/bin/python3")) throw new Error("python3 is missing");
    const json = execFileSync(
      "/usr/bin/python3",
      [path.join(repoRoot, "tests/support/read_gexf_networkx.py"), path.join(out, "graph.gexf")],
      { encoding: "utf8" },
    );
    const read = JSON.parse(json) as {
      directed: boolean;
      nodes: Record<string, { label: string; type: string; viz: { color: { r: number } } }>;
      edges: { source: string; target: string; label: string; type: string }[];
    };
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes)).toHaveLength(graph.order);
    expect(read.edges).toHaveLength(graph.size);
    graph.forEachNode((node, a) => {
      expect(read.nodes[node]).toMatchObject({ label: a.label, type: a.type });
    });
    for (const edge of read.edges) expect(edge.label).toBe(edge.type);
  });
});

describe("build CLI", () => {
  const cli = path.join(repoRoot, "scripts/build-graph.ts");
  const tsx = path.join(repoRoot, "node_modules/.bin/tsx");

  it("prints a JSON summary with --json and exits 0", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-cli-"));
    writeFileSync(
      path.join(dir, "one.txt"),
      "Polish President Marek Wolny said on Monday that the talks in Warsaw had failed.\n",
    );
    const result = spawnSync(tsx, [cli, "--input", dir, "--out", dir, "--json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles).toBe(1);
    expect(summary.nodesByType.person).toBe(1);
  }, 30_000);

  it("fails with a clear message naming the folder, leaving no output", () => {
    const missing = path.join(os.tmpdir(), "newsgraph-no-such-folder");
    const result = spawnSync(tsx, [cli, "--input", missing, "--out", missing, "--quiet"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(missing);
  }, 30_000);
});
