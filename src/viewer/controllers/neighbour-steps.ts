/**
 * Arrow-key walking: from the node selected when you start, each step selects its next neighbour
 * (sorted by label), so you can review every connection of one node in turn. Selecting anything
 * else by other means starts a new walk.
 */
import type { DatasetGraph } from "../data/validate";

export interface Step {
  anchor: string;
  key: string;
  index: number;
  count: number;
}

export class NeighbourSteps {
  private walk: { anchor: string; neighbours: string[]; index: number; current: string } | null = null;

  step(graph: DatasetGraph, selected: string, direction: 1 | -1): Step | null {
    if (!graph.hasNode(selected)) return null;
    if (!this.walk || this.walk.current !== selected) {
      const neighbours = graph.neighbors(selected);
      if (!neighbours.length) return null;
      neighbours.sort((a, b) =>
        graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")),
      );
      this.walk = { anchor: selected, neighbours, index: direction === 1 ? -1 : 0, current: selected };
    }
    const walk = this.walk;
    const n = walk.neighbours.length;
    walk.index = (walk.index + direction + n) % n;
    walk.current = walk.neighbours[walk.index]!;
    return { anchor: walk.anchor, key: walk.current, index: walk.index, count: n };
  }

  reset(): void {
    this.walk = null;
  }
}
