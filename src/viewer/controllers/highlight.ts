/**
 * Hover and selection highlighting through sigma reducers only. The focus sets (the focused
 * node(s), their neighbours and incident edges) are computed once when the focus changes; the
 * reducers just look them up, so a refresh costs one Set lookup per node and per edge.
 */
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import {
  isLevelOfDetail,
  type SigmaEdgeAttributes,
  type SigmaGraph,
  type SigmaNodeAttributes,
} from "../graph/sigma-graph";
import type { Selection } from "../state/view-state";

type NodeDisplay = SigmaNodeAttributes & Partial<NodeDisplayData>;
type EdgeDisplay = SigmaEdgeAttributes & Partial<Omit<EdgeDisplayData, "type">>;

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
    if (this.focus) this.sigma.refresh();
  }

  hoveredNode(): string | null {
    return this.hovered;
  }

  setHovered(node: string | null): void {
    if (node === this.hovered) return;
    this.hovered = node;
    this.recompute();
  }

  /** A new dataset: forget the hover, take the selection; the next graphChanged() draws it. */
  reset(selection: Selection): void {
    this.hovered = null;
    this.selection = selection;
    this.focus = null;
  }

  setSelection(selection: Selection): void {
    const previous = this.selectedNode();
    this.selection = selection;
    this.recompute(previous);
  }

  /** After the sigma graph is replaced (filters), the sets must be rebuilt against it. */
  graphChanged(): void {
    if (this.hovered && !this.graph().hasNode(this.hovered)) this.hovered = null;
    // The old focus sets belong to the old graph: start afresh with a full refresh.
    this.focus = null;
    this.focus = this.computeFocus();
    this.sigma.refresh();
  }

  private graph(): SigmaGraph {
    return this.sigma.getGraph() as SigmaGraph;
  }

  /**
   * From one focus to another only the two neighbourhoods change (everything else stays dimmed),
   * so only they go back through the reducers. Entering or leaving focus dims or restores every
   * node; in small graphs it also hides every other edge (a full refresh), while big graphs keep
   * their translucent edges and only re-reduce the edges in focus.
   */
  private recompute(previousSelected: string | null = this.selectedNode()): void {
    const before = this.focus;
    const after = this.computeFocus();
    this.focus = after;
    if (!before && !after) {
      if (previousSelected !== this.selectedNode()) this.sigma.refresh();
      return;
    }
    if (before && after) {
      const nodes = new Set([...before.nodes, ...after.nodes]);
      for (const key of [previousSelected, this.selectedNode()]) if (key) nodes.add(key);
      const graph = this.graph();
      const edges = [...new Set([...before.edges, ...after.edges])].filter((edge) => graph.hasEdge(edge));
      this.sigma.refresh({ partialGraph: { nodes: [...nodes].filter((n) => graph.hasNode(n)), edges } });
      return;
    }
    const graph = this.graph();
    if (isLevelOfDetail(graph)) {
      const edges = [...(before ?? after)!.edges].filter((edge) => graph.hasEdge(edge));
      this.sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges } });
      return;
    }
    this.sigma.refresh();
  }

  /** Whether the current graph is drawn at the lower level of detail (cached per graph). */
  private get lod(): boolean {
    return isLevelOfDetail(this.graph());
  }

  private selectedNode(): string | null {
    return this.selection.kind === "node" ? this.selection.key : null;
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

  // sigma hands reducers a fresh shallow copy of the attributes, so they write into it instead of
  // spreading another object: at 30k edges that halves the allocation (and the GC) per refresh.
  private reduceNode(node: string, data: NodeDisplay): NodeDisplay {
    const focus = this.focus;
    const selected = this.selection.kind === "node" && this.selection.key === node;
    if (!focus) {
      if (selected) data.highlighted = true;
      return data;
    }
    if (focus.centre.has(node)) {
      data.zIndex = 2;
      data.forceLabel = true;
      data.highlighted = true;
    } else if (focus.nodes.has(node)) {
      data.zIndex = 1;
      data.forceLabel = focus.forceLabels;
    } else {
      data.color = this.dimColor;
      data.label = "";
      data.highlighted = selected;
    }
    return data;
  }

  private reduceEdge(edge: string, data: EdgeDisplay): EdgeDisplay {
    const focus = this.focus;
    if (!focus) return data;
    if (focus.edges.has(edge)) {
      data.color = data.baseColor;
      const selected = this.selection.kind === "edge" && this.selection.key === edge;
      // Edges in focus always show their direction, even where the graph draws plain lines.
      data.type = data.curvature ? "curvedArrow" : "arrow";
      data.zIndex = 1;
      data.forceLabel = true;
      data.size = data.size + (selected ? 2 : 0.5);
    } else if (!this.lod) {
      // Hidden edges still cost vertex work in their program; the line program is the cheapest.
      data.hidden = true;
      data.type = "line";
    }
    return data;
  }
}
