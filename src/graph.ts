/** The graph type every stage and exporter shares: a directed multigraph with typed attributes. */
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "./schema";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createNewsGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}
