/** graphology's own serialisation of the graph, the contract `graph.json` follows. */
import type { NewsGraph } from "../graph";
import type { EdgeAttributes, NodeAttributes } from "../schema";

export function toGraphologyJson(graph: NewsGraph): string {
  return JSON.stringify(graph.export());
}

/*
 * The same document in pieces, for a writer that keeps unchanged nodes' and edges' text between
 * builds: `head`, the nodes joined by ",", `middle`, the edges joined by ",", `tail`. Each piece is
 * what JSON.stringify makes of graphology's serializeNode / serializeEdge (attributes are left out
 * when empty; a directed graph's edges never carry `undirected`).
 */

export function graphologyJsonHead(graph: NewsGraph): string {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  return `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
}

export const GRAPHOLOGY_JSON_MIDDLE = '],"edges":[';
export const GRAPHOLOGY_JSON_TAIL = "]}";

function isEmpty(attributes: object): boolean {
  for (const _ in attributes) return false;
  return true;
}

export function graphologyJsonNode(key: string, attributes: NodeAttributes): string {
  return JSON.stringify(isEmpty(attributes) ? { key } : { key, attributes });
}

export function graphologyJsonEdge(
  key: string,
  source: string,
  target: string,
  attributes: EdgeAttributes,
): string {
  return JSON.stringify(isEmpty(attributes) ? { key, source, target } : { key, source, target, attributes });
}
