/**
 * Filtered graph → sigma graph: display attributes only (position, size, colour, label, program).
 * It is a separate graph because sigma reads `type` as the render program, which clashes with our
 * node and relation types, and because FA2 writes positions into it without touching the dataset.
 */
import Graph from "graphology";
import {
  NODE_TYPE_SPECS,
  type NodeType,
  nodeSize,
  RELATION_TYPE_SPECS,
  type RelationType,
} from "../../schema";
import type { DatasetGraph } from "../data/validate";
import type { SizeBy } from "../state/view-state";

export interface SigmaNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeType;
}

export interface SigmaEdgeAttributes {
  size: number;
  /** What is drawn: the relation's colour, made translucent in big graphs. */
  color: string;
  /** The relation's own colour, for edges in focus. */
  baseColor: string;
  label: string;
  relation: RelationType;
  type: EdgeProgram;
  curvature: number;
}

/**
 * "line" is sigma's cheapest edge program (one GL line, no arrow head): with software WebGL an
 * arrow costs about three times as much to draw, so big graphs draw lines and only the edges
 * around the focused node get arrows (see the highlight reducer).
 */
export type EdgeProgram = "arrow" | "curvedArrow" | "line";

/**
 * Above this many edges the graph is drawn at a lower level of detail: edges are translucent
 * lines, and only edges in focus get their arrow, colour and label.
 */
export const ARROW_EDGE_LIMIT = 5_000;

export function isLevelOfDetail(graph: { size: number }): boolean {
  return graph.size > ARROW_EDGE_LIMIT;
}

export type SigmaGraph = Graph<SigmaNodeAttributes, SigmaEdgeAttributes>;

export type Positions = Map<string, { x: number; y: number }>;

function degreeSize(degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(degree)) * 100) / 100;
}

/**
 * sigma sizes nodes in screen pixels whatever the zoom, so thousands of nodes at news-graph sizes
 * cover each other (and the edges under them); big graphs draw them smaller.
 */
export function sizeScale(order: number): number {
  return order > 1_000 ? Math.max(0.3, Math.sqrt(1_000 / order)) : 1;
}

export function buildSigmaGraph(filtered: DatasetGraph, sizeBy: SizeBy, positions: Positions): SigmaGraph {
  const graph: SigmaGraph = new Graph({ type: "directed", multi: true });
  const scale = sizeScale(filtered.order);
  filtered.forEachNode((key, a) => {
    const at = positions.get(key);
    graph.addNode(key, {
      x: at?.x ?? a.x,
      y: at?.y ?? a.y,
      size: scale * (sizeBy === "degree" ? degreeSize(filtered.degree(key)) : nodeSize(a.mentions)),
      color: NODE_TYPE_SPECS[a.type].color,
      label: a.label,
      kind: a.type,
    });
  });
  const lod = isLevelOfDetail(filtered);
  const base: EdgeProgram = lod ? "line" : "arrow";
  filtered.forEachEdge((key, a, source, target) => {
    graph.addDirectedEdgeWithKey(key, source, target, {
      size: Math.min(1 + Math.log2(Math.max(1, a.weight)), 6),
      color: lod ? `${RELATION_TYPE_SPECS[a.type].color}55` : RELATION_TYPE_SPECS[a.type].color,
      baseColor: RELATION_TYPE_SPECS[a.type].color,
      label: RELATION_TYPE_SPECS[a.type].label,
      relation: a.type,
      type: base,
      curvature: 0,
    });
  });
  curveParallelEdges(graph);
  return graph;
}

/** sigma's own default curvature for curved edges (from @sigma/edge-curve, not imported here so
 * this module stays free of WebGL and testable in node). */
const BASE_CURVATURE = 0.25;

/**
 * Parallel edges (several relations between one pair, or both directions) are spread on curves
 * so each stays visible and clickable. Offsets are measured in the frame of the pair's first
 * key; an edge running the other way gets the opposite sign because sigma bends relative to it.
 */
function curveParallelEdges(graph: SigmaGraph): void {
  // Big graphs draw straight lines only; grouping 150k edges by pair would be wasted.
  if (isLevelOfDetail(graph)) return;
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    const maxOffset = (edges.length - 1) / 2;
    const maxCurvature = 3.5 * (1 - Math.exp(-maxOffset / 3.5)) * BASE_CURVATURE * 2;
    edges.forEach((edge, i) => {
      const offset = i - maxOffset;
      if (offset === 0) return;
      const forward = graph.source(edge) < graph.target(edge);
      graph.mergeEdgeAttributes(edge, {
        type: "curvedArrow",
        curvature: ((forward ? 1 : -1) * maxCurvature * offset) / maxOffset,
      });
    });
  }
}

/** Current positions, so a filter change or a size change does not throw the layout away. */
export function readPositions(graph: SigmaGraph, into: Positions = new Map()): Positions {
  graph.forEachNode((key, a) => {
    into.set(key, { x: a.x, y: a.y });
  });
  return into;
}
