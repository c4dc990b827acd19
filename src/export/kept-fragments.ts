/**
 * graph.json and graph.gexf written from the previous build's pieces. A watching process keeps,
 * for every node and edge, the attributes it was last written with and its JSON and GEXF text as
 * bytes. A node or edge whose attributes (and ends) equal last time's, deeply and in the same key
 * order, is written from those bytes; only the changed ones are serialised again. After one edit
 * almost nothing changed, and serialising 37 MB (stringify, XML escaping, UTF-8 encoding) was most
 * of a rebuild's write stage. The bytes are exactly what `toGraphologyJson` and `gexfChunks` make
 * of the whole graph (tests/perf/rebuild-outputs.test.ts).
 *
 * Relies on every build assembling new attribute objects: an object changed in place after it was
 * written would compare equal to itself.
 */
import type { NewsGraph } from "../graph";
import type { BufferList } from "../io/atomic-write";
import type { EdgeAttributes, NodeAttributes } from "../schema";
import { GEXF_TAIL, gexfEdge, gexfHead, gexfMiddle, gexfNode } from "./gexf";
import {
  GRAPHOLOGY_JSON_MIDDLE,
  GRAPHOLOGY_JSON_TAIL,
  graphologyJsonEdge,
  graphologyJsonHead,
  graphologyJsonNode,
} from "./json";

interface Kept<A> {
  attributes: A;
  source: string;
  target: string;
  json?: Buffer;
  gexf?: Buffer;
}

export interface FragmentMemory {
  nodes: Map<string, Kept<NodeAttributes>>;
  edges: Map<string, Kept<EdgeAttributes>>;
  /** Pieces written again by the last render (the rest came from memory). */
  rendered: number;
}

export function newFragmentMemory(): FragmentMemory {
  return { nodes: new Map(), edges: new Map(), rendered: 0 };
}

/** Deep equality of JSON-like values, key order included (it decides the serialised text). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!;
    if (key !== keysB[i]) return false;
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const COMMA = Buffer.from(",");

export interface KeptOutputs {
  json?: BufferList;
  gexf?: BufferList;
}

/** Renders the asked documents, reusing `memory`'s bytes for unchanged pieces, and updates it. */
export function renderWithMemory(
  graph: NewsGraph,
  memory: FragmentMemory,
  want: { json: boolean; gexf: boolean },
): KeptOutputs {
  let rendered = 0;
  const json: Buffer[] = want.json ? [Buffer.from(graphologyJsonHead(graph))] : [];
  const gexf: Buffer[] = want.gexf ? [Buffer.from(gexfHead(graph))] : [];
  const nodes: FragmentMemory["nodes"] = new Map();
  graph.forEachNode((key, attributes) => {
    const old = memory.nodes.get(key);
    const kept: Kept<NodeAttributes> =
      old && sameValue(old.attributes, attributes) ? old : { attributes, source: "", target: "" };
    if (want.json) {
      if (!kept.json) {
        kept.json = Buffer.from(graphologyJsonNode(key, attributes));
        rendered++;
      }
      if (json.length > 1) json.push(COMMA);
      json.push(kept.json);
    }
    if (want.gexf) {
      if (!kept.gexf) {
        kept.gexf = Buffer.from(gexfNode(key, attributes));
        rendered++;
      }
      gexf.push(kept.gexf);
    }
    nodes.set(key, kept);
  });
  if (want.json) json.push(Buffer.from(GRAPHOLOGY_JSON_MIDDLE));
  if (want.gexf) gexf.push(Buffer.from(gexfMiddle(graph)));
  const edges: FragmentMemory["edges"] = new Map();
  let firstEdge = true;
  graph.forEachEdge((key, attributes, source, target) => {
    const old = memory.edges.get(key);
    const kept: Kept<EdgeAttributes> =
      old && old.source === source && old.target === target && sameValue(old.attributes, attributes)
        ? old
        : { attributes, source, target };
    if (want.json) {
      if (!kept.json) {
        kept.json = Buffer.from(graphologyJsonEdge(key, source, target, attributes));
        rendered++;
      }
      if (!firstEdge) json.push(COMMA);
      json.push(kept.json);
    }
    if (want.gexf) {
      if (!kept.gexf) {
        kept.gexf = Buffer.from(gexfEdge(key, source, target, attributes));
        rendered++;
      }
      gexf.push(kept.gexf);
    }
    firstEdge = false;
    edges.set(key, kept);
  });
  memory.nodes = nodes;
  memory.edges = edges;
  memory.rendered = rendered;
  const outputs: KeptOutputs = {};
  if (want.json) outputs.json = { buffers: [...json, Buffer.from(GRAPHOLOGY_JSON_TAIL)] };
  if (want.gexf) outputs.gexf = { buffers: [...gexf, Buffer.from(GEXF_TAIL)] };
  return outputs;
}
