/**
 * Hover and selection highlighting through sigma reducers only. The focus sets (the focused
 * node(s), their neighbours and incident edges) are computed once when the focus changes; the
 * reducers just look them up, so a refresh costs one Set lookup per node and per edge.
 */
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { SigmaEdgeAttributes, SigmaGraph, SigmaNodeAttributes } from "../graph/sigma-graph";
import type { Selection } from "../state/view-state";

/** Above this many neighbours, labels are left to sigma's grid so they do not pile up. */
const MAX_FORCED_LABELS = 60;

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  centre: Set<string>;
  forceLabels: boolean;
}

export class HighlightController {
  private hovered: string | null = null;
  private selection: Selection = { kind: "none" };
  private focus: Focus | null = null;
  private dimColor = "#d5d8de";

  constructor(private readonly sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>) {
    sigma.setSetting("nodeReducer", (node, data) => this.reduceNode(node, data));
    sigma.setSetting("edgeReducer", (edge, data) => this.reduceEdge(edge, data));
  }

  setDimColor(color: string): void {
    this.dimColor = color;
    if (this.focus) this.sigma.refresh({ skipIndexation: true });
  }

  setHovered(node: string | null): void {
    if (node === this.hovered) return;
    this.hovered = node;
    this.recompute();
  }

  setSelection(selection: Selection): void {
    this.selection = selection;
    this.recompute();
  }

  /** After the sigma graph is replaced (filters), the sets must be rebuilt against it. */
  graphChanged(): void {
    if (this.hovered && !this.graph().hasNode(this.hovered)) this.hovered = null;
    this.recompute();
  }

  private graph(): SigmaGraph {
    return this.sigma.getGraph() as SigmaGraph;
  }

  private recompute(): void {
    const had = this.focus !== null;
    this.focus = this.computeFocus();
    if (had || this.focus) this.sigma.refresh({ skipIndexation: true });
  }

  private computeFocus(): Focus | null {
    const graph = this.graph();
    const centre = new Set<string>();
    const edges = new Set<string>();
    if (this.hovered && graph.hasNode(this.hovered)) {
      centre.add(this.hovered);
    } else if (this.selection.kind === "node" && graph.hasNode(this.selection.key)) {
      centre.add(this.selection.key);
    } else if (this.selection.kind === "edge" && graph.hasEdge(this.selection.key)) {
      const edge = this.selection.key;
      edges.add(edge);
      return {
        nodes: new Set([graph.source(edge), graph.target(edge)]),
        edges,
        centre: new Set([graph.source(edge), graph.target(edge)]),
        forceLabels: true,
      };
    } else {
      return null;
    }
    const nodes = new Set(centre);
    for (const node of centre) {
      graph.forEachNeighbor(node, (neighbour) => {
        nodes.add(neighbour);
      });
      graph.forEachEdge(node, (edge) => {
        edges.add(edge);
      });
    }
    return { nodes, edges, centre, forceLabels: nodes.size <= MAX_FORCED_LABELS };
  }

  private reduceNode(node: string, data: SigmaNodeAttributes): Partial<NodeDisplayData> {
    const focus = this.focus;
    const selected = this.selection.kind === "node" && this.selection.key === node;
    if (!focus) return selected ? { ...data, highlighted: true } : data;
    if (focus.centre.has(node)) return { ...data, zIndex: 2, forceLabel: true, highlighted: true };
    if (focus.nodes.has(node)) return { ...data, zIndex: 1, forceLabel: focus.forceLabels };
    return { ...data, color: this.dimColor, label: "", zIndex: 0, highlighted: selected };
  }

  private reduceEdge(edge: string, data: SigmaEdgeAttributes): Partial<EdgeDisplayData> {
    const focus = this.focus;
    if (!focus) return data;
    if (focus.edges.has(edge)) {
      const selected = this.selection.kind === "edge" && this.selection.key === edge;
      return { ...data, zIndex: 1, forceLabel: true, size: selected ? data.size + 2 : data.size + 0.5 };
    }
    return { ...data, hidden: true };
  }
}
