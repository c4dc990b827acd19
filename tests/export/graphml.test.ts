/**
 * GraphML: well-formed, typed keys, read back by graphology-graphml, NetworkX and igraph with
 * node/edge counts, types, labels and list/evidence attributes intact.
 */
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGraphml } from "../../src/export/graphml";
import { available, hasCommand, hasPythonModule, runPython, xmllint } from "./external-tools";
import { addNode, sampleGraph } from "./sample-graph";

const canNetworkx = available(
  hasPythonModule("networkx"),
  "/usr/bin/python3 with networkx (python3-networkx)",
);
const canIgraph = available(hasPythonModule("igraph"), "/usr/bin/python3 with igraph (python3-igraph)");
const canXmllint = available(hasCommand("xmllint", ["--version"]), "xmllint (apt-get install libxml2-utils)");

describe("GraphML export", () => {
  it("declares each attribute once with its type", () => {
    const xml = toGraphml(sampleGraph());
    expect(xml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(xml).toContain('<key id="n_size" for="node" attr.name="size" attr.type="double"/>');
    expect(xml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });

  it.skipIf(!canXmllint)("is well-formed even with control characters in labels", () => {
    const graph = sampleGraph();
    addNode(graph, "organisation", "Bad\u0000Org\u0008 \udc00 & <co>");
    expect(xmllint(["--noout"], toGraphml(graph)).ok).toBe(true);
  });

  it("is read back by graphology-graphml with every node, edge and attribute", () => {
    const graph = sampleGraph();
    const parsed = parse(MultiDirectedGraph, toGraphml(graph));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const b = parsed.getNodeAttributes(key);
      expect(b).toMatchObject({ label: a.label, type: a.type, mentions: a.mentions, color: a.color });
      expect(String(b.aliases).split("|")).toEqual(a.aliases);
      expect(JSON.parse(String(b.evidence))).toEqual(a.evidence);
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(parsed.source(key)).toBe(source);
      expect(parsed.target(key)).toBe(target);
      expect(parsed.getEdgeAttributes(key)).toMatchObject({ type: a.type, label: a.label, weight: a.weight });
    });
  });

  it.skipIf(!canNetworkx)("is read by NetworkX as a directed multigraph with typed attributes", () => {
    const code = `
import sys, json, io, networkx as nx
g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
n = g.nodes["event:bridge-summit"]
said = [d for u, v, d in g.edges(data=True) if d["type"] == "said"][0]
print(json.dumps({"multi": g.is_multigraph(), "directed": g.is_directed(), "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(), "label": n["label"], "type": n["type"], "date": n["date"],
  "mentionsType": type(n["mentions"]).__name__, "sizeType": type(n["size"]).__name__,
  "said": json.loads(said["evidence"]), "pairs": len(g.get_edge_data("person:jean-luc-darbois", "place:novoselivka"))}))`;
    const graph = sampleGraph();
    const result = runPython(code, toGraphml(graph));
    expect(result).toEqual({
      multi: true,
      directed: true,
      nodes: graph.order,
      edges: graph.size,
      label: "Bridge <Summit> 🌉",
      type: "event",
      date: "2024-03-01",
      mentionsType: "int",
      sizeType: "float",
      said: graph.getEdgeAttribute("said:person:jean-luc-darbois->event:bridge-summit", "evidence"),
      pairs: 2,
    });
  });

  it.skipIf(!canIgraph)("is read by igraph with labels and types", () => {
    const code = `
import sys, json, tempfile, igraph
with tempfile.NamedTemporaryFile(suffix=".graphml") as f:
    f.write(sys.stdin.buffer.read()); f.flush()
    g = igraph.Graph.Read_GraphML(f.name)
print(json.dumps({"directed": g.is_directed(), "nodes": g.vcount(), "edges": g.ecount(),
  "labels": sorted(g.vs["label"]), "types": sorted(set(g.vs["type"])), "relations": sorted(set(g.es["type"]))}))`;
    const graph = sampleGraph();
    const result = runPython(code, toGraphml(graph));
    expect(result).toEqual({
      directed: true,
      nodes: graph.order,
      edges: graph.size,
      labels: graph.mapNodes((_k, a) => a.label).sort(),
      types: ["event", "organisation", "person", "place"],
      relations: [...new Set(graph.mapEdges((_k, a) => a.type))].sort(),
    });
  });
});
