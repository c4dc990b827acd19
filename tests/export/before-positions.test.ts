/**
 * graph.json and graph.gexf rendered before the layout ends (src/export/before-positions.ts):
 * once the positions are in, the text must be exactly what the whole-graph writers make.
 */
import { describe, expect, it } from "vitest";
import { generateNewsGraph } from "../../src/bench/generate-graph";
import { renderBeforePositions } from "../../src/export/before-positions";
import { toGexf } from "../../src/export/gexf";
import { toGraphologyJson } from "../../src/export/json";
import type { NewsGraph } from "../../src/graph";
import { layoutGraph } from "../../src/pipeline/layout";
import { addNode, sampleGraph } from "./sample-graph";

function renderedAround(graph: NewsGraph, lay: (graph: NewsGraph) => void) {
  const pending = renderBeforePositions(graph, { json: true, gexf: true });
  lay(graph);
  const { json, gexf } = pending.finish();
  return { json: json!.join(""), gexf: gexf!.join("") };
}

describe("outputs rendered before the positions", () => {
  it("equal the whole-graph writers' text on hostile attribute text", () => {
    const graph = sampleGraph();
    // Text that looks like the position keys, in a label and in evidence.
    addNode(graph, "person", 'Dana ,"x":0,"y":0, Orrell', {
      x: 0,
      y: 0,
      evidence: [{ article: "a", sentence: 0, text: ',"x":0,"y":0,"size":3}}' }],
    });
    const { json, gexf } = renderedAround(graph, (g) => {
      let i = 0;
      g.forEachNode((key) => {
        g.mergeNodeAttributes(key, { x: -12.5 + i * 0.01, y: i++ * 1e21 });
      });
    });
    expect(json).toBe(toGraphologyJson(graph));
    expect(gexf).toBe(toGexf(graph));
    expect(
      JSON.parse(json).nodes.find((n: { key: string }) => n.key.includes("dana")).attributes.x,
    ).toBeCloseTo(-12.5 + (graph.order - 1) * 0.01);
  });

  it("equal them on a laid-out generated graph of 3,000 nodes (more than one chunk)", () => {
    const graph = generateNewsGraph({ nodes: 3_000, edges: 6_000, seed: 5 });
    const { json, gexf } = renderedAround(graph, (g) => layoutGraph(g));
    expect(json).toBe(toGraphologyJson(graph));
    expect(gexf).toBe(toGexf(graph));
    expect(JSON.parse(json).nodes).toHaveLength(3_000);
  }, 60_000);

  it("render a node whole when its position cannot be found in its text", () => {
    const graph = sampleGraph();
    const key = graph.nodes()[0]!;
    // x and y last: no attribute follows them, so the split point is missing.
    const { x: _x, y: _y, ...rest } = graph.getNodeAttributes(key);
    graph.replaceNodeAttributes(key, { ...rest, x: 1, y: 2 });
    const { json } = renderedAround(graph, (g) => g.mergeNodeAttributes(key, { x: 7, y: 8 }));
    expect(json).toBe(toGraphologyJson(graph));
    expect(JSON.parse(json).nodes[0].attributes).toMatchObject({ x: 7, y: 8 });
  });
});
