/**
 * Layout: ForceAtlas2 positions written onto the nodes, so any viewer (ours, Gephi) draws the
 * graph as built. Starting positions come from a previous build where a node already existed, so a
 * rebuild keeps the picture the user knows; new nodes start on a circle around the origin.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { NewsGraph } from "../graph";

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  previous?: Positions;
  /** Fixed seed so the same input gives the same picture. */
  seed?: number;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

export function iterationsFor(order: number): number {
  if (order <= 500) return 300;
  if (order <= 5_000) return 100;
  return 40;
}

export function layoutGraph(graph: NewsGraph, options: LayoutOptions = {}): void {
  const random = seededRandom(options.seed ?? 42);
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  graph.forEachNode((node) => {
    const known = options.previous?.get(node);
    const angle = random() * Math.PI * 2;
    const distance = radius * Math.sqrt(random());
    graph.mergeNodeAttributes(
      node,
      known ?? { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance },
    );
  });
  if (graph.order < 2) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: iterationsFor(graph.order),
    settings: { ...settings, barnesHutOptimize: graph.order > 2_000, adjustSizes: false },
    getEdgeWeight: "weight",
  });
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, {
      x: Math.round(attributes.x * 100) / 100,
      y: Math.round(attributes.y * 100) / 100,
    });
  });
}
