/**
 * graph.json and graph.gexf rendered while the layout is still running. Everything but the node
 * positions is made first (edges whole; each node as the text before and after its position),
 * and `finish` adds the positions once the graph has them. A large build lays its graph out on
 * another thread meanwhile (src/layout/layout-thread.ts). The text is exactly what
 * `toGraphologyJson` and `gexfChunks` make of the laid-out graph
 * (tests/export/before-positions.test.ts).
 */
import type { NewsGraph } from "../graph";
import type { NodeAttributes } from "../schema";
import { GEXF_TAIL, gexfEdge, gexfHead, gexfMiddle, gexfNodeEnd, gexfNodeOpening } from "./gexf";
import {
  GRAPHOLOGY_JSON_MIDDLE,
  GRAPHOLOGY_JSON_TAIL,
  graphologyJsonEdge,
  graphologyJsonHead,
  graphologyJsonNode,
} from "./json";

export interface PositionFreeRender {
  /** The documents, once every node has its final x and y: chunks to stream to a file. */
  finish(): { json?: string[]; gexf?: string[] };
}

/** Pieces per chunk: a few hundred kB each, as gexfChunks makes them. */
const CHUNK = 1000;

/** The JSON text of a node's position, between the attributes before and after it. */
function jsonPosition(a: { x: number; y: number }): string {
  return `,"x":${JSON.stringify(a.x)},"y":${JSON.stringify(a.y)},`;
}

function chunked(pieces: string[], separator: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < pieces.length; i += CHUNK)
    chunks.push((i > 0 ? separator : "") + pieces.slice(i, i + CHUNK).join(separator));
  return chunks;
}

export function renderBeforePositions(
  graph: NewsGraph,
  want: { json: boolean; gexf: boolean },
): PositionFreeRender {
  const keys: string[] = [];
  // JSON: a node's text split around `,"x":…,"y":…,`. Inside a JSON string every quote is
  // escaped, so `,"x":` can only be the key; where it is missing (no position yet, or x and y the
  // last attributes) the node is rendered whole at the end.
  const jsonBefore: (string | undefined)[] = [];
  const jsonAfter: string[] = [];
  const gexfOpenings: string[] = [];
  graph.forEachNode((key, a) => {
    keys.push(key);
    if (want.json) {
      const text = graphologyJsonNode(key, a);
      const at = text.lastIndexOf(jsonPosition(a));
      jsonBefore.push(at >= 0 ? text.slice(0, at) : undefined);
      jsonAfter.push(at >= 0 ? text.slice(at + jsonPosition(a).length) : "");
    }
    if (want.gexf) gexfOpenings.push(gexfNodeOpening(key, a));
  });
  const jsonEdges: string[] = [];
  const gexfEdges: string[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (want.json) jsonEdges.push(graphologyJsonEdge(key, source, target, a));
    if (want.gexf) gexfEdges.push(gexfEdge(key, source, target, a));
  });
  return {
    finish() {
      const out: { json?: string[]; gexf?: string[] } = {};
      const attributes: NodeAttributes[] = keys.map((key) => graph.getNodeAttributes(key));
      if (want.json) {
        const nodes = keys.map((key, i) => {
          const before = jsonBefore[i];
          const a = attributes[i]!;
          return before === undefined ? graphologyJsonNode(key, a) : before + jsonPosition(a) + jsonAfter[i]!;
        });
        out.json = [
          graphologyJsonHead(graph),
          ...chunked(nodes, ","),
          GRAPHOLOGY_JSON_MIDDLE,
          ...chunked(jsonEdges, ","),
          GRAPHOLOGY_JSON_TAIL,
        ];
      }
      if (want.gexf) {
        const nodes = gexfOpenings.map((opening, i) => opening + gexfNodeEnd(attributes[i]!));
        out.gexf = [
          gexfHead(graph),
          ...chunked(nodes, ""),
          gexfMiddle(graph),
          ...chunked(gexfEdges, ""),
          GEXF_TAIL,
        ];
      }
      return out;
    },
  };
}
