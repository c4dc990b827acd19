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
import type { EdgeLayers } from "./edge-layers";

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

  constructor(
    private readonly sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>,
    private readonly edgeLayers: EdgeLayers,
  ) {
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

  /** A new dataset: forget the hover, take the selection; the next graphChanging() applies it. */
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

  /**
   * Before the sigma graph is replaced (dataset, filters, sizes): the focus sets are rebuilt
   * against the new graph, and sigma's own refresh in `setGraph` then applies the reducers once,
   * instead of a second full refresh right after it.
   */
  graphChanging(next: SigmaGraph): void {
    if (this.hovered && !next.hasNode(this.hovered)) this.hovered = null;
    this.focus = this.computeFocus(next);
    this.edgeLayers.setContextVisible(!isLevelOfDetail(next) || this.focus === null);
  }

  private graph(): SigmaGraph {
    return this.sigma.getGraph() as SigmaGraph;
  }

  /**
   * Small graphs: entering or leaving focus hides or restores every other edge and moves edges
   * between programs (arrow ↔ line), so sigma re-indexes everything; from one focus to another
   * only the two neighbourhoods go back through the reducers.
   *
   * Big graphs (level of detail) never touch the edges out of focus: the context layer of
   * translucent lines is switched off as a whole (edge-layers.ts) and only the nodes (dimmed or
   * restored) and the edges in focus are re-reduced and rewritten in place in sigma's buffers
   * (`skipIndexation`), without re-indexing 10k nodes and 30k edges.
   */
  private recompute(previousSelected: string | null = this.selectedNode()): void {
    const before = this.focus;
    const after = this.computeFocus();
    this.focus = after;
    const centres = [previousSelected, this.selectedNode()];
    if (!before && !after) {
      if (previousSelected !== this.selectedNode()) this.refreshItems(centres, []);
      return;
    }
    const edges = new Set([...(before?.edges ?? []), ...(after?.edges ?? [])]);
    if (before && after) {
      this.refreshItems([...before.nodes, ...after.nodes, ...centres], edges);
      return;
    }
    if (this.lod) {
      this.refreshItems(this.graph().nodes(), edges);
      return;
    }
    this.sigma.refresh();
  }

  /** Re-reduce only these nodes and edges (those gone from the graph are skipped). */
  private refreshItems(nodes: Iterable<string | null>, edges: Iterable<string>): void {
    const graph = this.graph();
    const partialGraph = {
      nodes: [...new Set(nodes)].filter((node): node is string => node !== null && graph.hasNode(node)),
      edges: [...edges].filter((edge) => graph.hasEdge(edge)),
    };
    if (!this.lod) {
      this.sigma.refresh({ partialGraph });
      return;
    }
    this.edgeLayers.setContextVisible(this.focus === null);
    try {
      this.sigma.refresh({ partialGraph, skipIndexation: true });
    } catch {
      // An item sigma has not indexed yet (the graph changed and its refresh is still scheduled)
      // cannot be rewritten in place; re-index everything instead.
      this.sigma.refresh();
    }
  }

  /** Whether the current graph is drawn at the lower level of detail (cached per graph). */
  private get lod(): boolean {
    return isLevelOfDetail(this.graph());
  }

  private selectedNode(): string | null {
    return this.selection.kind === "node" ? this.selection.key : null;
  }

  private computeFocus(graph: SigmaGraph = this.graph()): Focus | null {
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
      // Edges in focus always show their direction: small graphs move them to an arrow program;
      // big graphs leave every edge in the line program and draw the focus on the label layer.
      if (!this.lod) data.type = data.curvature ? "curvedArrow" : "arrow";
      data.zIndex = 1;
      data.forceLabel = true;
      data.size = data.size + (selected ? 2 : 0.5);
    } else if (!this.lod) {
      data.hidden = true;
      // Hidden edges still cost vertex work in their program; the line program is the cheapest.
      data.type = "line";
    }
    return data;
  }
}
