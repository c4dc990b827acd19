/** graphology's own serialisation of the graph, the contract `graph.json` follows. */
import type { NewsGraph } from "../graph";

export function toGraphologyJson(graph: NewsGraph): string {
  return JSON.stringify(graph.export());
}
