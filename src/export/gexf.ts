/**
 * GEXF 1.3 writer. graphology-gexf cannot produce a file that passes the official 1.3 RelaxNG
 * schema (it always writes xsi:schemaLocation on <gexf>, and graph attributes as unknown <meta>
 * children), so we write the format ourselves: declared, typed attributes; viz colour as r/g/b
 * (read by Gephi and NetworkX alike), size and position; each edge labelled with its relation type.
 * Lists are `liststring` values ("a|b"), evidence JSON text. The output is produced in chunks so
 * large graphs stream without building one giant string per element.
 */
import type { NewsGraph } from "../graph";
import { type EdgeAttributes, type NodeAttributes, RELATION_TYPE_SPECS } from "../schema";

type AttrType = "string" | "integer" | "double" | "liststring";

interface Column<A> {
  id: string;
  type: AttrType;
  value: (attributes: A) => string | number | undefined;
}

const LIST_SEPARATOR = "|";

function list(values: readonly string[]): string {
  return values.map((v) => v.replaceAll(LIST_SEPARATOR, "/")).join(LIST_SEPARATOR);
}

export const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: "type", type: "string", value: (a) => a.type },
  { id: "aliases", type: "liststring", value: (a) => list(a.aliases) },
  { id: "mentions", type: "integer", value: (a) => a.mentions },
  { id: "articles", type: "liststring", value: (a) => list(a.articles) },
  { id: "evidence", type: "string", value: (a) => JSON.stringify(a.evidence) },
  { id: "date", type: "string", value: (a) => a.date },
  { id: "lat", type: "double", value: (a) => a.lat },
  { id: "lng", type: "double", value: (a) => a.lng },
  { id: "description", type: "string", value: (a) => a.description },
];

export const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: "type", type: "string", value: (a) => a.type },
  { id: "weight", type: "integer", value: (a) => a.weight },
  { id: "articles", type: "liststring", value: (a) => list(a.articles) },
  { id: "evidence", type: "string", value: (a) => JSON.stringify(a.evidence) },
];

/** Characters XML 1.0 forbids: C0 controls other than tab/newline/return, U+FFFE/F, lone surrogates. */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const LINE_CONTROLS = /[\t\n\r]/;

/** Any character xmlEscape would change; most labels and keys have none (the fast path). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
const NEEDS_ESCAPE = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point
const MAY_BE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for an XML attribute, dropping what XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  const allowed = MAY_BE_FORBIDDEN.test(value) ? value.replace(XML_FORBIDDEN, "") : value;
  // Native replaceAll passes, "&" first: ~4× faster than a char-code loop on the quote-heavy
  // evidence JSON that makes up most of a large graph's GEXF. Values sit between double quotes,
  // so apostrophes (common in news text) stay as they are.
  const escaped = allowed
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
  // Parsers turn raw tabs and line ends in an attribute into spaces: keep them as references.
  return LINE_CONTROLS.test(escaped)
    ? escaped.replaceAll("\t", "&#9;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;")
    : escaped;
}

const RGB_CACHE = new Map<string | undefined, string>();

function rgb(hex: string | undefined): string {
  let value = RGB_CACHE.get(hex);
  if (value === undefined) {
    value = rgbOf(hex);
    if (RGB_CACHE.size < 1000) RGB_CACHE.set(hex, value);
  }
  return value;
}

function rgbOf(hex: string | undefined): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  const n = match ? Number.parseInt(match[1]!, 16) : 0x999999;
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

function number(value: number): string {
  return Number.isFinite(value) ? String(value) : "0";
}

function attvalues<A>(columns: Column<A>[], attributes: A): string {
  const parts: string[] = [];
  for (const column of columns) {
    const value = column.value(attributes);
    if (value === undefined || value === "") continue;
    parts.push(`<attvalue for="${column.id}" value="${xmlEscape(String(value))}"/>`);
  }
  return parts.length > 0 ? `<attvalues>${parts.join("")}</attvalues>` : "";
}

function declarations<A>(kind: "node" | "edge", columns: Column<A>[]): string {
  const rows = columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`);
  return `    <attributes class="${kind}">\n${rows.join("\n")}\n    </attributes>\n`;
}

export interface GexfOptions {
  creator?: string;
  description?: string;
  /** Where to place a node instead of its x/y attributes (the viewer exports what is on screen). */
  positionOf?: (node: string) => { x: number; y: number } | undefined;
}

/** The document up to the first node: declarations and the opening of `<nodes>`. */
export function gexfHead(graph: NewsGraph, options: GexfOptions = {}): string {
  const { creator = "newsgraph", description = "newsgraph knowledge graph" } = options;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
    `  <meta><creator>${xmlEscape(creator)}</creator><description>${xmlEscape(description)}</description></meta>\n`,
    '  <graph defaultedgetype="directed" mode="static">\n',
    declarations("node", NODE_COLUMNS),
    declarations("edge", EDGE_COLUMNS),
    `    <nodes count="${graph.order}">\n`,
  ].join("");
}

/** Between the last node and the first edge. */
export function gexfMiddle(graph: NewsGraph): string {
  return `    </nodes>\n    <edges count="${graph.size}">\n`;
}

export const GEXF_TAIL = "    </edges>\n  </graph>\n</gexf>\n";

/** One `<node>` line: a function of the key, the attributes and the position only. */
export function gexfNode(node: string, a: NodeAttributes, at: { x: number; y: number } = a): string {
  return gexfNodeOpening(node, a) + gexfNodeEnd(at);
}

/** A `<node>` line up to its position: what does not depend on the layout. */
export function gexfNodeOpening(node: string, a: NodeAttributes): string {
  return `      <node id="${xmlEscape(node)}" label="${xmlEscape(a.label)}">${attvalues(NODE_COLUMNS, a)}<viz:color ${rgb(a.color)}/><viz:size value="${number(a.size)}"/>`;
}

/** The rest of a `<node>` line: its position. */
export function gexfNodeEnd(at: { x: number; y: number }): string {
  return `<viz:position x="${number(at.x)}" y="${number(at.y)}" z="0"/></node>\n`;
}

/** One `<edge>` line: a function of the key, the ends and the attributes only. */
export function gexfEdge(edge: string, source: string, target: string, a: EdgeAttributes): string {
  return `      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(a.type)}" weight="${number(a.weight)}">${attvalues(EDGE_COLUMNS, a)}<viz:color ${rgb(a.color ?? RELATION_TYPE_SPECS[a.type]?.color)}/><viz:thickness value="${number(a.size ?? 1)}"/></edge>\n`;
}

/** Yields the document in pieces, for streaming to a file. */
export function* gexfChunks(graph: NewsGraph, options: GexfOptions = {}): Generator<string> {
  const { positionOf } = options;
  yield gexfHead(graph, options);
  let buffer: string[] = [];
  for (const { node, attributes: a } of graph.nodeEntries()) {
    buffer.push(gexfNode(node, a, positionOf?.(node) ?? a));
    if (buffer.length >= 1000) {
      yield buffer.join("");
      buffer = [];
    }
  }
  yield buffer.join("");
  buffer = [];
  yield gexfMiddle(graph);
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    buffer.push(gexfEdge(edge, source, target, a));
    if (buffer.length >= 1000) {
      yield buffer.join("");
      buffer = [];
    }
  }
  yield buffer.join("");
  yield GEXF_TAIL;
}

export function toGexf(graph: NewsGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join("");
}
