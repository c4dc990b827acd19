/**
 * The filtered graph as GEXF 1.3 with the layout on screen: the pipeline's own writer
 * (src/export/gexf.ts, valid against the official schema, which graphology-gexf's writer is not),
 * given the on-screen positions.
 */
import { toGexf as writeGexf } from "../../export/gexf";
import type { DatasetGraph } from "../data/validate";
import type { Positions } from "../graph/sigma-graph";

export function toGexf(graph: DatasetGraph, positions: Positions, description = "newsgraph view"): string {
  return writeGexf(graph, {
    creator: "newsgraph viewer",
    description,
    positionOf: (node) => positions.get(node),
  });
}
