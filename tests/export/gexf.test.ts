/**
 * GEXF: valid against the GEXF 1.3 RELAX NG schema (the authoritative one), readable by NetworkX
 * with attributes intact, and a JSON → GEXF → graph round trip keeps every node, edge, type, label.
 */
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf";
import { toGraphologyJson } from "../../src/export/json";
import { createNewsGraph } from "../../src/graph";
import { available, gexfSchema, hasCommand, hasPythonModule, runPython, xmllint } from "./external-tools";
import { addNode, sampleGraph } from "./sample-graph";

const schema = gexfSchema();
const canValidate =
  available(schema !== undefined, "../shared/schemas/gexf-1.3/gexf.rng (GEXF schema)") &&
  available(hasCommand("xmllint", ["--version"]), "xmllint (apt-get install libxml2-utils)");
const canNetworkx = available(
  hasPythonModule("networkx"),
  "/usr/bin/python3 with networkx (python3-networkx)",
);

describe("GEXF export", () => {
  it.skipIf(!canValidate)("validates against the GEXF 1.3 RELAX NG schema", () => {
    const result = xmllint(["--noout", "--relaxng", schema!], toGexf(sampleGraph()));
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it.skipIf(!canValidate)("stays valid with control characters and lone surrogates in labels", () => {
    const graph = sampleGraph();
    addNode(graph, "person", "Bad\u0000Name\u0007 \ud800 end", { description: "x\u001b[31m" });
    graph.setAttribute("name", "name\u0001");
    const result = xmllint(["--noout", "--relaxng", schema!], toGexf(graph));
    expect(result.ok, result.output).toBe(true);
  });

  it("round-trips JSON → GEXF → graph keeping every node, edge, type and label", () => {
    const original = sampleGraph();
    const fromJson = createNewsGraph();
    fromJson.import(JSON.parse(toGraphologyJson(original)));
    const parsed = parse(MultiDirectedGraph, toGexf(fromJson));
    expect(parsed.order).toBe(original.order);
    expect(parsed.size).toBe(original.size);
    original.forEachNode((key, a) => {
      expect(parsed.hasNode(key)).toBe(true);
      const b = parsed.getNodeAttributes(key);
      expect(b).toMatchObject({
        label: a.label,
        type: a.type,
        mentions: a.mentions,
        size: a.size,
        x: a.x,
        y: a.y,
      });
      // liststring values come back as arrays from graphology-gexf.
      const list = (value: unknown) => (Array.isArray(value) ? value : String(value).split("|"));
      expect(list(b.aliases)).toEqual(a.aliases);
      expect(list(b.articles)).toEqual(a.articles);
      expect(JSON.parse(String(b.evidence))).toEqual(a.evidence);
      if (a.lat !== undefined) expect(b.lat).toBe(a.lat);
      if (a.date !== undefined) expect(b.date).toBe(a.date);
      if (a.description !== undefined) expect(b.description).toBe(a.description);
    });
    original.forEachEdge((key, a, source, target) => {
      expect(parsed.hasEdge(key)).toBe(true);
      expect(parsed.source(key)).toBe(source);
      expect(parsed.target(key)).toBe(target);
      const b = parsed.getEdgeAttributes(key);
      expect(b).toMatchObject({ type: a.type, label: a.type, weight: a.weight });
      expect(JSON.parse(String(b.evidence))).toEqual(a.evidence);
    });
    expect(parsed.getAttributes()).toMatchObject({ creator: "newsgraph" });
  });

  it.skipIf(!canNetworkx)("is read by NetworkX with attributes and colours intact", () => {
    // NetworkX 2.8 reads GEXF up to 1.2draft, whose structure 1.3 keeps: only the namespace differs.
    const xml = toGexf(sampleGraph())
      .replace(/http:\/\/gexf\.net\/1\.3/g, "http://www.gexf.net/1.2draft")
      .replace('version="1.3"', 'version="1.2"');
    const code = `
import sys, json, io, networkx as nx
g = nx.read_gexf(io.BytesIO(sys.stdin.buffer.read()))
node = g.nodes["person:jean-luc-darbois"]
edges = [(u, v, d["type"], d["label"], d["weight"]) for u, v, d in g.edges(data=True)]
print(json.dumps({"multi": g.is_multigraph(), "directed": g.is_directed(), "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(), "node": {k: node[k] for k in ("label", "type", "mentions", "aliases")},
  "color": node["viz"]["color"], "edgeList": sorted(edges)}))`;
    const result = runPython(code, xml) as {
      multi: boolean;
      directed: boolean;
      nodes: number;
      edges: number;
      node: Record<string, unknown>;
      color: Record<string, number>;
      edgeList: [string, string, string, string, number][];
    };
    const graph = sampleGraph();
    expect(result).toMatchObject({ multi: true, directed: true, nodes: graph.order, edges: graph.size });
    expect(result.node).toEqual({
      label: "Jean-Luc d'Arbois",
      type: "person",
      mentions: 5,
      aliases: `Jean-Luc d'Arbois|Jean-Luc d'Arbois (alias, "quoted")`,
    });
    expect(result.color).toMatchObject({ r: 0xe4, g: 0x57, b: 0x2e });
    expect(result.edgeList).toContainEqual([
      "person:jean-luc-darbois",
      "organisation:ministry-of-bridges-roads-ferries",
      "member-of",
      "member-of",
      3,
    ]);
  });
});
